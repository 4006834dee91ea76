/* RV64A word AMOs: amoswap/add/xor/and/or/min/max/minu/maxu.w and their .aq/.rl/.aqrl forms.
 * Checks the old value returned in rd (sign-extended from 32 bits), the new memory word, that
 * the neighbouring upper word is untouched (no carry/borrow out), that only the low 32 bits of
 * rs2 matter, and signed versus unsigned min/max. */
#include "test.h"

/* memory dword = init (upper word 0x55555555), rs2 = src; check rd and the whole dword */
#define AMOW(n, op, init, src, rd_expect, mem_expect)                          \
  TEST_CASE(n); lla a0, amobuf; li a1, init; sd a1, 0(a0); li a2, src;        \
  op a3, a2, (a0); CHECK_EQ(a3, rd_expect); ld a4, 0(a0); CHECK_EQ(a4, mem_expect)

TEST_BEGIN
  .option norvc

  AMOW(1, amoswap.w, 0x5555555580000000, 0x1234, 0xffffffff80000000, 0x5555555500001234)
  AMOW(2, amoswap.w, 0x5555555500001234, 0xffffffffffffffff, 0x1234, 0x55555555ffffffff)
  AMOW(3, amoadd.w, 0x555555557fffffff, 0x1, 0x7fffffff, 0x5555555580000000)
  AMOW(4, amoadd.w, 0x55555555ffffffff, 0x1, 0xffffffffffffffff, 0x5555555500000000)
  AMOW(5, amoadd.w, 0x5555555500000005, 0xffffffff00000003, 0x5, 0x5555555500000008)
  AMOW(6, amoxor.w, 0x55555555f0f0f0f0, 0xff00ff00, 0xfffffffff0f0f0f0, 0x555555550ff00ff0)
  AMOW(7, amoand.w, 0x55555555f0f0f0f0, 0xff00ff00, 0xfffffffff0f0f0f0, 0x55555555f000f000)
  AMOW(8, amoor.w, 0x555555550f0f0f0f, 0xf0000000, 0xf0f0f0f, 0x55555555ff0f0f0f)
  AMOW(9, amomin.w, 0x5555555580000000, 0x1, 0xffffffff80000000, 0x5555555580000000)
  AMOW(10, amomin.w, 0x5555555500000000, 0xffffffff, 0x0, 0x55555555ffffffff)
  AMOW(11, amomin.w, 0x5555555500000005, 0x7, 0x5, 0x5555555500000005)
  AMOW(12, amomax.w, 0x5555555580000000, 0x1, 0xffffffff80000000, 0x5555555500000001)
  AMOW(13, amomax.w, 0x5555555500000000, 0xffffffff, 0x0, 0x5555555500000000)
  AMOW(14, amomax.w, 0x555555557fffffff, 0x80000000, 0x7fffffff, 0x555555557fffffff)
  AMOW(15, amominu.w, 0x5555555580000000, 0x1, 0xffffffff80000000, 0x5555555500000001)
  AMOW(16, amominu.w, 0x5555555500000000, 0xffffffff, 0x0, 0x5555555500000000)
  AMOW(17, amomaxu.w, 0x5555555580000000, 0x1, 0xffffffff80000000, 0x5555555580000000)
  AMOW(18, amomaxu.w, 0x555555557fffffff, 0xffffffff80000000, 0x7fffffff, 0x5555555580000000)
  AMOW(19, amoadd.w.aq, 0x5555555500000010, 0x20, 0x10, 0x5555555500000030)
  AMOW(20, amoswap.w.rl, 0x55555555deadbeef, 0xbadf00d, 0xffffffffdeadbeef, 0x555555550badf00d)
  AMOW(21, amoor.w.aqrl, 0x5555555500000001, 0x80000000, 0x1, 0x5555555580000001)
  AMOW(22, amominu.w.aq, 0x55555555ffffffff, 0xfffffffe, 0xffffffffffffffff, 0x55555555fffffffe)
  AMOW(23, amomax.w.rl, 0x55555555fffffff0, 0xfffffff1, 0xfffffffffffffff0, 0x55555555fffffff1)
  AMOW(24, amoxor.w.aqrl, 0x55555555ffffffff, 0xffffffff, 0xffffffffffffffff, 0x5555555500000000)

  /* rd = x0: memory still updated */
  TEST_CASE(25); lla a0, amobuf; li a1, 0x5555555500000007; sd a1, 0(a0); li a2, 3
  amoadd.w x0, a2, (a0); ld a4, 0(a0); CHECK_EQ(a4, 0x555555550000000a)
  /* rd == rs2: old value lands in rd, memory gets the old rs2 */
  TEST_CASE(26); lla a0, amobuf; li a1, 0x55555555fffffffe; sd a1, 0(a0); li a2, 9
  amoswap.w a2, a2, (a0); CHECK_EQ(a2, 0xfffffffffffffffe); ld a4, 0(a0); CHECK_EQ(a4, 0x5555555500000009)
  /* AMO on the upper word of the dword (offset 4) */
  TEST_CASE(27); lla a0, amobuf; li a1, 0x7ffffffff0000000; sd a1, 0(a0); addi a5, a0, 4; li a2, 1
  amoadd.w a3, a2, (a5); CHECK_EQ(a3, 0x7fffffff); ld a4, 0(a0); CHECK_EQ(a4, 0x80000000f0000000)

TEST_END

  .data
  .align 3
amobuf:
  .dword 0
