/* Zba address generation: add.uw, sh1add, sh2add, sh3add, sh1add.uw, sh2add.uw, sh3add.uw,
 * slli.uw (and zext.w = add.uw rd, rs, zero) - only the low 32 bits of rs1 are used by the
 * .uw forms, shifts drop bits above 63, sums wrap. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, add.uw, 0x80000001, 0xffffffff80000000, 1)
  TEST_RR(2, add.uw, 0x23456789, 0x123456789, 0)
  TEST_RR(3, add.uw, 0xfffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(4, add.uw, 5, 0x100000000, 5)
  TEST_RR(5, sh1add, 3, 0x8000000000000001, 1)
  TEST_RR(6, sh1add, 0xffffffffffffffff, 0xffffffffffffffff, 1)
  TEST_RR(7, sh1add, 0x1246, 0x123, 0x1000)
  TEST_RR(8, sh2add, 4, 0x4000000000000001, 0)
  TEST_RR(9, sh2add, 0, 0xffffffffffffffff, 4)
  TEST_RR(10, sh2add, 0x50, 0x10, 0x10)
  TEST_RR(11, sh3add, 0x10, 0x2000000000000001, 8)
  TEST_RR(12, sh3add, 0xfffffffffffffff7, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(13, sh3add, 0x90, 0x10, 0x10)
  TEST_RR(14, sh1add.uw, 0x1fffffffe, 0xffffffffffffffff, 0)
  TEST_RR(15, sh1add.uw, 0x100000001, 0xabcdef0080000000, 1)
  TEST_RR(16, sh2add.uw, 0x3fffffffc, 0xffffffffffffffff, 0)
  TEST_RR(17, sh2add.uw, 0x400000000, 0x1ffffffff, 4)
  TEST_RR(18, sh3add.uw, 0x7fffffff8, 0xffffffffffffffff, 0)
  TEST_RR(19, sh3add.uw, 0x3ffffffff, 0x8000000080000000, 0xffffffffffffffff)
  TEST_RI(20, slli.uw, 0xffffffff, 0xffffffffffffffff, 0)
  TEST_RI(21, slli.uw, 0xffffffff00000000, 0xffffffffffffffff, 32)
  TEST_RI(22, slli.uw, 0x8000000000000000, 0x80000001, 63)
  TEST_RI(23, slli.uw, 0x876543210, 0x1234567887654321, 4)
  TEST_RI(24, slli.uw, 0x80000000, 0xffffffff00000001, 31)

  /* zext.w pseudo-instruction is add.uw rd, rs, zero */
  TEST_CASE(25); li a0, 0xfedcba9876543210; zext.w a1, a0; CHECK_EQ(a1, 0x76543210)

TEST_END
