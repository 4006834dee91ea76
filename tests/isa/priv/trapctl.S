/* mstatus.TVM (satp and sfence.vma from S trap), TW (wfi from S traps), TSR (sret from S
 * traps), and wfi in M returning once an enabled interrupt is pending (even with MIE = 0). */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* TVM = 0: satp and sfence.vma usable from S */
  ENTER 1
  RESET_TRAP
  csrr t1, satp
  csrw satp, zero
  sfence.vma
  mv s1, s7
  LEAVE
  CHECK_EQ(s1, 0)

  TEST_CASE(2)                       /* TVM = 1: csrr satp from S traps (2) */
  li t0, MSTATUS_TVM; csrs mstatus, t0
  ENTER 1
  RESET_TRAP
  csrr t1, satp
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(3)                       /* TVM = 1: sfence.vma from S traps */
  ENTER 1
  RESET_TRAP
  sfence.vma
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(4)                       /* TVM = 1 does not affect M */
  RESET_TRAP
  csrr t1, satp
  sfence.vma
  CHECK_NOTRAP
  li t0, MSTATUS_TVM; csrc mstatus, t0

  TEST_CASE(5)                       /* TW = 1: wfi from S traps (nothing pending, so it
                                        could never complete) */
  li t0, MSTATUS_TW; csrs mstatus, t0
  ENTER 1
  RESET_TRAP
  wfi
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  li t0, MSTATUS_TW; csrc mstatus, t0

  TEST_CASE(6)                       /* TW = 0: wfi in S with an enabled, delegated SSI
                                        pending but SIE = 0 completes without trapping */
  li t0, 1 << IRQ_SSI; csrw mideleg, t0; csrs mie, t0; csrs mip, t0
  ENTER 1
  li t0, MSTATUS_SIE; csrc sstatus, t0
  RESET_TRAP
  wfi
  mv s1, s7
  LEAVE
  CHECK_EQ(s1, 0)
  li t0, 1 << IRQ_SSI; csrc mip, t0; csrc mie, t0
  csrw mideleg, zero

  TEST_CASE(7)                       /* wfi in M with MSIP pending and MSIE = 1, MIE = 0:
                                        returns, no trap */
  li t0, 1 << IRQ_MSI; csrs mie, t0
  li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0)
  RESET_TRAP
  wfi
  CHECK_NOTRAP
  csrr t1, mip
  andi t1, t1, 1 << IRQ_MSI
  CHECK_EQ(t1, 1 << IRQ_MSI)
  li t0, CLINT_MSIP; sw zero, 0(t0)
  li t0, 1 << IRQ_MSI; csrc mie, t0

  TEST_CASE(8)                       /* TSR = 1: sret from S traps */
  li t0, MSTATUS_TSR; csrs mstatus, t0
  ENTER 1
  la t0, 1f; csrw sepc, t0
  RESET_TRAP
  sret
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  j 2f
1: LEAVE                             /* reached only if sret executed */
  j __test_fail
2:
  TEST_CASE(9)                       /* TSR = 1 does not affect sret in M */
  li t0, MSTATUS_SPP; csrs mstatus, t0
  la t0, 1f; csrw sepc, t0
  sret
1: RESET_TRAP
  ecall
  mv s1, s9
  LEAVE
  CHECK_EQ(s1, 9)
  li t0, MSTATUS_TSR; csrc mstatus, t0

  TEST_CASE(10)                      /* TSR = 0: sret from S works (to S, SPP = S) */
  ENTER 1
  li t0, MSTATUS_SPP; csrs sstatus, t0
  la t0, 1f; csrw sepc, t0
  RESET_TRAP
  sret
  j 2f
1: mv s1, s7
  LEAVE
  CHECK_EQ(s1, 0)
  j 3f
2: LEAVE
  j __test_fail
3:
TEST_END
