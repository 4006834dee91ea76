/* RV64I: jal and jalr - link values, forward/backward targets, jalr offsets, clearing of the
 * lowest target bit, rd == rs1, x0 as link register. Uncompressed encodings only. */
#include "test.h"
TEST_BEGIN
  .option norvc

  /* jal forward: ra = address of the next instruction */
  TEST_CASE(1)
  li a0, 0
  jal ra, 1f
2: li a0, 99
1: lla t0, 2b
  CHECK_REG(ra, t0)
  CHECK_EQ(a0, 0)

  /* j (jal x0) skips code */
  TEST_CASE(2)
  li a0, 1
  j 1f
  li a0, 2
1: CHECK_EQ(a0, 1)

  /* jal backward, link in a non-ra register */
  TEST_CASE(3)
  li a0, 0
  j 2f
1: addi a0, a0, 5
  j 3f
2: jal a3, 1b
4: li a0, 77
3: lla t0, 4b
  CHECK_REG(a3, t0)
  CHECK_EQ(a0, 5)

  /* jalr with zero offset */
  TEST_CASE(4)
  li a0, 0
  lla t0, 1f
  jalr ra, 0(t0)
2: li a0, 1
1: lla t1, 2b
  CHECK_REG(ra, t1)
  CHECK_EQ(a0, 0)

  /* jalr with positive offset */
  TEST_CASE(5)
  li a0, 0
  lla t0, 1f
  addi t0, t0, -16
  jalr ra, 16(t0)
  li a0, 1
1: CHECK_EQ(a0, 0)

  /* jalr with negative offset */
  TEST_CASE(6)
  li a0, 0
  lla t0, 1f
  addi t0, t0, 2000
  jalr ra, -2000(t0)
  li a0, 1
1: CHECK_EQ(a0, 0)

  /* jalr clears bit 0 of the target: odd base */
  TEST_CASE(7)
  li a0, 0
  lla t0, 1f
  addi t0, t0, 1
  jalr ra, 0(t0)
  li a0, 1
1: CHECK_EQ(a0, 0)

  /* jalr clears bit 0 of the target: odd offset */
  TEST_CASE(8)
  li a0, 0
  lla t0, 1f
  jalr ra, 1(t0)
  li a0, 1
1: CHECK_EQ(a0, 0)

  /* rd == rs1: the target uses the old rs1, the link is written afterwards */
  TEST_CASE(9)
  li a0, 0
  lla t0, 1f
  jalr t0, 0(t0)
2: li a0, 1
1: lla t1, 2b
  CHECK_REG(t0, t1)
  CHECK_EQ(a0, 0)

  /* jalr x0 (plain indirect jump) leaves no link anywhere */
  TEST_CASE(10)
  li a0, 0
  li ra, 123
  lla t0, 1f
  jalr x0, 0(t0)
  li a0, 1
1: CHECK_EQ(a0, 0)
  CHECK_EQ(ra, 123)

  /* call/return pair through ra */
  TEST_CASE(11)
  li a0, 0
  jal ra, 5f
  addi a0, a0, 10
  j 6f
5: addi a0, a0, 3
  ret
6: CHECK_EQ(a0, 13)

  /* jalr with rd == rs1 and a non-zero odd offset */
  TEST_CASE(12)
  li a0, 0
  lla a4, 1f
  addi a4, a4, -3
  jalr a4, 4(a4)
2: li a0, 1
1: lla t1, 2b
  CHECK_REG(a4, t1)
  CHECK_EQ(a0, 0)

TEST_END
