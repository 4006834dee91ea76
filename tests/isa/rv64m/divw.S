/* RV64M word division: divw, divuw, remw, remuw - operate on the low 32 bits (upper source
 * bits ignored), results sign-extended from bit 31 (also for the unsigned forms), division by
 * zero and INT32_MIN / -1 overflow as the spec defines. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, divw, 0x3, 20, 6)
  TEST_RR(2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 6)
  TEST_RR(3, divw, 0xfffffffffffffffd, 20, 0xfffffffffffffffa)
  TEST_RR(4, divw, 0xffffffffffffffff, 5, 0)
  TEST_RR(5, divw, 0xffffffff80000000, 2147483648, 0xffffffffffffffff)
  TEST_RR(6, divw, 0xffffffff80000000, 0xffffffff80000000, 4294967295)
  TEST_RR(7, divw, 0x3, 0x500000014, 0x700000006)
  TEST_RR(8, divw, 0xffffffff80000001, 2147483647, 0xffffffffffffffff)
  TEST_RR(9, divuw, 0x3, 20, 6)
  TEST_RR(10, divuw, 0x2aaaaaa7, 0xffffffffffffffec, 6)
  TEST_RR(11, divuw, 0xffffffffffffffff, 5, 0)
  TEST_RR(12, divuw, 0xffffffffffffffff, 4294967295, 1)
  TEST_RR(13, divuw, 0xffffffffffffffff, 0x1ffffffff, 0x200000001)
  TEST_RR(14, divuw, 0x0, 2147483648, 0xffffffffffffffff)
  TEST_RR(15, remw, 0x2, 20, 6)
  TEST_RR(16, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 6)
  TEST_RR(17, remw, 0x2, 20, 0xfffffffffffffffa)
  TEST_RR(18, remw, 0x5, 5, 0)
  TEST_RR(19, remw, 0xffffffff80000000, 2147483648, 0)
  TEST_RR(20, remw, 0x0, 2147483648, 0xffffffffffffffff)
  TEST_RR(21, remw, 0x2, 0xf00000014, 6)
  TEST_RR(22, remuw, 0x2, 20, 6)
  TEST_RR(23, remuw, 0x2, 0xffffffffffffffec, 6)
  TEST_RR(24, remuw, 0xffffffff80000000, 2147483648, 0)
  TEST_RR(25, remuw, 0x23456789, 0x123456789, 0x100000000)
  TEST_RR(26, remuw, 0xfffffffffffffffe, 4294967294, 4294967295)

TEST_END
