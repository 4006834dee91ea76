/* RV64I register-register ALU: add, sub, slt, sltu, xor, or, and - wrap-around, signed versus
 * unsigned comparison edges, rd aliasing a source. (Shifts: shift.S; W forms: alu_w.S.) */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1,  add, 3, 1, 2)
  TEST_RR(2,  add, 0, -1, 1)
  TEST_RR(3,  add, 0x8000000000000000, 0x7fffffffffffffff, 1)   /* signed overflow wraps */
  TEST_RR(4,  add, 0x0000000100000000, 0xffffffff, 1)           /* no 32-bit truncation */
  TEST_RR(5,  add, 0, 0x8000000000000000, 0x8000000000000000)   /* carry out is lost */
  TEST_RR(6,  sub, 0xffffffffffffffff, 0, 1)
  TEST_RR(7,  sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
  TEST_RR(8,  sub, 0, -5, -5)
  TEST_RR(9,  sub, 0x00000000ffffffff, 0x100000000, 1)
  TEST_RR(10, slt, 1, -1, 1)
  TEST_RR(11, slt, 0, 1, -1)
  TEST_RR(12, slt, 0, 7, 7)
  TEST_RR(13, slt, 1, 0x8000000000000000, 0x7fffffffffffffff)
  TEST_RR(14, slt, 0, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(15, sltu, 0, -1, 1)
  TEST_RR(16, sltu, 1, 1, -1)
  TEST_RR(17, sltu, 0, 0, 0)
  TEST_RR(18, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
  TEST_RR(19, sltu, 1, 0, 1)                                    /* snez form with rs1 = 0 */
  TEST_RR(20, xor, 0xf00ff00ff00ff00f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  TEST_RR(21, xor, 0, -1, -1)
  TEST_RR(22, or,  0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  TEST_RR(23, or,  0x8000000000000001, 0x8000000000000000, 1)
  TEST_RR(24, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0f0f0f0f0f0f0f0f)
  TEST_RR(25, and, 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa)

  /* rd aliases rs1 and rs2 */
  TEST_CASE(26); li a0, 0x4000000000000001; add a0, a0, a0; CHECK_EQ(a0, 0x8000000000000002)
  TEST_CASE(27); li a0, 123; sub a0, a0, a0; CHECK_EQ(a0, 0)
  TEST_CASE(28); li a0, -9; li a1, 4; slt a1, a0, a1; CHECK_EQ(a1, 1)
  /* sltu rd, x0, rs (snez) with a value only set in the upper word */
  TEST_CASE(29); li a0, 0x100000000; sltu a1, x0, a0; CHECK_EQ(a1, 1)

TEST_END
