/* RV64I register-immediate ALU: addi, slti, sltiu, xori, ori, andi - 12-bit immediates are
 * sign-extended to 64 bits (also for sltiu and the logical ops); extremes -2048 and 2047. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RI(1,  addi, 0x7ff, 0, 2047)
  TEST_RI(2,  addi, 0xfffffffffffff800, 0, -2048)
  TEST_RI(3,  addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
  TEST_RI(4,  addi, 0x7fffffffffffffff, 0x8000000000000000, -1)
  TEST_RI(5,  addi, 0x0000000100000000, 0xffffffff, 1)
  TEST_RI(6,  addi, 0, 5, -5)
  TEST_RI(7,  slti, 1, -1, 0)
  TEST_RI(8,  slti, 0, 0, -1)
  TEST_RI(9,  slti, 0, 2047, 2047)
  TEST_RI(10, slti, 1, 0x8000000000000000, -2048)
  TEST_RI(11, slti, 0, 0x7fffffffffffffff, 2047)
  TEST_RI(12, sltiu, 1, 0, 1)                        /* seqz */
  TEST_RI(13, sltiu, 0, 1, 1)
  TEST_RI(14, sltiu, 1, 0xfffffffffffffffe, -1)      /* imm -1 = 0xff..ff unsigned */
  TEST_RI(15, sltiu, 0, -1, -1)
  TEST_RI(16, sltiu, 1, 0x7fffffffffffffff, -2048)
  TEST_RI(17, sltiu, 0, 0xfffffffffffff800, -2048)
  TEST_RI(18, xori, 0xedcba98765432100, 0x123456789abcdeff, -1)   /* not */
  TEST_RI(19, xori, 0xfffffffffffff8ff, 0xff, -2048)
  TEST_RI(20, xori, 0x00ff00ff00ff0700, 0x00ff00ff00ff00ff, 0x7ff)
  TEST_RI(21, ori,  0xfffffffffffff800, 0, -2048)
  TEST_RI(22, ori,  0x80000000000007ff, 0x8000000000000000, 2047)
  TEST_RI(23, andi, 0x123456789abcdef0, 0x123456789abcdef0, -1)
  TEST_RI(24, andi, 0x0000000000000700, 0xffffffffffff0f00, 0x7ff)
  TEST_RI(25, andi, 0xa5a5a5a5a5a5a000, 0xa5a5a5a5a5a5a5a5, -2048)

  /* rd == rs1 */
  TEST_CASE(26); li a0, 40; addi a0, a0, 2; CHECK_EQ(a0, 42)
  /* mv / nop are addi forms */
  TEST_CASE(27); li a0, 0x1234567890; mv a1, a0; nop; CHECK_EQ(a1, 0x1234567890)

TEST_END
