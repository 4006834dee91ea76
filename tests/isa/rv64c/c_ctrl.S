/* RV64C control transfer: c.j (forward/backward), c.beqz/c.bnez (taken and not taken, full
 * 64-bit compare against zero), c.jr (no link, bit 0 of the target cleared), c.jalr
 * (ra = address of the c.jalr + 2). */
#include "test.h"
TEST_BEGIN
  .option rvc

  TEST_CASE(1)
  li a0, 1
  c.j 1f
  li a0, 2
1: CHECK_EQ(a0, 1)

  TEST_CASE(2)
  li a0, 0
  c.j 2f
1: addi a0, a0, 10
  c.j 3f
2: addi a0, a0, 1
  c.j 1b
3: CHECK_EQ(a0, 11)

#define CBR(n, op, val, expect)                                                \
  TEST_CASE(n); li a1, val; li a2, 0; op a1, 2f; li a2, 1; j 3f; 2: li a2, 2; 3: CHECK_EQ(a2, expect)
  CBR(3, c.beqz, 0, 2)
  CBR(4, c.beqz, 1, 1)
  CBR(5, c.beqz, 0x100000000, 1)
  CBR(6, c.beqz, 0x8000000000000000, 1)
  CBR(7, c.bnez, 0, 1)
  CBR(8, c.bnez, -1, 2)
  CBR(9, c.bnez, 0x100000000, 2)

  /* c.bnez backward loop */
  TEST_CASE(10)
  li s0, 4
  li a0, 0
1: addi a0, a0, 3
  c.addi s0, -1
  c.bnez s0, 1b
  CHECK_EQ(a0, 12)

  /* c.jr: no link written */
  TEST_CASE(11)
  li a0, 0
  li ra, 55
  lla a3, 1f
  c.jr a3
  li a0, 1
1: CHECK_EQ(a0, 0)
  CHECK_EQ(ra, 55)

  /* c.jr clears bit 0 of the target */
  TEST_CASE(12)
  li a0, 0
  lla t1, 1f
  addi t1, t1, 1
  c.jr t1
  li a0, 1
1: CHECK_EQ(a0, 0)

  /* c.jalr: ra = pc + 2 */
  TEST_CASE(13)
  li a0, 0
  lla a4, 1f
2: c.jalr a4
  li a0, 1
1: lla a1, 2b + 2
  CHECK_REG(ra, a1)
  CHECK_EQ(a0, 0)

  /* c.jalr call and c.jr ra return */
  TEST_CASE(14)
  li a0, 0
  lla a5, 5f
  c.jalr a5
  addi a0, a0, 100
  c.j 6f
5: addi a0, a0, 7
  c.jr ra
6: CHECK_EQ(a0, 107)

  /* c.jalr with rs1 == ra: target from the old ra, then ra = pc + 2 */
  TEST_CASE(15)
  li a0, 0
  lla ra, 1f
2: c.jalr ra
  li a0, 1
1: lla a1, 2b + 2
  CHECK_REG(ra, a1)
  CHECK_EQ(a0, 0)

TEST_END
