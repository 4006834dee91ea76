/* Zbb rotates and byte ops: rol, ror, rori, rolw, rorw, roriw (32-bit rotate, result
 * sign-extended, amount masked to 5/6 bits), orc.b, rev8. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, rol, 3, 0x8000000000000001, 1)
  TEST_RR(2, rol, 0x123456789abcdef, 0x123456789abcdef, 0)
  TEST_RR(3, rol, 0x123456789abcdef, 0x123456789abcdef, 0x40)
  TEST_RR(4, rol, 0x9abcdef012345678, 0x123456789abcdef, 0x24)
  TEST_RR(5, rol, 0x8000000000000000, 1, 0x3f)
  TEST_RR(6, ror, 0x8000000000000000, 1, 1)
  TEST_RR(7, ror, 0xf0123456789abcde, 0x123456789abcdef, 0x44)
  TEST_RR(8, ror, 0x89abcdef01234567, 0x123456789abcdef, 0x20)
  TEST_RR(9, ror, 1, 0x8000000000000000, 0x3f)
  TEST_RI(10, rori, 0x123456789abcdef, 0x123456789abcdef, 0)
  TEST_RI(11, rori, 2, 1, 63)
  TEST_RI(12, rori, 0xef0123456789abcd, 0x123456789abcdef, 8)
  TEST_RR(13, rolw, 0xffffffff80000000, 0x40000000, 1)
  TEST_RR(14, rolw, 1, 0x80000000, 1)
  TEST_RR(15, rolw, 0x12345678, 0xffffffff12345678, 0x20)
  TEST_RR(16, rolw, 0x23456781, 0x12345678, 4)
  TEST_RR(17, rolw, 0xffffffff81234567, 0x12345678, 0x3c)
  TEST_RR(18, rorw, 0xffffffff80000000, 1, 1)
  TEST_RR(19, rorw, 0xffffffff87654321, 0xffffffff87654321, 0)
  TEST_RR(20, rorw, 0xffffffff81234567, 0x12345678, 0x24)
  TEST_RI(21, roriw, 0xffffffff80000000, 1, 1)
  TEST_RI(22, roriw, 0x12345678, 0x12345678, 0)
  TEST_RI(23, roriw, 0x56781234, 0xabcdef0012345678, 16)
  TEST_RI(24, roriw, 1, 0x80000000, 31)
  TEST_R(25, orc.b, 0, 0)
  TEST_R(26, orc.b, 0xff00ff0000ff00ff, 0x100ff0000800001)
  TEST_R(27, orc.b, 0xffffffffffffffff, 0xffffffffffffffff)
  TEST_R(28, rev8, 0xefcdab8967452301, 0x123456789abcdef)
  TEST_R(29, rev8, 0xff00000000000000, 0xff)
  TEST_R(30, rev8, 0x80, 0x8000000000000000)

TEST_END
