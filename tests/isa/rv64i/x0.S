/* RV64I: x0 always reads as zero - writes by ALU ops, lui, auipc, loads, jal/jalr links are
 * discarded. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_CASE(1); addi x0, x0, 5;   mv a0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(2); li a1, -1; add x0, a1, a1; add a0, x0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(3); lui x0, 0x12345;  add a0, x0, zero; CHECK_EQ(a0, 0)
  TEST_CASE(4); auipc x0, 0x1;    addi a0, x0, 0; CHECK_EQ(a0, 0)
  TEST_CASE(5); lla a1, xdata; ld x0, 0(a1); or a0, x0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(6); lla a1, xdata; lw x0, 0(a1); sub a0, zero, x0; CHECK_EQ(a0, 0)
  TEST_CASE(7); jal x0, 1f; 1: mv a0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(8); lla a1, 1f; jalr x0, 0(a1); 1: mv a0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(9); li a1, 7; slli x0, a1, 3; xori a0, x0, 0; CHECK_EQ(a0, 0)
  TEST_CASE(10); li a1, 7; addiw x0, a1, 1; addw a0, x0, x0; CHECK_EQ(a0, 0)
  TEST_CASE(11); li a1, 1; sltiu x0, zero, 1; sltu a0, x0, a1; CHECK_EQ(a0, 1)
  /* storing x0 stores zero */
  TEST_CASE(12); lla a1, xdata + 8; li a2, -1; sd a2, 0(a1); sd x0, 0(a1); ld a0, 0(a1); CHECK_EQ(a0, 0)
  /* a compare against x0 uses 0 */
  TEST_CASE(13); li a0, 0; beq x0, zero, 1f; li a0, 1; 1: CHECK_EQ(a0, 0)

TEST_END

  .data
  .align 3
xdata:
  .dword 0xdeadbeefcafef00d
  .dword 0
