/* Accrued exception flags set exactly as the spec says, single and double precision:
 * NV (inf-inf, 0*inf, 0/0, inf/inf, sqrt of a negative, signalling NaN operand), DZ (finite nonzero / 0,
 * but not 0/0 nor inf/0), OF (always with NX; result inf or the largest finite number depending on
 * rounding mode and sign), UF (tiny AND inexact, tininess detected after rounding: exact subnormal
 * results raise nothing, a result that rounds up to the smallest normal is only NX), NX.
 * (94 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: +inf + -inf (rne) = qNaN, flags NV */
  FT2(S, 1, fadd.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0xff800000)
  /* 2: -inf - -inf (rne) = qNaN, flags NV */
  FT2(S, 2, fsub.s, rne, 0x7fc00000, 0x10, 0xff800000, 0xff800000)
  /* 3: 0 * -inf (rne) = qNaN, flags NV */
  FT2(S, 3, fmul.s, rne, 0x7fc00000, 0x10, 0x0, 0xff800000)
  /* 4: 0 / -0 (rne) = qNaN, flags NV */
  FT2(S, 4, fdiv.s, rne, 0x7fc00000, 0x10, 0x0, 0x80000000)
  /* 5: -inf / +inf (rne) = qNaN, flags NV */
  FT2(S, 5, fdiv.s, rne, 0x7fc00000, 0x10, 0xff800000, 0x7f800000)
  /* 6: sqrt(-1) = qNaN, flags NV */
  FT1(S, 6, fsqrt.s, rne, 0x7fc00000, 0x10, 0xbf800000)
  /* 7: sqrt(-inf) = qNaN, flags NV */
  FT1(S, 7, fsqrt.s, rne, 0x7fc00000, 0x10, 0xff800000)
  /* 8: sqrt(-1.40129846e-45) = qNaN, flags NV */
  FT1(S, 8, fsqrt.s, rne, 0x7fc00000, 0x10, 0x80000001)
  /* 9: sNaN + 1 (rne) = qNaN, flags NV */
  FT2(S, 9, fadd.s, rne, 0x7fc00000, 0x10, 0x7f800001, 0x3f800000)
  /* 10: 1 * -sNaN (rne) = qNaN, flags NV */
  FT2(S, 10, fmul.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345)
  /* 11: sqrt(sNaN) = qNaN, flags NV */
  FT1(S, 11, fsqrt.s, rne, 0x7fc00000, 0x10, 0x7f800001)
  /* 12: qNaN + 1 (rne) = qNaN, flags 0 (quiet NaN: no flag) */
  FT2(S, 12, fadd.s, rne, 0x7fc00000, 0x0, 0x7fc12345, 0x3f800000)
  /* 13: sqrt(-0) = -0, flags 0 */
  FT1(S, 13, fsqrt.s, rne, 0x80000000, 0x0, 0x80000000)
  /* 14: sqrt(+inf) = +inf, flags 0 */
  FT1(S, 14, fsqrt.s, rne, 0x7f800000, 0x0, 0x7f800000)
  /* 15: 1 / 0 (rne) = +inf, flags DZ */
  FT2(S, 15, fdiv.s, rne, 0x7f800000, 0x8, 0x3f800000, 0x0)
  /* 16: -1 / 0 (rne) = -inf, flags DZ */
  FT2(S, 16, fdiv.s, rne, 0xff800000, 0x8, 0xbf800000, 0x0)
  /* 17: 1 / -0 (rne) = -inf, flags DZ */
  FT2(S, 17, fdiv.s, rne, 0xff800000, 0x8, 0x3f800000, 0x80000000)
  /* 18: 1.40129846e-45 / -0 (rne) = -inf, flags DZ */
  FT2(S, 18, fdiv.s, rne, 0xff800000, 0x8, 0x1, 0x80000000)
  /* 19: +inf / 0 (rne) = +inf, flags 0 (inf/0: no DZ) */
  FT2(S, 19, fdiv.s, rne, 0x7f800000, 0x0, 0x7f800000, 0x0)
  /* 20: 0 / 1 (rne) = 0, flags 0 */
  FT2(S, 20, fdiv.s, rne, 0x0, 0x0, 0x0, 0x3f800000)
  /* 21: 3.40282347e+38 + 3.40282347e+38 (rne) = +inf, flags OF|NX */
  FT2(S, 21, fadd.s, rne, 0x7f800000, 0x5, 0x7f7fffff, 0x7f7fffff)
  /* 22: -3.40282347e+38 * 2 (rne) = -inf, flags OF|NX */
  FT2(S, 22, fmul.s, rne, 0xff800000, 0x5, 0xff7fffff, 0x40000000)
  /* 23: 3.40282347e+38 + 3.40282347e+38 (rtz) = 3.40282347e+38, flags OF|NX */
  FT2(S, 23, fadd.s, rtz, 0x7f7fffff, 0x5, 0x7f7fffff, 0x7f7fffff)
  /* 24: -3.40282347e+38 * 2 (rtz) = -3.40282347e+38, flags OF|NX */
  FT2(S, 24, fmul.s, rtz, 0xff7fffff, 0x5, 0xff7fffff, 0x40000000)
  /* 25: 3.40282347e+38 + 3.40282347e+38 (rdn) = 3.40282347e+38, flags OF|NX */
  FT2(S, 25, fadd.s, rdn, 0x7f7fffff, 0x5, 0x7f7fffff, 0x7f7fffff)
  /* 26: -3.40282347e+38 * 2 (rdn) = -inf, flags OF|NX */
  FT2(S, 26, fmul.s, rdn, 0xff800000, 0x5, 0xff7fffff, 0x40000000)
  /* 27: 3.40282347e+38 + 3.40282347e+38 (rup) = +inf, flags OF|NX */
  FT2(S, 27, fadd.s, rup, 0x7f800000, 0x5, 0x7f7fffff, 0x7f7fffff)
  /* 28: -3.40282347e+38 * 2 (rup) = -3.40282347e+38, flags OF|NX */
  FT2(S, 28, fmul.s, rup, 0xff7fffff, 0x5, 0xff7fffff, 0x40000000)
  /* 29: 3.40282347e+38 + 3.40282347e+38 (rmm) = +inf, flags OF|NX */
  FT2(S, 29, fadd.s, rmm, 0x7f800000, 0x5, 0x7f7fffff, 0x7f7fffff)
  /* 30: -3.40282347e+38 * 2 (rmm) = -inf, flags OF|NX */
  FT2(S, 30, fmul.s, rmm, 0xff800000, 0x5, 0xff7fffff, 0x40000000)
  /* 31: 3.40282347e+38 / 0.5 (rne) = +inf, flags OF|NX */
  FT2(S, 31, fdiv.s, rne, 0x7f800000, 0x5, 0x7f7fffff, 0x3f000000)
  /* 32: 3.40282347e+38 / 1.40129846e-45 (rtz) = 3.40282347e+38, flags OF|NX */
  FT2(S, 32, fdiv.s, rtz, 0x7f7fffff, 0x5, 0x7f7fffff, 0x1)
  /* 33: 1.17549435e-38 * 0.5 (rne) = 5.87747175e-39, flags 0 (exact subnormal: no UF) */
  FT2(S, 33, fmul.s, rne, 0x400000, 0x0, 0x800000, 0x3f000000)
  /* 34: 1.17549435e-38 - 1.40129846e-45 (rne) = 1.17549421e-38, flags 0 (exact subnormal: no UF) */
  FT2(S, 34, fsub.s, rne, 0x7fffff, 0x0, 0x800000, 0x1)
  /* 35: 1.40129846e-45 * 0.5 (rne) = 0, flags UF|NX */
  FT2(S, 35, fmul.s, rne, 0x0, 0x3, 0x1, 0x3f000000)
  /* 36: 1.40129846e-45 * 0.5 (rtz) = 0, flags UF|NX */
  FT2(S, 36, fmul.s, rtz, 0x0, 0x3, 0x1, 0x3f000000)
  /* 37: 1.40129846e-45 * 0.5 (rdn) = 0, flags UF|NX */
  FT2(S, 37, fmul.s, rdn, 0x0, 0x3, 0x1, 0x3f000000)
  /* 38: 1.40129846e-45 * 0.5 (rup) = 1.40129846e-45, flags UF|NX */
  FT2(S, 38, fmul.s, rup, 0x1, 0x3, 0x1, 0x3f000000)
  /* 39: 1.40129846e-45 * 0.5 (rmm) = 1.40129846e-45, flags UF|NX */
  FT2(S, 39, fmul.s, rmm, 0x1, 0x3, 0x1, 0x3f000000)
  /* 40: 1.17549435e-38 / 3 (rne) = 3.91831497e-39, flags UF|NX */
  FT2(S, 40, fdiv.s, rne, 0x2aaaab, 0x3, 0x800000, 0x40400000)
  /* 41: -1.40129846e-45 * 9.31322575e-10 (rdn) = -1.40129846e-45, flags UF|NX */
  FT2(S, 41, fmul.s, rdn, 0x80000001, 0x3, 0x80000001, 0x30800000)
  /* 42: 0.999999881 * 1.17549449e-38 (rne) = 1.17549435e-38, flags NX (tiny before rounding but not after: no UF) */
  FT2(S, 42, fmul.s, rne, 0x800000, 0x1, 0x3f7ffffe, 0x800001)
  /* 43: 0.999999881 * 1.17549449e-38 (rtz) = 1.17549421e-38, flags UF|NX (rounds down to a subnormal: UF) */
  FT2(S, 43, fmul.s, rtz, 0x7fffff, 0x3, 0x3f7ffffe, 0x800001)
  /* 44: 1 / 3 (rne) = 0.333333343, flags NX */
  FT2(S, 44, fdiv.s, rne, 0x3eaaaaab, 0x1, 0x3f800000, 0x40400000)
  /* 45: 16777216 + 1 (rne) = 16777216, flags NX */
  FT2(S, 45, fadd.s, rne, 0x4b800000, 0x1, 0x4b800000, 0x3f800000)
  /* 46: 16777216 + 2 (rne) = 16777218, flags 0 (exact) */
  FT2(S, 46, fadd.s, rne, 0x4b800001, 0x0, 0x4b800000, 0x40000000)
  /* 47: sqrt(2) = 1.41421354, flags NX */
  FT1(S, 47, fsqrt.s, rne, 0x3fb504f3, 0x1, 0x40000000)
  /* 48: +inf + -inf (rne) = qNaN, flags NV */
  FT2(D, 48, fadd.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0xfff0000000000000)
  /* 49: -inf - -inf (rne) = qNaN, flags NV */
  FT2(D, 49, fsub.d, rne, 0x7ff8000000000000, 0x10, 0xfff0000000000000, 0xfff0000000000000)
  /* 50: 0 * -inf (rne) = qNaN, flags NV */
  FT2(D, 50, fmul.d, rne, 0x7ff8000000000000, 0x10, 0x0, 0xfff0000000000000)
  /* 51: 0 / -0 (rne) = qNaN, flags NV */
  FT2(D, 51, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0x0, 0x8000000000000000)
  /* 52: -inf / +inf (rne) = qNaN, flags NV */
  FT2(D, 52, fdiv.d, rne, 0x7ff8000000000000, 0x10, 0xfff0000000000000, 0x7ff0000000000000)
  /* 53: sqrt(-1) = qNaN, flags NV */
  FT1(D, 53, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0xbff0000000000000)
  /* 54: sqrt(-inf) = qNaN, flags NV */
  FT1(D, 54, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0xfff0000000000000)
  /* 55: sqrt(-4.9406564584124654e-324) = qNaN, flags NV */
  FT1(D, 55, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0x8000000000000001)
  /* 56: sNaN + 1 (rne) = qNaN, flags NV */
  FT2(D, 56, fadd.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x3ff0000000000000)
  /* 57: 1 * -sNaN (rne) = qNaN, flags NV */
  FT2(D, 57, fmul.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 58: sqrt(sNaN) = qNaN, flags NV */
  FT1(D, 58, fsqrt.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000001)
  /* 59: qNaN + 1 (rne) = qNaN, flags 0 (quiet NaN: no flag) */
  FT2(D, 59, fadd.d, rne, 0x7ff8000000000000, 0x0, 0x7ff8000000012345, 0x3ff0000000000000)
  /* 60: sqrt(-0) = -0, flags 0 */
  FT1(D, 60, fsqrt.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000)
  /* 61: sqrt(+inf) = +inf, flags 0 */
  FT1(D, 61, fsqrt.d, rne, 0x7ff0000000000000, 0x0, 0x7ff0000000000000)
  /* 62: 1 / 0 (rne) = +inf, flags DZ */
  FT2(D, 62, fdiv.d, rne, 0x7ff0000000000000, 0x8, 0x3ff0000000000000, 0x0)
  /* 63: -1 / 0 (rne) = -inf, flags DZ */
  FT2(D, 63, fdiv.d, rne, 0xfff0000000000000, 0x8, 0xbff0000000000000, 0x0)
  /* 64: 1 / -0 (rne) = -inf, flags DZ */
  FT2(D, 64, fdiv.d, rne, 0xfff0000000000000, 0x8, 0x3ff0000000000000, 0x8000000000000000)
  /* 65: 4.9406564584124654e-324 / -0 (rne) = -inf, flags DZ */
  FT2(D, 65, fdiv.d, rne, 0xfff0000000000000, 0x8, 0x1, 0x8000000000000000)
  /* 66: +inf / 0 (rne) = +inf, flags 0 (inf/0: no DZ) */
  FT2(D, 66, fdiv.d, rne, 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x0)
  /* 67: 0 / 1 (rne) = 0, flags 0 */
  FT2(D, 67, fdiv.d, rne, 0x0, 0x0, 0x0, 0x3ff0000000000000)
  /* 68: 1.7976931348623157e+308 + 1.7976931348623157e+308 (rne) = +inf, flags OF|NX */
  FT2(D, 68, fadd.d, rne, 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff)
  /* 69: -1.7976931348623157e+308 * 2 (rne) = -inf, flags OF|NX */
  FT2(D, 69, fmul.d, rne, 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000)
  /* 70: 1.7976931348623157e+308 + 1.7976931348623157e+308 (rtz) = 1.7976931348623157e+308, flags OF|NX */
  FT2(D, 70, fadd.d, rtz, 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff)
  /* 71: -1.7976931348623157e+308 * 2 (rtz) = -1.7976931348623157e+308, flags OF|NX */
  FT2(D, 71, fmul.d, rtz, 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000)
  /* 72: 1.7976931348623157e+308 + 1.7976931348623157e+308 (rdn) = 1.7976931348623157e+308, flags OF|NX */
  FT2(D, 72, fadd.d, rdn, 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff)
  /* 73: -1.7976931348623157e+308 * 2 (rdn) = -inf, flags OF|NX */
  FT2(D, 73, fmul.d, rdn, 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000)
  /* 74: 1.7976931348623157e+308 + 1.7976931348623157e+308 (rup) = +inf, flags OF|NX */
  FT2(D, 74, fadd.d, rup, 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff)
  /* 75: -1.7976931348623157e+308 * 2 (rup) = -1.7976931348623157e+308, flags OF|NX */
  FT2(D, 75, fmul.d, rup, 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000)
  /* 76: 1.7976931348623157e+308 + 1.7976931348623157e+308 (rmm) = +inf, flags OF|NX */
  FT2(D, 76, fadd.d, rmm, 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff)
  /* 77: -1.7976931348623157e+308 * 2 (rmm) = -inf, flags OF|NX */
  FT2(D, 77, fmul.d, rmm, 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000)
  /* 78: 1.7976931348623157e+308 / 0.5 (rne) = +inf, flags OF|NX */
  FT2(D, 78, fdiv.d, rne, 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x3fe0000000000000)
  /* 79: 1.7976931348623157e+308 / 4.9406564584124654e-324 (rtz) = 1.7976931348623157e+308, flags OF|NX */
  FT2(D, 79, fdiv.d, rtz, 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x1)
  /* 80: 2.2250738585072014e-308 * 0.5 (rne) = 1.1125369292536007e-308, flags 0 (exact subnormal: no UF) */
  FT2(D, 80, fmul.d, rne, 0x8000000000000, 0x0, 0x10000000000000, 0x3fe0000000000000)
  /* 81: 2.2250738585072014e-308 - 4.9406564584124654e-324 (rne) = 2.2250738585072009e-308, flags 0 (exact subnormal: no UF) */
  FT2(D, 81, fsub.d, rne, 0xfffffffffffff, 0x0, 0x10000000000000, 0x1)
  /* 82: 4.9406564584124654e-324 * 0.5 (rne) = 0, flags UF|NX */
  FT2(D, 82, fmul.d, rne, 0x0, 0x3, 0x1, 0x3fe0000000000000)
  /* 83: 4.9406564584124654e-324 * 0.5 (rtz) = 0, flags UF|NX */
  FT2(D, 83, fmul.d, rtz, 0x0, 0x3, 0x1, 0x3fe0000000000000)
  /* 84: 4.9406564584124654e-324 * 0.5 (rdn) = 0, flags UF|NX */
  FT2(D, 84, fmul.d, rdn, 0x0, 0x3, 0x1, 0x3fe0000000000000)
  /* 85: 4.9406564584124654e-324 * 0.5 (rup) = 4.9406564584124654e-324, flags UF|NX */
  FT2(D, 85, fmul.d, rup, 0x1, 0x3, 0x1, 0x3fe0000000000000)
  /* 86: 4.9406564584124654e-324 * 0.5 (rmm) = 4.9406564584124654e-324, flags UF|NX */
  FT2(D, 86, fmul.d, rmm, 0x1, 0x3, 0x1, 0x3fe0000000000000)
  /* 87: 2.2250738585072014e-308 / 3 (rne) = 7.4169128616906696e-309, flags UF|NX */
  FT2(D, 87, fdiv.d, rne, 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000)
  /* 88: -4.9406564584124654e-324 * 9.3132257461547852e-10 (rdn) = -4.9406564584124654e-324, flags UF|NX */
  FT2(D, 88, fmul.d, rdn, 0x8000000000000001, 0x3, 0x8000000000000001, 0x3e10000000000000)
  /* 89: 0.99999999999999978 * 2.2250738585072019e-308 (rne) = 2.2250738585072014e-308, flags NX (tiny before rounding but not after: no UF) */
  FT2(D, 89, fmul.d, rne, 0x10000000000000, 0x1, 0x3feffffffffffffe, 0x10000000000001)
  /* 90: 0.99999999999999978 * 2.2250738585072019e-308 (rtz) = 2.2250738585072009e-308, flags UF|NX (rounds down to a subnormal: UF) */
  FT2(D, 90, fmul.d, rtz, 0xfffffffffffff, 0x3, 0x3feffffffffffffe, 0x10000000000001)
  /* 91: 1 / 3 (rne) = 0.33333333333333331, flags NX */
  FT2(D, 91, fdiv.d, rne, 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000)
  /* 92: 9007199254740992 + 1 (rne) = 9007199254740992, flags NX */
  FT2(D, 92, fadd.d, rne, 0x4340000000000000, 0x1, 0x4340000000000000, 0x3ff0000000000000)
  /* 93: 9007199254740992 + 2 (rne) = 9007199254740994, flags 0 (exact) */
  FT2(D, 93, fadd.d, rne, 0x4340000000000001, 0x0, 0x4340000000000000, 0x4000000000000000)
  /* 94: sqrt(2) = 1.4142135623730951, flags NX */
  FT1(D, 94, fsqrt.d, rne, 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000)
  csrwi fcsr, 0
TEST_END
