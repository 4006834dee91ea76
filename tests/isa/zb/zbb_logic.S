/* Zbb logic/compare/extension: andn, orn, xnor, max, maxu, min, minu, sext.b, sext.h,
 * zext.h - signed versus unsigned extremes, sign bits of the narrow extensions. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1, andn, 0xff00ff00ff00ff, 0xffffffffffffffff, 0xff00ff00ff00ff00)
  TEST_RR(2, andn, 0x123456789abcdef, 0x123456789abcdef, 0)
  TEST_RR(3, orn, 0xff00ff00ff00ff, 0, 0xff00ff00ff00ff00)
  TEST_RR(4, orn, 15, 15, 0xffffffffffffffff)
  TEST_RR(5, xnor, 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa)
  TEST_RR(6, xnor, 0xffffffffffffffff, 0x123456789abcdef, 0x123456789abcdef)
  TEST_RR(7, max, 1, 0xffffffffffffffff, 1)
  TEST_RR(8, max, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(9, max, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000)
  TEST_RR(10, maxu, 0xffffffffffffffff, 0xffffffffffffffff, 1)
  TEST_RR(11, maxu, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(12, min, 0xffffffffffffffff, 0xffffffffffffffff, 1)
  TEST_RR(13, min, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(14, minu, 1, 0xffffffffffffffff, 1)
  TEST_RR(15, minu, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(16, minu, 0, 0, 0xffffffffffffffff)
  TEST_R(17, sext.b, 0xffffffffffffff80, 0x80)
  TEST_R(18, sext.b, 0x7f, 0x7f)
  TEST_R(19, sext.b, 0, 0xffffffffffffff00)
  TEST_R(20, sext.b, 1, 0x12345678abcdef01)
  TEST_R(21, sext.h, 0xffffffffffff8000, 0x8000)
  TEST_R(22, sext.h, 0x7fff, 0x7fff)
  TEST_R(23, sext.h, 0xfffffffffffffedc, 0x123456789abcfedc)
  TEST_R(24, sext.h, 0, 0xffffffffffff0000)
  TEST_R(25, zext.h, 0xffff, 0xffffffffffffffff)
  TEST_R(26, zext.h, 0x7edc, 0x123456789abc7edc)
  TEST_R(27, zext.h, 0, 0xffffffffffff0000)

TEST_END
