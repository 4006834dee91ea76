/* RV64M 64-bit division: div, divu, rem, remu - truncation toward zero, sign of the remainder
 * follows the dividend, division by zero (quotient all ones, remainder = dividend) and signed
 * overflow INT64_MIN / -1 (quotient INT64_MIN, remainder 0), as the spec defines. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, div, 0x3, 20, 6)
  TEST_RR(2, div, 0xfffffffffffffffd, 0xffffffffffffffec, 6)
  TEST_RR(3, div, 0xfffffffffffffffd, 20, 0xfffffffffffffffa)
  TEST_RR(4, div, 0x3, 0xffffffffffffffec, 0xfffffffffffffffa)
  TEST_RR(5, div, 0xffffffffffffffff, 5, 0)
  TEST_RR(6, div, 0xffffffffffffffff, 0xfffffffffffffffb, 0)
  TEST_RR(7, div, 0xffffffffffffffff, 0, 0)
  TEST_RR(8, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(9, div, 0x8000000000000000, 0x8000000000000000, 1)
  TEST_RR(10, div, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff)
  TEST_RR(11, divu, 0x3, 20, 6)
  TEST_RR(12, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 6)
  TEST_RR(13, divu, 0xffffffffffffffff, 5, 0)
  TEST_RR(14, divu, 0x0, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(15, divu, 0xffffffffffffffff, 0xffffffffffffffff, 1)
  TEST_RR(16, rem, 0x2, 20, 6)
  TEST_RR(17, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 6)
  TEST_RR(18, rem, 0x2, 20, 0xfffffffffffffffa)
  TEST_RR(19, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa)
  TEST_RR(20, rem, 0x5, 5, 0)
  TEST_RR(21, rem, 0xfffffffffffffffb, 0xfffffffffffffffb, 0)
  TEST_RR(22, rem, 0x0, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(23, rem, 0xfffffffffffffffe, 0x8000000000000000, 3)
  TEST_RR(24, remu, 0x2, 20, 6)
  TEST_RR(25, remu, 0x2, 0xffffffffffffffec, 6)
  TEST_RR(26, remu, 0xfffffffffffffffb, 0xfffffffffffffffb, 0)
  TEST_RR(27, remu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(28, remu, 0x0, 0, 0)

TEST_END
