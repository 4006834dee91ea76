/* Supervisor-level interrupts: SSIP (mip.SSIP from M, sip.SSIP from S), STIP and SEIP
 * (set by M through mip), mideleg delegation, and the enable rule: a delegated S interrupt
 * is taken in S only with sstatus.SIE = 1, always in U, never in M; an undelegated one is an
 * M-level trap (taken in M with MIE, in S/U always). */
#include "priv.h"
#define SPIN li t1, 200; 8: addi t1, t1, -1; bnez t1, 8b
PRIV_BEGIN
  TEST_CASE(1)                       /* mideleg SSI/STI/SEI bits writable */
  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI)
  csrw mideleg, t0
  csrr t1, mideleg
  and t1, t1, t0
  CHECK_REG(t1, t0)
  csrw mideleg, zero

  TEST_CASE(2)                       /* mip.SSIP / STIP / SEIP writable by M */
  li t0, (1 << IRQ_SSI) | (1 << IRQ_STI) | (1 << IRQ_SEI)
  csrs mip, t0
  csrr t1, mip
  and t1, t1, t0
  CHECK_REG(t1, t0)
  csrc mip, t0
  csrr t1, mip
  and t1, t1, t0
  CHECK_EQ(t1, 0)

  TEST_CASE(3)                       /* undelegated SSI in M with MIE = 1: taken by M */
  RESET_TRAP
  li t0, 1 << IRQ_SSI; csrs mie, t0; csrs mip, t0
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  CHECK_TRAP(INTR(IRQ_SSI))
  CHECK_EQ(s6, 3)

  TEST_CASE(4)                       /* undelegated SSI from S with MIE = 0, SIE = 0: taken by M */
  RESET_TRAP
  li t0, 1 << IRQ_SSI; csrs mie, t0
  ENTER 1
  SPIN
  mv s1, s7; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_SSI))
  CHECK_EQ(s3, 3)

  TEST_CASE(5)                       /* delegated SSI in M with MIE = SIE = 1: not taken */
  li t0, 1 << IRQ_SSI; csrw mideleg, t0; csrs mie, t0
  RESET_TRAP
  li t0, MSTATUS_MIE | MSTATUS_SIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE | MSTATUS_SIE; csrc mstatus, t0
  CHECK_NOTRAP

  TEST_CASE(6)                       /* sip/sie show the delegated SSI */
  csrr t1, sip; andi t1, t1, 1 << IRQ_SSI
  CHECK_EQ(t1, 1 << IRQ_SSI)
  csrr t1, sie; andi t1, t1, 1 << IRQ_SSI
  CHECK_EQ(t1, 1 << IRQ_SSI)

  TEST_CASE(7)                       /* delegated, in S with SIE = 0: not taken */
  ENTER 1
  RESET_TRAP
  SPIN
  mv s1, s7
  LEAVE
  CHECK_EQ(s1, 0)

  TEST_CASE(8)                       /* delegated, in S with SIE = 1: taken by S, scause,
                                        SPP = S, SPIE = 1, sepc = the next instruction */
  ENTER 1
  RESET_TRAP
  li t0, MSTATUS_SIE
  la s0, 1f
  csrs sstatus, t0
1: SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  mv s1, s7; mv s2, s9; mv s3, s6; mv s4, s8; mv s5, s11
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_SSI))
  CHECK_EQ(s3, 1)
  andi t1, s4, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE
  CHECK_EQ(t1, MSTATUS_SPP | MSTATUS_SPIE)
  CHECK_REG(s5, s0)

  TEST_CASE(9)                       /* delegated, in U with SIE = 0: taken by S, SPP = U */
  li t0, 1 << IRQ_SSI; csrs mie, t0
  RESET_TRAP
  ENTER 0
  SPIN
  mv s1, s7; mv s2, s9; mv s3, s6; mv s4, s8
  LEAVE                              /* ecall from U is not delegated: back to M */
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_SSI))
  CHECK_EQ(s3, 1)
  andi t1, s4, MSTATUS_SPP
  CHECK_EQ(t1, 0)

  TEST_CASE(10)                      /* S clears its own SSIP through sip */
  ENTER 1
  li t0, 1 << IRQ_SSI; csrc sip, t0
  LEAVE
  csrr t1, mip; andi t1, t1, 1 << IRQ_SSI
  CHECK_EQ(t1, 0)

  TEST_CASE(11)                      /* S sets SSIP through sip, takes it with SIE = 1 */
  li t0, 1 << IRQ_SSI; csrs mie, t0
  ENTER 1
  RESET_TRAP
  li t0, MSTATUS_SIE; csrs sstatus, t0
  li t0, 1 << IRQ_SSI; csrs sip, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  li t0, 1 << IRQ_SSI; csrc sip, t0
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_SSI))

  TEST_CASE(12)                      /* STIP set by M, delegated: taken in S, cause 1<<63 | 5 */
  li t0, 1 << IRQ_STI; csrw mideleg, t0; csrs mie, t0; csrs mip, t0
  ENTER 1
  RESET_TRAP
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  mv s1, s7; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_STI))
  CHECK_EQ(s3, 1)

  TEST_CASE(13)                      /* sip.STIP is read-only for S */
  li t0, 1 << IRQ_STI; csrc mip, t0
  ENTER 1
  li t0, 1 << IRQ_STI; csrs sip, t0
  LEAVE
  csrr t1, mip; andi t1, t1, 1 << IRQ_STI
  CHECK_EQ(t1, 0)

  TEST_CASE(14)                      /* SEIP set by M, delegated: taken in S, cause 1<<63 | 9 */
  li t0, 1 << IRQ_SEI; csrw mideleg, t0; csrs mie, t0; csrs mip, t0
  ENTER 1
  RESET_TRAP
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  mv s1, s7; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_SEI))
  CHECK_EQ(s3, 1)
  li t0, 1 << IRQ_SEI; csrc mip, t0

  TEST_CASE(15)                      /* undelegated STI taken in M from U: mcause 1<<63 | 5 */
  csrw mideleg, zero
  li t0, 1 << IRQ_STI; csrs mie, t0; csrs mip, t0
  RESET_TRAP
  ENTER 0
  SPIN
  mv s1, s7; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_STI))
  CHECK_EQ(s3, 3)
  li t0, 1 << IRQ_STI; csrc mip, t0
TEST_END
