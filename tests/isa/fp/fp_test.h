/* Helpers shared by the floating-point ISA tests in tests/isa/fp (on top of common/test.h).
 * p is S (single) or D (double). Operands go through integer registers and fmv, results
 * are read back with fmv.x.d so a single-precision result is also checked for NaN-boxing
 * (upper 32 bits all ones). Every case clears fflags first and checks them exactly after.
 * t0, a0-a3 and fa0-fa3 are scratch. */
#ifndef RVISOR_ISA_FP_TEST_H
#define RVISOR_ISA_FP_TEST_H
#include "test.h"

/* mstatus.FS = Initial (FP instructions legal), fcsr = 0 (rne, no flags). */
#define FP_ON li t0, 0x2000; csrs mstatus, t0; csrwi fcsr, 0

#define LDS(fr, v) li t0, v; fmv.w.x fr, t0
#define LDD(fr, v) li t0, v; fmv.d.x fr, t0
#define CHKS(fr, v) fmv.x.d t0, fr; CHECK_EQ(t0, 0xffffffff00000000 | (v))
#define CHKD(fr, v) fmv.x.d t0, fr; CHECK_EQ(t0, v)
#define CLRFL csrwi fflags, 0
#define CHKFL(v) csrr t0, fflags; CHECK_EQ(t0, v)

/* fd = op(fs1, fs2) with static or dyn rounding mode rm */
#define FT2(p, n, op, rm, r, fl, a, b) TEST_CASE(n); LD##p(fa0, a); LD##p(fa1, b); CLRFL; \
  op fa2, fa0, fa1, rm; CHK##p(fa2, r); CHKFL(fl)
/* same, for instructions without a rounding-mode field (fmin/fmax/fsgnj*) */
#define FT2N(p, n, op, r, fl, a, b) TEST_CASE(n); LD##p(fa0, a); LD##p(fa1, b); CLRFL; \
  op fa2, fa0, fa1; CHK##p(fa2, r); CHKFL(fl)
#define FT1(p, n, op, rm, r, fl, a) TEST_CASE(n); LD##p(fa0, a); CLRFL; \
  op fa2, fa0, rm; CHK##p(fa2, r); CHKFL(fl)
#define FT3(p, n, op, rm, r, fl, a, b, c) TEST_CASE(n); LD##p(fa0, a); LD##p(fa1, b); \
  LD##p(fa3, c); CLRFL; op fa2, fa0, fa1, fa3, rm; CHK##p(fa2, r); CHKFL(fl)
/* integer result: compare (feq/flt/fle) */
#define FCMP(p, n, op, r, fl, a, b) TEST_CASE(n); LD##p(fa0, a); LD##p(fa1, b); CLRFL; \
  op a2, fa0, fa1; CHECK_EQ(a2, r); CHKFL(fl)
#define FCLS(p, n, op, r, a) TEST_CASE(n); LD##p(fa0, a); CLRFL; op a2, fa0; \
  CHECK_EQ(a2, r); CHKFL(0)
/* float -> integer conversion */
#define F2I(p, n, op, rm, r, fl, a) TEST_CASE(n); LD##p(fa0, a); CLRFL; op a2, fa0, rm; \
  CHECK_EQ(a2, r); CHKFL(fl)
/* integer -> float conversion (result precision p) */
#define I2F(p, n, op, rm, r, fl, x) TEST_CASE(n); li a0, x; CLRFL; op fa2, a0, rm; \
  CHK##p(fa2, r); CHKFL(fl)
/* float -> float conversion: source loaded with LD##ps, result checked with CHK##pr */
#define F2F(ps, pr, n, op, rm, r, fl, a) TEST_CASE(n); LD##ps(fa0, a); CLRFL; \
  op fa2, fa0, rm; CHK##pr(fa2, r); CHKFL(fl)

/* the same for exact conversions that binutils encodes without a rounding-mode operand */
#define I2FN(p, n, op, r, fl, x) TEST_CASE(n); li a0, x; CLRFL; op fa2, a0; \
  CHK##p(fa2, r); CHKFL(fl)
#define F2FN(ps, pr, n, op, r, fl, a) TEST_CASE(n); LD##ps(fa0, a); CLRFL; \
  op fa2, fa0; CHK##pr(fa2, r); CHKFL(fl)

/* Trap recording for tests that expect illegal-instruction traps. FP_TRAP_HANDLER places a handler
 * (label fp_trap; place it after TEST_END so it is reached only through mtvec) that stores mcause in s2,
 * mepc in s3, counts traps in s4 and resumes after the trapping instruction (2 or 4 bytes).
 * EXPECT_ILL(n, insn) runs the single instruction insn and checks it raised exactly one illegal-instruction trap
 * (mcause 2) with mepc pointing at it. mtvec must point at fp_trap (FP_TRAPS_ON). */
#define FP_TRAP_HANDLER                                                        \
  .align 2; fp_trap:                                                           \
  csrr s2, mcause; csrr s3, mepc; addi s4, s4, 1;                              \
  lhu t6, 0(s3); andi t6, t6, 3; xori t6, t6, 3;                               \
  beqz t6, 1f; addi t6, s3, 2; j 2f;                                           \
  1: addi t6, s3, 4;                                                           \
  2: csrw mepc, t6; mret
#define FP_TRAPS_ON la t0, fp_trap; csrw mtvec, t0
#define FP_TRAPS_OFF la t0, __unexpected_trap; csrw mtvec, t0
#define EXPECT_ILL(n, ...) TEST_CASE(n); li s4, 0; li s2, -1; la s5, 9f;      \
  9: __VA_ARGS__; CHECK_EQ(s4, 1); CHECK_EQ(s2, 2); CHECK_REG(s3, s5)

#endif
