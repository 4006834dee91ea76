/* ebreak and c.ebreak: mcause 3, mepc = address of the instruction, mtval = 0 or that
 * address (both allowed by the spec); from M, S and U. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* 32-bit ebreak in M */
  RESET_TRAP
  la s0, 1f
  .option push; .option norvc
1: ebreak
  .option pop
  CHECK_TRAP(3)
  CHECK_REG(s11, s0)
  beqz s10, 2f
  CHECK_REG(s10, s0)
2:
  TEST_CASE(2)                       /* the handler resumed 4 bytes on: the ebreak was 32-bit */
  la t0, 1b
  lwu t1, 0(t0)
  CHECK_EQ(t1, 0x00100073)

  TEST_CASE(3)                       /* c.ebreak in M */
  RESET_TRAP
  la s0, 1f
1: c.ebreak
  CHECK_TRAP(3)
  CHECK_REG(s11, s0)
  beqz s10, 2f
  CHECK_REG(s10, s0)
2:
  TEST_CASE(4)
  la t0, 1b
  lhu t1, 0(t0)
  CHECK_EQ(t1, 0x9002)

  TEST_CASE(5)                       /* ebreak from S: cause 3, MPP = S */
  ENTER 1
  RESET_TRAP
  la s0, 1f
1: ebreak
  mv s1, s7; mv s2, s9; mv s3, s11; mv s4, s8
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 3)
  CHECK_REG(s3, s0)
  srli t0, s4, 11; andi t0, t0, 3
  CHECK_EQ(t0, 1)

  TEST_CASE(6)                       /* ebreak from U: cause 3, MPP = U */
  ENTER 0
  RESET_TRAP
  la s0, 1f
1: c.ebreak
  mv s1, s7; mv s2, s9; mv s3, s11; mv s4, s8
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 3)
  CHECK_REG(s3, s0)
  srli t0, s4, 11; andi t0, t0, 3
  CHECK_EQ(t0, 0)
TEST_END
