/* RV64M multiplication: mul (low 64 bits), mulh (signed x signed), mulhu (unsigned x unsigned),
 * mulhsu (signed rs1 x unsigned rs2) high halves, and mulw (low 32 bits, sign-extended, upper
 * source bits ignored). Expected values: 128-bit products computed per the spec. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, mul, 0x15, 3, 7)
  TEST_RR(2, mul, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(3, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(4, mul, 0x2236d88fe5618cf0, 0x123456789abcdef0, 0xfedcba987654321)
  TEST_RR(5, mul, 0x0, 0, 0xffffffffffffffff)
  TEST_RR(6, mul, 0x0, 0x100000000, 0x100000000)
  TEST_RR(7, mulh, 0x0, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(8, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(9, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 1)
  TEST_RR(10, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
  TEST_RR(11, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(12, mulh, 0x121fa00ad77d742, 0x123456789abcdef0, 0xfedcba987654321)
  TEST_RR(13, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(14, mulhu, 0x1, 0x8000000000000000, 2)
  TEST_RR(15, mulhu, 0x0, 0x8000000000000000, 1)
  TEST_RR(16, mulhu, 0x121fa00ad77d7422, 0x123456789abcdef0, 0xfedcba9876543210)
  TEST_RR(17, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(18, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff)
  TEST_RR(19, mulhsu, 0x0, 1, 0xffffffffffffffff)
  TEST_RR(20, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff)
  TEST_RR(21, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffe, 1)
  TEST_RR(22, mulhsu, 0x0, 0xffffffffffffffff, 0)
  TEST_RR(23, mulw, 0xfffffffffffffffe, 2147483647, 2)
  TEST_RR(24, mulw, 0xf, 0x100000003, 0x100000005)
  TEST_RR(25, mulw, 0x1, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_RR(26, mulw, 0x0, 65536, 65536)
  TEST_RR(27, mulw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff)

  /* rd aliases both sources: square of -3 */
  TEST_CASE(28); li a0, -3; mul a0, a0, a0; CHECK_EQ(a0, 9)
  /* mulh/mul pair gives the full signed product of -2 * 3 = -6 */
  TEST_CASE(29); li a0, -2; li a1, 3; mulh a2, a0, a1; mul a3, a0, a1
  CHECK_EQ(a2, 0xffffffffffffffff); CHECK_EQ(a3, 0xfffffffffffffffa)

TEST_END
