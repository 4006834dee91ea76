/* ecall from U, S and M: mcause 8/9/11, mepc = address of the ecall, mtval = 0,
 * mstatus.MPP = the mode the ecall came from, execution resumes in that mode. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* ecall from M */
  RESET_TRAP
  la s0, 1f
1: ecall
  CHECK_TRAP(11)
  CHECK_REG(s11, s0)
  CHECK_EQ(s10, 0)
  CHECK_EQ(s6, 3)
  srli t0, s8, 11; andi t0, t0, 3
  CHECK_EQ(t0, 3)

  TEST_CASE(2)                       /* ecall from S */
  ENTER 1
  RESET_TRAP
  la s0, 1f
1: ecall
  mv s1, s7; mv s2, s9; mv s3, s10; mv s4, s11; mv s5, s8
  csrr s10, sscratch                 /* still in S: sscratch readable, no trap */
  mv s10, s3
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 9)
  CHECK_EQ(s3, 0)
  CHECK_REG(s4, s0)
  srli t0, s5, 11; andi t0, t0, 3
  CHECK_EQ(t0, 1)

  TEST_CASE(3)                       /* ecall from U */
  ENTER 0
  RESET_TRAP
  la s0, 1f
1: ecall
  mv s1, s7; mv s2, s9; mv s3, s10; mv s4, s11; mv s5, s8
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 8)
  CHECK_EQ(s3, 0)
  CHECK_REG(s4, s0)
  srli t0, s5, 11; andi t0, t0, 3
  CHECK_EQ(t0, 0)

  TEST_CASE(4)                       /* U really is U: sscratch access traps (illegal, 2) */
  ENTER 0
  RESET_TRAP
  csrr t1, sscratch
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(5)                       /* ecall trap clears MIE and saves it in MPIE */
  li t0, MSTATUS_MIE; csrs mstatus, t0
  RESET_TRAP
  ecall
  CHECK_TRAP(11)
  andi t0, s8, MSTATUS_MIE
  CHECK_EQ(t0, 0)
  andi t0, s8, MSTATUS_MPIE
  CHECK_EQ(t0, MSTATUS_MPIE)
  csrr t0, mstatus                   /* mret restored MIE from MPIE */
  andi t0, t0, MSTATUS_MIE
  CHECK_EQ(t0, MSTATUS_MIE)
  li t0, MSTATUS_MIE; csrc mstatus, t0
TEST_END
