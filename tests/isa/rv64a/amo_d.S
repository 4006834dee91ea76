/* RV64A doubleword AMOs: amoswap/add/xor/and/or/min/max/minu/maxu.d and .aq/.rl/.aqrl forms.
 * Checks the old value returned in rd, the new memory value and the neighbouring dwords,
 * 64-bit wrap-around and signed versus unsigned min/max. */
#include "test.h"

#define GUARD 0x3333333333333333
/* amobuf[1] = init between two guard dwords; rs2 = src; check rd, memory and the guards */
#define AMOD(n, op, init, src, rd_expect, mem_expect)                          \
  TEST_CASE(n); lla a0, amobuf; li a1, GUARD; sd a1, 0(a0); sd a1, 16(a0);     \
  addi a0, a0, 8; li a1, init; sd a1, 0(a0); li a2, src;                       \
  op a3, a2, (a0); CHECK_EQ(a3, rd_expect); ld a4, 0(a0); CHECK_EQ(a4, mem_expect); \
  ld a4, -8(a0); CHECK_EQ(a4, GUARD); ld a4, 8(a0); CHECK_EQ(a4, GUARD)

TEST_BEGIN
  .option norvc

  AMOD(1, amoswap.d, 0x8000000000000000, 0x123456789abcdef0, 0x8000000000000000, 0x123456789abcdef0)
  AMOD(2, amoadd.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x8000000000000000)
  AMOD(3, amoadd.d, 0xffffffffffffffff, 0x1, 0xffffffffffffffff, 0x0)
  AMOD(4, amoadd.d, 0xffffffff, 0x1, 0xffffffff, 0x100000000)
  AMOD(5, amoxor.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f0)
  AMOD(6, amoand.d, 0xff00ff00ff00ff00, 0xff00ff00ff00ff0, 0xff00ff00ff00ff00, 0xf000f000f000f00)
  AMOD(7, amoor.d, 0xff00000000000000, 0xff, 0xff00000000000000, 0xff000000000000ff)
  AMOD(8, amomin.d, 0x8000000000000000, 0x1, 0x8000000000000000, 0x8000000000000000)
  AMOD(9, amomin.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0xffffffffffffffff)
  AMOD(10, amomax.d, 0x8000000000000000, 0x1, 0x8000000000000000, 0x1)
  AMOD(11, amomax.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x0)
  AMOD(12, amomax.d, 0xffffffff, 0x100000000, 0xffffffff, 0x100000000)
  AMOD(13, amominu.d, 0x8000000000000000, 0x1, 0x8000000000000000, 0x1)
  AMOD(14, amominu.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x0)
  AMOD(15, amomaxu.d, 0x8000000000000000, 0x1, 0x8000000000000000, 0x8000000000000000)
  AMOD(16, amomaxu.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
  AMOD(17, amomin.d, 0x100000000, 0xffffffff, 0x100000000, 0xffffffff)
  AMOD(18, amoadd.d.aq, 0x64, 0xffffffffffffffff, 0x64, 0x63)
  AMOD(19, amoswap.d.rl, 0x0, 0xffffffffffffffff, 0x0, 0xffffffffffffffff)
  AMOD(20, amoand.d.aqrl, 0xffff0000ffff0000, 0xffff0000ffff00, 0xffff0000ffff0000, 0xff000000ff0000)
  AMOD(21, amomaxu.d.aqrl, 0x1, 0x2, 0x1, 0x2)
  AMOD(22, amomin.d.aq, 0x2, 0x8000000000000001, 0x2, 0x8000000000000001)
  AMOD(23, amominu.d.rl, 0x8000000000000001, 0x8000000000000000, 0x8000000000000001, 0x8000000000000000)

  /* rd = x0: memory still updated */
  TEST_CASE(24); lla a0, amobuf; li a1, 0x100000000; sd a1, 0(a0); li a2, -1
  amoadd.d x0, a2, (a0); ld a4, 0(a0); CHECK_EQ(a4, 0xffffffff)
  /* rd == rs2 (swap register with memory) */
  TEST_CASE(25); lla a0, amobuf; li a1, 0x0123456789abcdef; sd a1, 0(a0); li a2, -2
  amoswap.d a2, a2, (a0); CHECK_EQ(a2, 0x0123456789abcdef); ld a4, 0(a0); CHECK_EQ(a4, -2)

TEST_END

  .data
  .align 3
amobuf:
  .dword 0, 0, 0
