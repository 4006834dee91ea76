/* RV64I: lb, lh, lw, ld (sign extension) and lbu, lhu, lwu (zero extension); positive,
 * negative and extreme (+2047/-2048) offsets; rd == rs1. */
#include "test.h"

#define LD(n, op, off, expect)                                                 \
  TEST_CASE(n); lla a0, ldata; op a1, off(a0); CHECK_EQ(a1, expect)

TEST_BEGIN
  .option norvc

  /* memory at ldata: 80 90 a0 b0 c0 d0 e0 f0 | 08 07 06 05 04 03 02 01 */
  LD(1,  lb,  0,  0xffffffffffffff80)
  LD(2,  lbu, 0,  0x80)
  LD(3,  lb,  8,  0x08)
  LD(4,  lbu, 9,  0x07)
  LD(5,  lb,  3,  0xffffffffffffffb0)
  LD(6,  lh,  0,  0xffffffffffff9080)
  LD(7,  lhu, 0,  0x9080)
  LD(8,  lh,  8,  0x0708)
  LD(9,  lh,  6,  0xfffffffffffff0e0)
  LD(10, lhu, 14, 0x0102)
  LD(11, lw,  0,  0xffffffffb0a09080)
  LD(12, lwu, 0,  0xb0a09080)
  LD(13, lw,  4,  0xfffffffff0e0d0c0)
  LD(14, lw,  8,  0x05060708)
  LD(15, lwu, 12, 0x01020304)
  LD(16, ld,  0,  0xf0e0d0c0b0a09080)
  LD(17, ld,  8,  0x0102030405060708)

  /* negative offset */
  TEST_CASE(18); lla a0, ldata + 8; lb a1, -1(a0);  CHECK_EQ(a1, 0xfffffffffffffff0)
  TEST_CASE(19); lla a0, ldata + 16; lhu a1, -2(a0); CHECK_EQ(a1, 0x0102)
  TEST_CASE(20); lla a0, ldata + 16; ld a1, -16(a0); CHECK_EQ(a1, 0xf0e0d0c0b0a09080)
  /* extreme offsets */
  TEST_CASE(21); lla a0, ldata + 2048; ld a1, -2048(a0); CHECK_EQ(a1, 0xf0e0d0c0b0a09080)
  TEST_CASE(22); lla a0, ldata + 8 - 2047; ld a1, 2047(a0); CHECK_EQ(a1, 0x0102030405060708)
  /* rd == rs1 */
  TEST_CASE(23); lla a0, ldata; lwu a0, 4(a0); CHECK_EQ(a0, 0xf0e0d0c0)
  /* lwu/lhu of positive values: no sign bit, same as lw/lh */
  TEST_CASE(24); lla a0, ldata; lw a1, 12(a0); CHECK_EQ(a1, 0x01020304)

TEST_END

  .data
  .align 3
ldata:
  .dword 0xf0e0d0c0b0a09080
  .dword 0x0102030405060708
  .space 4096
