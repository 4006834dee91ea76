/* Shared helpers for the privileged-architecture tests (tests/isa/priv and tests/isa/vm).
 *
 * PRIV_BEGIN replaces TEST_BEGIN: it installs recording trap handlers in mtvec and stvec,
 * opens PMP entry 0 to all of memory for S/U (NAPOT, RWX) and clears the trap record.
 * Trap record (written by both handlers): s6 = mode that took the trap (3 = M, 1 = S),
 * s7 = number of traps taken, s8 = mstatus/sstatus at handler entry, s9 = cause,
 * s10 = tval, s11 = epc. Handlers use only t5/t6 as scratch.
 * After an exception the handler resumes at the next instruction (2 or 4 bytes on);
 * after an instruction-fetch fault (cause 0, 1, 12) it resumes at ra; after an
 * interrupt it clears that interrupt's enable bit in mie/sie and returns to epc.
 * ENTER mode  : from M, mret to `mode` (0 = U, 1 = S, 3 = M) and continue inline.
 * LEAVE       : ecall with a7 = TRAP_MAGIC; the handler that receives it (M normally)
 *               continues inline in its own mode without touching the trap record. */
#ifndef RVISOR_PRIV_H
#define RVISOR_PRIV_H
#include "test.h"

#define MSTATUS_SIE  0x2
#define MSTATUS_MIE  0x8
#define MSTATUS_SPIE 0x20
#define MSTATUS_MPIE 0x80
#define MSTATUS_SPP  0x100
#define MSTATUS_MPP  0x1800
#define MSTATUS_FS   0x6000
#define MSTATUS_MPRV 0x20000
#define MSTATUS_SUM  0x40000
#define MSTATUS_MXR  0x80000
#define MSTATUS_TVM  0x100000
#define MSTATUS_TW   0x200000
#define MSTATUS_TSR  0x400000

#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define INTR(code) (0x8000000000000000 | (code))

#define CLINT_MSIP     0x02000000
#define CLINT_MTIMECMP 0x02004000
#define CLINT_MTIME    0x0200bff8

#define TRAP_MAGIC 0x7e57

#define RESET_TRAP li s6, -1; li s7, 0; li s8, -1; li s9, -1; li s10, -1; li s11, -1
/* Expect exactly one trap with this cause since the last RESET_TRAP. */
#define CHECK_TRAP(cause) CHECK_EQ(s7, 1); CHECK_EQ(s9, cause)
#define CHECK_NOTRAP CHECK_EQ(s7, 0)
/* Fail the case if reg == val. */
#define CHECK_NE(reg, val) li t6, val; beq reg, t6, __test_fail

.macro ENTER mode
  li t0, MSTATUS_MPP; csrc mstatus, t0
  li t0, (\mode) << 11; csrs mstatus, t0
  la t0, .Lenter\@; csrw mepc, t0
  mret
.Lenter\@:
.endm

.macro LEAVE
  la a6, .Lleave\@; li a7, TRAP_MAGIC; ecall
.Lleave\@:
.endm

#define PRIV_BEGIN                                                             \
  TEST_BEGIN;                                                                  \
  j __priv_start;                                                              \
  .align 2; __m_trap:                                                          \
  li t6, TRAP_MAGIC; bne a7, t6, 1f; li a7, 0; jr a6;                          \
  1: csrr s9, mcause; csrr s10, mtval; csrr s11, mepc; csrr s8, mstatus;       \
  li s6, 3; addi s7, s7, 1;                                                    \
  bgez s9, 2f;                                                                 \
  li t5, 1; sll t5, t5, s9; csrc mie, t5; mret;                                \
  2: beqz s9, 4f; li t6, 1; beq s9, t6, 4f; li t6, 12; beq s9, t6, 4f;         \
  lhu t6, 0(s11); andi t6, t6, 3; addi t6, t6, -3;                             \
  addi t5, s11, 2; bnez t6, 3f; addi t5, t5, 2; 3: csrw mepc, t5; mret;        \
  4: csrw mepc, ra; mret;                                                      \
  .align 2; __s_trap:                                                          \
  li t6, TRAP_MAGIC; bne a7, t6, 1f; li a7, 0; jr a6;                          \
  1: csrr s9, scause; csrr s10, stval; csrr s11, sepc; csrr s8, sstatus;       \
  li s6, 1; addi s7, s7, 1;                                                    \
  bgez s9, 2f;                                                                 \
  li t5, 1; sll t5, t5, s9; csrc sie, t5; sret;                                \
  2: beqz s9, 4f; li t6, 1; beq s9, t6, 4f; li t6, 12; beq s9, t6, 4f;         \
  lhu t6, 0(s11); andi t6, t6, 3; addi t6, t6, -3;                             \
  addi t5, s11, 2; bnez t6, 3f; addi t5, t5, 2; 3: csrw sepc, t5; sret;        \
  4: csrw sepc, ra; sret;                                                      \
  __priv_start:                                                                \
  la t0, __m_trap; csrw mtvec, t0;                                             \
  la t0, __s_trap; csrw stvec, t0;                                             \
  li t0, -1; csrw pmpaddr0, t0; li t0, 0x1f; csrw pmpcfg0, t0;                 \
  csrw mie, zero; csrw medeleg, zero; csrw mideleg, zero;                      \
  RESET_TRAP

#endif
