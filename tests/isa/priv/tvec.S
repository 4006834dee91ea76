/* mtvec/stvec modes: direct (all traps to BASE) and vectored (interrupts to BASE + 4*cause,
 * exceptions to BASE). The vector tables record the entry used in s5. */
#include "priv.h"
#define SPIN li t1, 200; 8: addi t1, t1, -1; bnez t1, 8b
PRIV_BEGIN
  j start
  .option push; .option norvc
  .align 8
mvec: j mv0; j mv1; j mv2; j mv3; j mv4; j mv5; j mv6; j mv7; j mv8; j mv9; j mv10; j mv11
  .align 8
svec: j sv0; j sv1; j sv2; j sv3; j sv4; j sv5; j sv6; j sv7; j sv8; j sv9; j sv10; j sv11
  .option pop
#define MV(k) mv##k: li s5, k; j __m_trap
#define SV(k) sv##k: li s5, 100 + k; j __s_trap
  MV(0); MV(1); MV(2); MV(3); MV(4); MV(5); MV(6); MV(7); MV(8); MV(9); MV(10); MV(11)
  SV(0); SV(1); SV(2); SV(3); SV(4); SV(5); SV(6); SV(7); SV(8); SV(9); SV(10); SV(11)
start:
  TEST_CASE(1)                       /* mtvec vectored mode reads back */
  la t0, mvec; ori t0, t0, 1
  csrw mtvec, t0
  csrr t1, mtvec
  CHECK_REG(t1, t0)

  TEST_CASE(2)                       /* exception with vectored mtvec goes to BASE */
  li s5, -1
  RESET_TRAP
  ecall
  CHECK_TRAP(11)
  CHECK_EQ(s5, 0)

  TEST_CASE(3)                       /* MSI (CLINT msip) goes to BASE + 12, mcause = 1<<63 | 3 */
  li s5, -1
  RESET_TRAP
  li t0, 1 << IRQ_MSI; csrs mie, t0
  li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0)
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  li t0, CLINT_MSIP; sw zero, 0(t0)
  CHECK_TRAP(INTR(3))
  CHECK_EQ(s5, 3)

  TEST_CASE(4)                       /* SSI pending at M level (mip.SSIP, not delegated): BASE+4;
                                        mepc = the instruction after the enabling csrs */
  li s5, -1
  RESET_TRAP
  li t0, 1 << IRQ_SSI; csrs mie, t0; csrs mip, t0
  li t0, MSTATUS_MIE
  la s0, 1f
  csrs mstatus, t0
1: SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  li t0, 1 << IRQ_SSI; csrc mip, t0
  CHECK_TRAP(INTR(1))
  CHECK_EQ(s5, 1)
  CHECK_REG(s11, s0)

  TEST_CASE(5)                       /* stvec vectored; delegated SSI in S with SIE -> BASE + 4 */
  la t0, svec; ori t0, t0, 1
  csrw stvec, t0
  csrr t1, stvec
  CHECK_REG(t1, t0)
  li t0, 1 << IRQ_SSI; csrw mideleg, t0; csrs mie, t0; csrs mip, t0
  li s5, -1
  RESET_TRAP
  ENTER 1
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  li t0, 1 << IRQ_SSI; csrc sip, t0
  mv s1, s5; mv s2, s7; mv s3, s9; mv s4, s6
  LEAVE
  CHECK_EQ(s2, 1)
  CHECK_EQ(s3, INTR(1))
  CHECK_EQ(s1, 101)
  CHECK_EQ(s4, 1)

  TEST_CASE(6)                       /* exception delegated to vectored stvec goes to BASE */
  li t0, 1 << 2; csrw medeleg, t0
  li s5, -1
  ENTER 1
  RESET_TRAP
  .word 0xfe000033
  mv s1, s5; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 100)
  CHECK_EQ(s2, 2)
  CHECK_EQ(s3, 1)
  csrw medeleg, zero
  csrw mideleg, zero

  TEST_CASE(7)                       /* direct mtvec: an interrupt goes to BASE */
  la t0, mvec; csrw mtvec, t0
  csrr t1, mtvec
  CHECK_REG(t1, t0)
  li s5, -1
  RESET_TRAP
  li t0, 1 << IRQ_SSI; csrs mie, t0; csrs mip, t0
  li t0, MSTATUS_MIE; csrs mstatus, t0
  SPIN
  li t0, MSTATUS_MIE; csrc mstatus, t0
  li t0, 1 << IRQ_SSI; csrc mip, t0
  CHECK_TRAP(INTR(1))
  CHECK_EQ(s5, 0)
  la t0, __m_trap; csrw mtvec, t0
  la t0, __s_trap; csrw stvec, t0
TEST_END
