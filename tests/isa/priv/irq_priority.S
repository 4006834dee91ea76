/* Interrupt priority across privilege levels: in S, an M-level (undelegated) interrupt is
 * taken before a pending delegated S-level one, regardless of their codes. (The fixed order
 * within a level, MEI > MSI > MTI > SEI > SSI > STI, is in irq_priority_noqemu.S.)
 * Handlers append each cause to `log` (s4 = write pointer) and mask that interrupt. */
#include "priv.h"
#define SPIN li t1, 300; 8: addi t1, t1, -1; bnez t1, 8b
#define CHECK_LOG(i, cause) ld t1, (8 * (i))(s5); CHECK_EQ(t1, cause)
PRIV_BEGIN
  j start
  .align 2
prio_m:
  li t6, TRAP_MAGIC; bne a7, t6, 1f; li a7, 0; jr a6
1: csrr t5, mcause; sd t5, 0(s4); addi s4, s4, 8
  li t6, 1; sll t6, t6, t5; csrc mie, t6
  mret
  .align 2
prio_s:
  csrr t5, scause; sd t5, 0(s4); addi s4, s4, 8
  li t6, 1; sll t6, t6, t5; csrc sie, t6
  sret
start:
  la t0, prio_m; csrw mtvec, t0
  la t0, prio_s; csrw stvec, t0
  la s5, log

  TEST_CASE(1)                       /* in S: undelegated STI (M level) before delegated SEI */
  mv s4, s5
  li t0, (1 << IRQ_STI) | (1 << IRQ_SEI); csrs mip, t0
  li t0, 1 << IRQ_SEI; csrw mideleg, t0
  li t0, (1 << IRQ_SEI) | (1 << IRQ_STI); csrs mie, t0
  ENTER 1
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  LEAVE
  sub t1, s4, s5
  CHECK_EQ(t1, 16)
  CHECK_LOG(0, INTR(IRQ_STI))
  CHECK_LOG(1, INTR(IRQ_SEI))

  TEST_CASE(2)                       /* in S: undelegated SEI (code 9) before delegated SSI (1) */
  mv s4, s5
  li t0, (1 << IRQ_SSI) | (1 << IRQ_SEI); csrs mip, t0
  li t0, 1 << IRQ_SSI; csrw mideleg, t0
  li t0, (1 << IRQ_SSI) | (1 << IRQ_SEI); csrs mie, t0
  ENTER 1
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  LEAVE
  sub t1, s4, s5
  CHECK_EQ(t1, 16)
  CHECK_LOG(0, INTR(IRQ_SEI))
  CHECK_LOG(1, INTR(IRQ_SSI))

  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI); csrc mip, t0
  csrw mideleg, zero
  la t0, __m_trap; csrw mtvec, t0
  la t0, __s_trap; csrw stvec, t0
TEST_END
  .data
  .align 3
log: .zero 64
