/* Fixed interrupt priority when several are pending and enabled at one level:
 * MEI > MSI > MTI > SEI > SSI > STI (MEI cannot be raised here), and SEI > SSI > STI for
 * delegated ones taken in S. Handlers append each cause to `log` (s4 = write pointer) and
 * mask that interrupt.
 * Why _noqemu: QEMU 7.2 without AIA takes the lowest-numbered pending interrupt first
 * (SSI, MSI, STI, MTI, SEI), which is not the order the privileged spec requires. */
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

  TEST_CASE(1)                       /* M level: MSI, MTI, SEI, SSI, STI all pending */
  mv s4, s5
  li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0)
  li t0, CLINT_MTIMECMP; sd zero, 0(t0)
  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI); csrs mip, t0
  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI) | (1 << IRQ_MSI) | (1 << IRQ_MTI)
  csrs mie, t0
  SPIN                               /* let MSIP/MTIP propagate before enabling */
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  sub t1, s4, s5
  CHECK_EQ(t1, 40)
  CHECK_LOG(0, INTR(IRQ_MSI))
  CHECK_LOG(1, INTR(IRQ_MTI))
  CHECK_LOG(2, INTR(IRQ_SEI))
  CHECK_LOG(3, INTR(IRQ_SSI))
  CHECK_LOG(4, INTR(IRQ_STI))
  li t0, CLINT_MSIP; sw zero, 0(t0)
  li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)

  TEST_CASE(2)                       /* S level, delegated, taken in S: SEI, SSI, STI */
  mv s4, s5
  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI)
  csrw mideleg, t0
  csrs mie, t0                       /* still pending in mip from case 1 */
  ENTER 1
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  LEAVE
  sub t1, s4, s5
  CHECK_EQ(t1, 24)
  CHECK_LOG(0, INTR(IRQ_SEI))
  CHECK_LOG(1, INTR(IRQ_SSI))
  CHECK_LOG(2, INTR(IRQ_STI))

TEST_END
  .data
  .align 3
log: .zero 64
