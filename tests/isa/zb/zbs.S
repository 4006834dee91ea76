/* Zbs single-bit ops: bclr, bclri, bext, bexti, binv, binvi, bset, bseti - bits 0 and 63,
 * register index masked to 6 bits. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, bclr, 0xfffffffffffffffe, 0xffffffffffffffff, 0)
  TEST_RR(2, bclr, 0x7fffffffffffffff, 0xffffffffffffffff, 0x3f)
  TEST_RR(3, bclr, 0xfffffffffffffffe, 0xffffffffffffffff, 0x40)
  TEST_RR(4, bclr, 0, 0, 5)
  TEST_RI(5, bclri, 0x7fffffffffffffff, 0xffffffffffffffff, 63)
  TEST_RI(6, bclri, 0xffffffff7fffffff, 0xffffffffffffffff, 31)
  TEST_RI(7, bclri, 0, 0x100000000, 32)
  TEST_RR(8, bext, 1, 0x8000000000000000, 0x3f)
  TEST_RR(9, bext, 0, 0x7fffffffffffffff, 0x3f)
  TEST_RR(10, bext, 1, 0x10, 0x44)
  TEST_RR(11, bext, 0, 0x10, 3)
  TEST_RI(12, bexti, 1, 1, 0)
  TEST_RI(13, bexti, 1, 0x80000000, 31)
  TEST_RI(14, bexti, 0, 0x80000000, 32)
  TEST_RR(15, binv, 0x8000000000000000, 0, 0x3f)
  TEST_RR(16, binv, 0xfffffffffffffffe, 0xffffffffffffffff, 0)
  TEST_RR(17, binv, 2, 0, 0x41)
  TEST_RI(18, binvi, 0, 0x8000000000000000, 63)
  TEST_RI(19, binvi, 0, 0x100000000, 32)
  TEST_RR(20, bset, 0x8000000000000000, 0, 0x3f)
  TEST_RR(21, bset, 0xffffffffffffffff, 0xffffffffffffffff, 10)
  TEST_RR(22, bset, 0x8000000000000000, 0, 0x7f)
  TEST_RI(23, bseti, 1, 0, 0)
  TEST_RI(24, bseti, 0x8000000000000000, 0, 63)
  TEST_RI(25, bseti, 0x80000000, 0x80000000, 31)

TEST_END
