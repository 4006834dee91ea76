# Zihintpause: PAUSE (a FENCE with pred=W, succ=0) executes as a no-op hint, changes no
# register, and is not an illegal instruction.
#include "test.h"
TEST_BEGIN
  TEST_CASE(1)
  li a0, 123
  .word 0x0100000f          # pause
  CHECK_EQ(a0, 123)
  TEST_CASE(2)
  li a1, 7
  .word 0x0100000f
  .word 0x0100000f
  addi a1, a1, 1
  CHECK_EQ(a1, 8)
TEST_END
