/* RV64I: sb, sh, sw, sd - only the addressed bytes change, only the low bits of rs2 are
 * stored, positive/negative offsets; checked by reading back the surrounding doubleword. */
#include "test.h"

#define FILL 0xaaaaaaaaaaaaaaaa
/* Fill sdata[0..1] with FILL, store `val` with `op` at sdata+8+off, read back dword at sdata+8 */
#define ST(n, op, off, val, expect)                                            \
  TEST_CASE(n); lla a0, sdata; li a1, FILL; sd a1, 0(a0); sd a1, 8(a0); sd a1, 16(a0); \
  addi a0, a0, 8; li a2, val; op a2, off(a0); ld a3, 0(a0); CHECK_EQ(a3, expect); \
  ld a4, -8(a0); CHECK_EQ(a4, FILL); ld a4, 8(a0); CHECK_EQ(a4, FILL)

TEST_BEGIN
  .option norvc

  ST(1,  sb, 0, 0x12345678,         0xaaaaaaaaaaaaaa78)
  ST(2,  sb, 7, 0xffffffffffffff01, 0x01aaaaaaaaaaaaaa)
  ST(3,  sb, 3, 0,                  0xaaaaaaaa00aaaaaa)
  ST(4,  sh, 0, 0x1234beef,         0xaaaaaaaaaaaabeef)
  ST(5,  sh, 2, 0xffffffffffff8001, 0xaaaaaaaa8001aaaa)
  ST(6,  sh, 6, 0x5555,             0x5555aaaaaaaaaaaa)
  ST(7,  sw, 0, 0x1122334455667788, 0xaaaaaaaa55667788)
  ST(8,  sw, 4, 0xffffffff80000000, 0x80000000aaaaaaaa)
  ST(9,  sd, 0, 0x0123456789abcdef, 0x0123456789abcdef)
  ST(10, sd, 0, 0,                  0)
  /* negative offsets: the store lands in sdata[0], sdata[1] keeps FILL */
  TEST_CASE(11); lla a0, sdata + 8; li a1, FILL; sd a1, 0(a0)
  li a2, 0x7766554433221100; sd a2, -8(a0); lla a1, sdata; ld a3, 0(a1)
  CHECK_EQ(a3, 0x7766554433221100); ld a3, 0(a0); CHECK_EQ(a3, FILL)
  TEST_CASE(12); lla a0, sdata + 8; li a1, FILL; lla a2, sdata; sd a1, 0(a2)
  li a2, 0xcc; sb a2, -1(a0); lla a1, sdata; ld a3, 0(a1); CHECK_EQ(a3, 0xccaaaaaaaaaaaaaa)
  /* extreme offsets */
  TEST_CASE(13); lla a0, sdata + 2048; li a2, 0x0102030405060708; sd a2, -2048(a0)
  lla a1, sdata; ld a3, 0(a1); CHECK_EQ(a3, 0x0102030405060708)
  TEST_CASE(14); lla a0, sdata + 8 - 2047; li a2, 0x5a5a5a5a; sw a2, 2047(a0)
  lla a1, sdata; lwu a3, 8(a1); CHECK_EQ(a3, 0x5a5a5a5a)
  /* store then load back with a sign-extending load */
  TEST_CASE(15); lla a0, sdata; li a2, 0xfe; sb a2, 0(a0); lb a3, 0(a0)
  CHECK_EQ(a3, 0xfffffffffffffffe)
  /* rs2 == rs1: the address itself is stored */
  TEST_CASE(16); lla a0, sdata; sd a0, 0(a0); ld a3, 0(a0); CHECK_REG(a3, a0)

TEST_END

  .data
  .align 3
sdata:
  .space 4096
