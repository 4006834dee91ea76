/* medeleg: exceptions from S/U whose medeleg bit is set go to stvec with scause/sepc/stval
 * and sstatus.SPP/SPIE/SIE updated, while mcause/mepc/mtval stay untouched; exceptions
 * taken in M are never delegated; undelegated ones still go to M. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* medeleg bits for causes 2, 3, 8 are writable */
  li t0, (1 << 2) | (1 << 3) | (1 << 8)
  csrw medeleg, t0
  csrr t1, medeleg
  and t1, t1, t0
  CHECK_REG(t1, t0)

  TEST_CASE(2)                       /* ecall from U -> S handler; M CSRs untouched */
  li t0, 0x55; csrw mcause, t0
  li t0, 0x66; csrw mtval, t0
  la t0, 1f; csrw mepc, t0
  li t0, MSTATUS_MPP; csrc mstatus, t0   /* MPP = U */
  mret
1: RESET_TRAP
  la s0, 2f
2: ecall
  mv s1, s6; mv s2, s7; mv s3, s9; mv s4, s10; mv s5, s11; mv a5, s8
  LEAVE                              /* delegated: lands in S */
  LEAVE                              /* from S: lands in M */
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 1)
  CHECK_EQ(s3, 8)
  CHECK_EQ(s4, 0)
  CHECK_REG(s5, s0)
  andi t1, a5, MSTATUS_SPP
  CHECK_EQ(t1, 0)
  csrr t1, mcause
  CHECK_EQ(t1, 9)                    /* from the second LEAVE, not from the delegated ecall */

  TEST_CASE(3)                       /* a delegated trap leaves mcause/mepc/mtval alone */
  li t0, 0x55; csrw mcause, t0
  li t0, 0x66; csrw mtval, t0
  la s0, 3f; csrw mepc, s0
  li t0, MSTATUS_MPP; csrc mstatus, t0
  mret
3: RESET_TRAP
  ecall
  li a7, TRAP_MAGIC; la a6, 4f; ecall    /* S handler continues at 4f in S */
4: csrr t1, sscratch                 /* proves we are in S (no trap) */
  mv s1, s7
  mv s2, s9
  csrw sscratch, zero
  .option push; .option norvc
  .word 0x30202573                   /* csrr a0, medeleg: illegal in S, cause 2 delegated */
  .option pop
  mv s3, s6; mv s4, s9
  li t0, 0
  csrw satp, zero                    /* allowed in S (TVM = 0) */
  /* back to M: ecall from S (cause 9) is not delegated */
  la a6, 5f; li a7, TRAP_MAGIC; ecall
5: CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 8)
  CHECK_EQ(s3, 1)                    /* illegal-instruction from S went to the S handler */
  CHECK_EQ(s4, 2)
  csrr t1, mepc                      /* the final ecall wrote mepc = 5b - 4 */
  la t2, 5b; addi t2, t2, -4
  CHECK_REG(t1, t2)
  csrr t1, mtval
  CHECK_EQ(t1, 0)

  TEST_CASE(4)                       /* delegated illegal from S: scause 2, SPP = S, sepc, stval */
  ENTER 1
  li t0, MSTATUS_SIE; csrs sstatus, t0
  RESET_TRAP
  la s0, 1f
  .option push; .option norvc
1: .word 0xfe000033
  .option pop
  mv s1, s6; mv s2, s9; mv s3, s10; mv s4, s11; mv s5, s8
  li t0, MSTATUS_SIE; csrc sstatus, t0
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  CHECK_REG(s4, s0)
  beqz s3, 2f; CHECK_EQ(s3, 0xfe000033); 2:
  andi t1, s5, MSTATUS_SPP
  CHECK_EQ(t1, MSTATUS_SPP)

  TEST_CASE(5)                       /* ... and SPIE <- SIE (1), SIE <- 0 */
  andi t1, s5, MSTATUS_SPIE | MSTATUS_SIE
  CHECK_EQ(t1, MSTATUS_SPIE)

  TEST_CASE(6)                       /* exceptions in M are not delegated */
  RESET_TRAP
  .word 0xfe000033
  CHECK_TRAP(2)
  CHECK_EQ(s6, 3)

  TEST_CASE(7)                       /* ebreak from U delegated: scause 3, sepc, stval 0 or pc */
  ENTER 0
  RESET_TRAP
  la s0, 1f
1: ebreak
  mv s1, s6; mv s2, s9; mv s3, s10; mv s4, s11
  LEAVE
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 3)
  CHECK_REG(s4, s0)
  beqz s3, 2f; CHECK_REG(s3, s0); 2:

  TEST_CASE(8)                       /* undelegated cause (ecall from S) still goes to M */
  ENTER 1
  RESET_TRAP
  ecall
  mv s1, s6; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 3)
  CHECK_EQ(s2, 9)

  TEST_CASE(9)                       /* clearing medeleg sends U ecall to M again */
  csrw medeleg, zero
  ENTER 0
  RESET_TRAP
  ecall
  mv s1, s6; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 3)
  CHECK_EQ(s2, 8)
TEST_END
