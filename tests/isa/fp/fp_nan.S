/* Canonical NaN results, single (0x7fc00000) and double (0x7ff8000000000000): invalid
 * operations produce the canonical NaN, and NaN operands are never propagated (payload and sign are
 * dropped) by add/sub/mul/div/sqrt/fma/fmin/fmax/fcvt between formats; signalling NaN operands set NV,
 * quiet ones set nothing. Also: a single-precision operand that is not NaN-boxed is the canonical NaN.
 * (78 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fadd.s(1, 0x7fc12345) */
  FT2(S, 1, fadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x7fc12345)
  /* 2: fsub.s(1, 0x7fc12345) */
  FT2(S, 2, fsub.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x7fc12345)
  /* 3: fmul.s(1, 0x7fc12345) */
  FT2(S, 3, fmul.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x7fc12345)
  /* 4: fdiv.s(1, 0x7fc12345) */
  FT2(S, 4, fdiv.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x7fc12345)
  /* 5: fsqrt.s(0x7fc12345) */
  FT1(S, 5, fsqrt.s, rne, 0x7fc00000, 0x0, 0x7fc12345)
  /* 6: fmadd.s(1, 1, 0x7fc12345) */
  FT3(S, 6, fmadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x3f800000, 0x7fc12345)
  /* 7: fmax of two NaNs */
  FT2N(S, 7, fmax.s, 0x7fc00000, 0x10, 0x7fc12345, 0xff812345)
  /* 8: fadd.s(1, 0xffc00000) */
  FT2(S, 8, fadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0xffc00000)
  /* 9: fsub.s(1, 0xffc00000) */
  FT2(S, 9, fsub.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0xffc00000)
  /* 10: fmul.s(1, 0xffc00000) */
  FT2(S, 10, fmul.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0xffc00000)
  /* 11: fdiv.s(1, 0xffc00000) */
  FT2(S, 11, fdiv.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0xffc00000)
  /* 12: fsqrt.s(0xffc00000) */
  FT1(S, 12, fsqrt.s, rne, 0x7fc00000, 0x0, 0xffc00000)
  /* 13: fmadd.s(1, 1, 0xffc00000) */
  FT3(S, 13, fmadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x3f800000, 0xffc00000)
  /* 14: fmax of two NaNs */
  FT2N(S, 14, fmax.s, 0x7fc00000, 0x10, 0xffc00000, 0xff812345)
  /* 15: fadd.s(1, 0x7f800001) */
  FT2(S, 15, fadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x7f800001)
  /* 16: fsub.s(1, 0x7f800001) */
  FT2(S, 16, fsub.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x7f800001)
  /* 17: fmul.s(1, 0x7f800001) */
  FT2(S, 17, fmul.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x7f800001)
  /* 18: fdiv.s(1, 0x7f800001) */
  FT2(S, 18, fdiv.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x7f800001)
  /* 19: fsqrt.s(0x7f800001) */
  FT1(S, 19, fsqrt.s, rne, 0x7fc00000, 0x10, 0x7f800001)
  /* 20: fmadd.s(1, 1, 0x7f800001) */
  FT3(S, 20, fmadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x3f800000, 0x7f800001)
  /* 21: fmax of two NaNs */
  FT2N(S, 21, fmax.s, 0x7fc00000, 0x10, 0x7f800001, 0xff812345)
  /* 22: fadd.s(1, 0xff812345) */
  FT2(S, 22, fadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345)
  /* 23: fsub.s(1, 0xff812345) */
  FT2(S, 23, fsub.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345)
  /* 24: fmul.s(1, 0xff812345) */
  FT2(S, 24, fmul.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345)
  /* 25: fdiv.s(1, 0xff812345) */
  FT2(S, 25, fdiv.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345)
  /* 26: fsqrt.s(0xff812345) */
  FT1(S, 26, fsqrt.s, rne, 0x7fc00000, 0x10, 0xff812345)
  /* 27: fmadd.s(1, 1, 0xff812345) */
  FT3(S, 27, fmadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x3f800000, 0xff812345)
  /* 28: fmax of two NaNs */
  FT2N(S, 28, fmax.s, 0x7fc00000, 0x10, 0xff812345, 0x7fc12345)
  /* 29: +inf sub +inf */
  FT2(S, 29, fsub.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0x7f800000)
  /* 30: -inf mul 0 */
  FT2(S, 30, fmul.s, rne, 0x7fc00000, 0x10, 0xff800000, 0x0)
  /* 31: -0 div 0 */
  FT2(S, 31, fdiv.s, rne, 0x7fc00000, 0x10, 0x80000000, 0x0)
  /* 32: +inf div -inf */
  FT2(S, 32, fdiv.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0xff800000)
  /* 33: sqrt(-4) */
  FT1(S, 33, fsqrt.s, rne, 0x7fc00000, 0x10, 0xc0800000)
  /* 34: fcvt.d.s(0x7fc12345) */
  F2FN(S, D, 34, fcvt.d.s, 0x7ff8000000000000, 0x0, 0x7fc12345)
  /* 35: fcvt.d.s(0xffc00000) */
  F2FN(S, D, 35, fcvt.d.s, 0x7ff8000000000000, 0x0, 0xffc00000)
  /* 36: fcvt.d.s(0xff812345) */
  F2FN(S, D, 36, fcvt.d.s, 0x7ff8000000000000, 0x10, 0xff812345)
  /* 37: fadd.d(1, 0x7ff8000000012345) */
  FT2(D, 37, fadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 38: fsub.d(1, 0x7ff8000000012345) */
  FT2(D, 38, fsub.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 39: fmul.d(1, 0x7ff8000000012345) */
  FT2(D, 39, fmul.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 40: fdiv.d(1, 0x7ff8000000012345) */
  FT2(D, 40, fdiv.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 41: fsqrt.d(0x7ff8000000012345) */
  FT1(D, 41, fsqrt.d, rne, 0x7ff8000000000000, 0x0, 0x7ff8000000012345)
  /* 42: fmadd.d(1, 1, 0x7ff8000000012345) */
  FT3(D, 42, fmadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 43: fmax of two NaNs */
  FT2N(D, 43, fmax.d, 0x7ff8000000000000, 0x10, 0x7ff8000000012345, 0xfff0000000012345)
  /* 44: fadd.d(1, 0xfff8000000000000) */
  FT2(D, 44, fadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000000)
  /* 45: fsub.d(1, 0xfff8000000000000) */
  FT2(D, 45, fsub.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000000)
  /* 46: fmul.d(1, 0xfff8000000000000) */
  FT2(D, 46, fmul.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000000)
  /* 47: fdiv.d(1, 0xfff8000000000000) */
  FT2(D, 47, fdiv.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000000)
  /* 48: fsqrt.d(0xfff8000000000000) */
  FT1(D, 48, fsqrt.d, rne, 0x7ff8000000000000, 0x0, 0xfff8000000000000)
  /* 49: fmadd.d(1, 1, 0xfff8000000000000) */
  FT3(D, 49, fmadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xfff8000000000000)
  /* 50: fmax of two NaNs */
  FT2N(D, 50, fmax.d, 0x7ff8000000000000, 0x10, 0xfff8000000000000, 0xfff0000000012345)
  /* 51: fadd.d(1, 0x7ff0000000000001) */
  FT2(D, 51, fadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 52: fsub.d(1, 0x7ff0000000000001) */
  FT2(D, 52, fsub.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 53: fmul.d(1, 0x7ff0000000000001) */
  FT2(D, 53, fmul.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 54: fdiv.d(1, 0x7ff0000000000001) */
  FT2(D, 54, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 55: fsqrt.d(0x7ff0000000000001) */
  FT1(D, 55, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000001)
  /* 56: fmadd.d(1, 1, 0x7ff0000000000001) */
  FT3(D, 56, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 57: fmax of two NaNs */
  FT2N(D, 57, fmax.d, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0xfff0000000012345)
  /* 58: fadd.d(1, 0xfff0000000012345) */
  FT2(D, 58, fadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 59: fsub.d(1, 0xfff0000000012345) */
  FT2(D, 59, fsub.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 60: fmul.d(1, 0xfff0000000012345) */
  FT2(D, 60, fmul.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 61: fdiv.d(1, 0xfff0000000012345) */
  FT2(D, 61, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 62: fsqrt.d(0xfff0000000012345) */
  FT1(D, 62, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0xfff0000000012345)
  /* 63: fmadd.d(1, 1, 0xfff0000000012345) */
  FT3(D, 63, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x3ff0000000000000, 0xfff0000000012345)
  /* 64: fmax of two NaNs */
  FT2N(D, 64, fmax.d, 0x7ff8000000000000, 0x10, 0xfff0000000012345, 0x7ff8000000012345)
  /* 65: +inf sub +inf */
  FT2(D, 65, fsub.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x7ff0000000000000)
  /* 66: -inf mul 0 */
  FT2(D, 66, fmul.d, rne, 0x7ff8000000000000, 0x10, 0xfff0000000000000, 0x0)
  /* 67: -0 div 0 */
  FT2(D, 67, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0x8000000000000000, 0x0)
  /* 68: +inf div -inf */
  FT2(D, 68, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0xfff0000000000000)
  /* 69: sqrt(-4) */
  FT1(D, 69, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0xc010000000000000)
  /* 70: fcvt.s.d(0x7ff8000000012345) */
  F2F(D, S, 70, fcvt.s.d, rne, 0x7fc00000, 0x0, 0x7ff8000000012345)
  /* 71: fcvt.s.d(0xfff8000000000000) */
  F2F(D, S, 71, fcvt.s.d, rne, 0x7fc00000, 0x0, 0xfff8000000000000)
  /* 72: fcvt.s.d(0xfff0000000012345) */
  F2F(D, S, 72, fcvt.s.d, rne, 0x7fc00000, 0x10, 0xfff0000000012345)
  /* 73: fadd.s with an operand whose upper 32 bits are not all ones: canonical NaN, no flag */
  TEST_CASE(73); LDD(fa0, 0x7fffffff3f800000); LDS(fa1, 0x3f800000); CLRFL; fadd.s fa2, fa0, fa1; CHKS(fa2, 0x7fc00000); CHKFL(0)
  /* 74: fmul.s with an operand whose upper 32 bits are not all ones: canonical NaN, no flag */
  TEST_CASE(74); LDD(fa0, 0x7fffffff3f800000); LDS(fa1, 0x3f800000); CLRFL; fmul.s fa2, fa1, fa0; CHKS(fa2, 0x7fc00000); CHKFL(0)
  /* 75: fsqrt.s with an operand whose upper 32 bits are not all ones: canonical NaN, no flag */
  TEST_CASE(75); LDD(fa0, 0x7fffffff3f800000); LDS(fa1, 0x3f800000); CLRFL; fsqrt.s fa2, fa0; CHKS(fa2, 0x7fc00000); CHKFL(0)
  /* 76: fmadd.s (addend) with an operand whose upper 32 bits are not all ones: canonical NaN, no flag */
  TEST_CASE(76); LDD(fa0, 0x7fffffff3f800000); LDS(fa1, 0x3f800000); CLRFL; fmadd.s fa2, fa1, fa1, fa0; CHKS(fa2, 0x7fc00000); CHKFL(0)
  /* 77: fmin.s(non-boxed, 2.0) returns the other operand (the bad one is a quiet NaN) */
  TEST_CASE(77); LDD(fa0, 0x0000000040000000); LDS(fa1, 0xc0000000); CLRFL; fmin.s fa2, fa0, fa1; CHKS(fa2, 0xc0000000); CHKFL(0)
  /* 78: feq.s(non-boxed, same bits boxed) = 0, quiet NaN: no flag; flt.s sets NV */
  TEST_CASE(78); LDD(fa0, 0x0000000040000000); LDS(fa1, 0x40000000); CLRFL; feq.s a2, fa0, fa1; CHECK_EQ(a2, 0); CHKFL(0); flt.s a2, fa1, fa0; CHECK_EQ(a2, 0); CHKFL(0x10)
  csrwi fcsr, 0
TEST_END
