/* Zbb bit counting: clz, clzw, ctz, ctzw, cpop, cpopw on 0, all ones, single bits at the
 * edges; the W forms look at the low 32 bits only (clzw/ctzw of 0 = 32). */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_R(1, clz, 0x40, 0)
  TEST_R(2, clz, 0, 0xffffffffffffffff)
  TEST_R(3, clz, 0x3f, 1)
  TEST_R(4, clz, 0, 0x8000000000000000)
  TEST_R(5, clz, 0x20, 0xffffffff)
  TEST_R(6, clzw, 0x20, 0)
  TEST_R(7, clzw, 0, 0xffffffffffffffff)
  TEST_R(8, clzw, 0x1f, 1)
  TEST_R(9, clzw, 0, 0x80000000)
  TEST_R(10, clzw, 0x20, 0xffffffff00000000)
  TEST_R(11, clzw, 0x10, 0x100008000)
  TEST_R(12, ctz, 0x40, 0)
  TEST_R(13, ctz, 0, 0xffffffffffffffff)
  TEST_R(14, ctz, 0x3f, 0x8000000000000000)
  TEST_R(15, ctz, 0x20, 0x100000000)
  TEST_R(16, ctzw, 0x20, 0)
  TEST_R(17, ctzw, 0, 0xffffffffffffffff)
  TEST_R(18, ctzw, 0x1f, 0x80000000)
  TEST_R(19, ctzw, 0x20, 0xffffffff00000000)
  TEST_R(20, ctzw, 0x10, 0x10000)
  TEST_R(21, cpop, 0, 0)
  TEST_R(22, cpop, 0x40, 0xffffffffffffffff)
  TEST_R(23, cpop, 2, 0x8000000000000001)
  TEST_R(24, cpop, 0x20, 0x123456789abcdef)
  TEST_R(25, cpopw, 0, 0)
  TEST_R(26, cpopw, 0x20, 0xffffffffffffffff)
  TEST_R(27, cpopw, 0, 0xffffffff00000000)
  TEST_R(28, cpopw, 0x14, 0x123456789abcdef)

TEST_END
