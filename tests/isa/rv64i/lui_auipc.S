/* RV64I: lui (sign extension of bit 31 into the upper word) and auipc (pc-relative, signed
 * upper immediate). Uncompressed encodings only. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_CASE(1); lui a0, 0x12345;  CHECK_EQ(a0, 0x12345000)
  TEST_CASE(2); lui a0, 0;        CHECK_EQ(a0, 0)
  TEST_CASE(3); lui a0, 0x80000;  CHECK_EQ(a0, 0xffffffff80000000)
  TEST_CASE(4); lui a0, 0xfffff;  CHECK_EQ(a0, 0xfffffffffffff000)
  TEST_CASE(5); lui a0, 0x7ffff;  CHECK_EQ(a0, 0x7ffff000)
  /* lui replaces the whole register, including its low 12 bits */
  TEST_CASE(6); li a0, -1; lui a0, 0x1; CHECK_EQ(a0, 0x1000)
  /* lui + addi with negative low part */
  TEST_CASE(7); lui a0, 0x12346; addi a0, a0, -0x800; CHECK_EQ(a0, 0x12345800)

  /* auipc 0 gives the address of the auipc itself */
  TEST_CASE(8)
1: auipc a0, 0
  lla a1, 1b
  CHECK_REG(a0, a1)

  TEST_CASE(9)
1: auipc a0, 1
  lla a1, 1b
  li t0, 0x1000
  add a1, a1, t0
  CHECK_REG(a0, a1)

  /* upper immediate 0x80000 is -2^31 after sign extension */
  TEST_CASE(10)
1: auipc a0, 0x80000
  lla a1, 1b
  li t0, 0xffffffff80000000
  add a1, a1, t0
  CHECK_REG(a0, a1)

  TEST_CASE(11)
1: auipc a0, 0xfffff
  lla a1, 1b
  li t0, -0x1000
  add a1, a1, t0
  CHECK_REG(a0, a1)

  /* pc of the test body is in 0x8000xxxx, so auipc 0x80000 lands in the low 2 GiB */
  TEST_CASE(12)
  auipc a0, 0x80000
  srli a0, a0, 31
  CHECK_EQ(a0, 0)

TEST_END
