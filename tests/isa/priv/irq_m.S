/* Machine-level interrupts: MSIP through CLINT msip, MTIP through CLINT mtimecmp, mip
 * reflecting them (read-only there), mcause = 1<<63 | code, and the enable rule: taken in M
 * only with mstatus.MIE = 1 and mie bit set; taken in S and U regardless of MIE. */
#include "priv.h"
#define SPIN li t1, 200; 8: addi t1, t1, -1; bnez t1, 8b
#define MSIP_SET li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0)
#define MSIP_CLR li t0, CLINT_MSIP; sw zero, 0(t0)
PRIV_BEGIN
  li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)

  TEST_CASE(1)                       /* msip = 1 shows in mip.MSIP; msip = 0 clears it */
  MSIP_SET
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_MSI
  CHECK_EQ(t1, 1 << IRQ_MSI)
  MSIP_CLR
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_MSI
  CHECK_EQ(t1, 0)

  TEST_CASE(2)                       /* mip.MSIP is read-only through the CSR */
  li t0, 1 << IRQ_MSI; csrs mip, t0
  csrr t1, mip; andi t1, t1, 1 << IRQ_MSI
  CHECK_EQ(t1, 0)

  TEST_CASE(3)                       /* M, MIE = 0: pending+enabled MSI not taken */
  RESET_TRAP
  li t0, 1 << IRQ_MSI; csrs mie, t0
  MSIP_SET
  SPIN
  CHECK_NOTRAP

  TEST_CASE(4)                       /* M, MIE = 1: taken, mcause = 1<<63 | 3, MPIE = 1 */
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  CHECK_TRAP(INTR(IRQ_MSI))
  CHECK_EQ(s6, 3)
  andi t1, s8, MSTATUS_MPIE | MSTATUS_MIE
  CHECK_EQ(t1, MSTATUS_MPIE)

  TEST_CASE(5)                       /* M, MIE = 1 but mie.MSIE = 0: not taken */
  RESET_TRAP
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  CHECK_NOTRAP

  TEST_CASE(6)                       /* S with MIE = 0: M interrupt taken anyway, MPP = S */
  RESET_TRAP
  li t0, 1 << IRQ_MSI; csrs mie, t0
  ENTER 1
  SPIN
  mv s1, s7; mv s2, s9; mv s3, s8
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_MSI))
  srli t1, s3, 11; andi t1, t1, 3
  CHECK_EQ(t1, 1)

  TEST_CASE(7)                       /* U with MIE = 0: taken too, MPP = U */
  RESET_TRAP
  li t0, 1 << IRQ_MSI; csrs mie, t0
  ENTER 0
  SPIN
  mv s1, s7; mv s2, s9; mv s3, s8
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_MSI))
  srli t1, s3, 11; andi t1, t1, 3
  CHECK_EQ(t1, 0)
  MSIP_CLR

  TEST_CASE(8)                       /* mtimecmp = 0 <= mtime: mip.MTIP set */
  li t0, CLINT_MTIMECMP; sd zero, 0(t0)
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_MTI
  CHECK_EQ(t1, 1 << IRQ_MTI)

  TEST_CASE(9)                       /* mtimecmp = -1: MTIP clears */
  li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_MTI
  CHECK_EQ(t1, 0)

  TEST_CASE(10)                      /* MTIP becomes pending once mtime reaches mtimecmp */
  li t0, CLINT_MTIME; ld t1, 0(t0)
  addi t1, t1, 50
  li t0, CLINT_MTIMECMP; sd t1, 0(t0)
  li t2, 50000000
1: csrr t1, mip; andi t1, t1, 1 << IRQ_MTI
  bnez t1, 2f
  addi t2, t2, -1; bnez t2, 1b
  j __test_fail
2: li t0, CLINT_MTIME; ld t1, 0(t0)
  li t0, CLINT_MTIMECMP; ld t2, 0(t0)
  bltu t1, t2, __test_fail

  TEST_CASE(11)                      /* the timer interrupt is taken: mcause = 1<<63 | 7 */
  RESET_TRAP
  li t0, 1 << IRQ_MTI; csrs mie, t0
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  CHECK_TRAP(INTR(IRQ_MTI))
  li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)

TEST_END
