/* mret / sret state transitions (priv 1.12): xIE <- xPIE, xPIE <- 1, xPP <- U,
 * pc <- xepc, mode <- old xPP; MPRV kept by mret to M (clearing when leaving M is in
 * xret_mprv_noqemu.S). */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* mret to M with MPIE = 0: MIE = 0, MPIE = 1, MPP = U */
  li t0, MSTATUS_MIE | MSTATUS_MPIE; csrc mstatus, t0
  ENTER 3
  csrr t1, mstatus
  andi t2, t1, MSTATUS_MIE
  CHECK_EQ(t2, 0)
  andi t2, t1, MSTATUS_MPIE
  CHECK_EQ(t2, MSTATUS_MPIE)
  li t0, MSTATUS_MPP; and t2, t1, t0
  CHECK_EQ(t2, 0)

  TEST_CASE(2)                       /* mret to M with MPIE = 1: MIE becomes 1 */
  ENTER 3                            /* MPIE is 1 after case 1 */
  csrr t1, mstatus
  andi t2, t1, MSTATUS_MIE
  CHECK_EQ(t2, MSTATUS_MIE)
  andi t2, t1, MSTATUS_MPIE
  CHECK_EQ(t2, MSTATUS_MPIE)
  li t0, MSTATUS_MIE; csrc mstatus, t0

  TEST_CASE(3)                       /* mret to M keeps MPRV */
  li t0, MSTATUS_MPRV; csrs mstatus, t0
  ENTER 3
  csrr t1, mstatus
  li t0, MSTATUS_MPRV; and t2, t1, t0
  CHECK_EQ(t2, MSTATUS_MPRV)
  csrc mstatus, t0                   /* (MPRV clearing by xret: see xret_mprv_noqemu.S) */

  TEST_CASE(4)                       /* mret to S: the mode is S (ecall cause 9) */
  ENTER 1
  RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 9)

  TEST_CASE(5)                       /* mret to U: mode is U (cause 8) */
  ENTER 0
  RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 8)

  TEST_CASE(6)                       /* mret jumps to mepc */
  la t0, 1f; csrw mepc, t0
  li t0, MSTATUS_MPP; csrs mstatus, t0
  li t1, 0
  mret
  li t1, 1
1: CHECK_EQ(t1, 0)

  TEST_CASE(7)                       /* sret from S to U: SIE <- SPIE, SPIE <- 1, SPP <- U */
  li t0, MSTATUS_SIE | MSTATUS_SPP; csrc mstatus, t0
  li t0, MSTATUS_SPIE; csrs mstatus, t0
  ENTER 1
  la t0, 1f; csrw sepc, t0
  sret
1: RESET_TRAP
  ecall                              /* from U: cause 8 */
  mv s1, s9
  LEAVE
  CHECK_EQ(s1, 8)
  csrr t1, mstatus
  andi t2, t1, MSTATUS_SIE
  CHECK_EQ(t2, MSTATUS_SIE)
  andi t2, t1, MSTATUS_SPIE
  CHECK_EQ(t2, MSTATUS_SPIE)
  andi t2, t1, MSTATUS_SPP
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_SIE; csrc mstatus, t0

  TEST_CASE(8)                       /* sret in S with SPP = S stays in S; SPIE = 0 -> SIE = 0 */
  ENTER 1
  li t0, MSTATUS_SPP | MSTATUS_SIE; csrs sstatus, t0
  li t0, MSTATUS_SPIE; csrc sstatus, t0
  la t0, 1f; csrw sepc, t0
  sret
1: csrr s1, sstatus
  RESET_TRAP
  ecall
  mv s2, s9
  LEAVE
  CHECK_EQ(s2, 9)
  andi t2, s1, MSTATUS_SIE
  CHECK_EQ(t2, 0)
  andi t2, s1, MSTATUS_SPIE
  CHECK_EQ(t2, MSTATUS_SPIE)
  andi t2, s1, MSTATUS_SPP
  CHECK_EQ(t2, 0)

  TEST_CASE(9)                       /* sret executed in M returns to SPP's mode */
  li t0, MSTATUS_SPP; csrs mstatus, t0
  la t0, 1f; csrw sepc, t0
  sret
1: RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 9)

  TEST_CASE(10)                      /* mret sets MIE = MPIE = 1 in S; trap entry from S:
                                        MPP = S, MPIE <- MIE (1), MIE <- 0 */
  li t0, MSTATUS_MPIE; csrs mstatus, t0
  ENTER 1
  RESET_TRAP
  ecall
  mv s1, s8
  LEAVE
  srli t2, s1, 11; andi t2, t2, 3
  CHECK_EQ(t2, 1)
  andi t2, s1, MSTATUS_MPIE | MSTATUS_MIE
  CHECK_EQ(t2, MSTATUS_MPIE)
TEST_END
