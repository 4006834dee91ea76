/* fmin.s/fmax.s/fmin.d/fmax.d (IEEE 754-2019 minimumNumber/maximumNumber as the current spec
 * requires): ordinary values, infinities, -0 < +0 in both operand orders, one NaN operand returns the
 * other operand, both NaN returns the canonical NaN, a signalling NaN sets NV (even when the other
 * operand is returned), quiet NaNs set no flag, subnormals.
 * (68 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fmin.s(1, 2) = 1, flags 0 */
  FT2N(S, 1, fmin.s, 0x3f800000, 0x0, 0x3f800000, 0x40000000)
  /* 2: fmax.s(1, 2) = 2, flags 0 */
  FT2N(S, 2, fmax.s, 0x40000000, 0x0, 0x3f800000, 0x40000000)
  /* 3: fmin.s(-1.5, 0.5) = -1.5, flags 0 */
  FT2N(S, 3, fmin.s, 0xbfc00000, 0x0, 0xbfc00000, 0x3f000000)
  /* 4: fmax.s(-1.5, 0.5) = 0.5, flags 0 */
  FT2N(S, 4, fmax.s, 0x3f000000, 0x0, 0xbfc00000, 0x3f000000)
  /* 5: fmin.s(-3, -2) = -3, flags 0 */
  FT2N(S, 5, fmin.s, 0xc0400000, 0x0, 0xc0400000, 0xc0000000)
  /* 6: fmax.s(-3, -2) = -2, flags 0 */
  FT2N(S, 6, fmax.s, 0xc0000000, 0x0, 0xc0400000, 0xc0000000)
  /* 7: fmin.s(-0, 0) = -0, flags 0 */
  FT2N(S, 7, fmin.s, 0x80000000, 0x0, 0x80000000, 0x0)
  /* 8: fmax.s(-0, 0) = 0, flags 0 */
  FT2N(S, 8, fmax.s, 0x0, 0x0, 0x80000000, 0x0)
  /* 9: fmin.s(0, -0) = -0, flags 0 */
  FT2N(S, 9, fmin.s, 0x80000000, 0x0, 0x0, 0x80000000)
  /* 10: fmax.s(0, -0) = 0, flags 0 */
  FT2N(S, 10, fmax.s, 0x0, 0x0, 0x0, 0x80000000)
  /* 11: fmin.s(-inf, 3.40282347e+38) = -inf, flags 0 */
  FT2N(S, 11, fmin.s, 0xff800000, 0x0, 0xff800000, 0x7f7fffff)
  /* 12: fmax.s(-inf, 3.40282347e+38) = 3.40282347e+38, flags 0 */
  FT2N(S, 12, fmax.s, 0x7f7fffff, 0x0, 0xff800000, 0x7f7fffff)
  /* 13: fmin.s(+inf, -3.40282347e+38) = -3.40282347e+38, flags 0 */
  FT2N(S, 13, fmin.s, 0xff7fffff, 0x0, 0x7f800000, 0xff7fffff)
  /* 14: fmax.s(+inf, -3.40282347e+38) = +inf, flags 0 */
  FT2N(S, 14, fmax.s, 0x7f800000, 0x0, 0x7f800000, 0xff7fffff)
  /* 15: fmin.s(1.40129846e-45, -1.40129846e-45) = -1.40129846e-45, flags 0 */
  FT2N(S, 15, fmin.s, 0x80000001, 0x0, 0x1, 0x80000001)
  /* 16: fmax.s(1.40129846e-45, -1.40129846e-45) = 1.40129846e-45, flags 0 */
  FT2N(S, 16, fmax.s, 0x1, 0x0, 0x1, 0x80000001)
  /* 17: fmin.s(1.40129846e-45, 1.17549421e-38) = 1.40129846e-45, flags 0 */
  FT2N(S, 17, fmin.s, 0x1, 0x0, 0x1, 0x7fffff)
  /* 18: fmax.s(1.40129846e-45, 1.17549421e-38) = 1.17549421e-38, flags 0 */
  FT2N(S, 18, fmax.s, 0x7fffff, 0x0, 0x1, 0x7fffff)
  /* 19: fmin.s(qNaN, 3) = 3, flags 0 */
  FT2N(S, 19, fmin.s, 0x40400000, 0x0, 0x7fc12345, 0x40400000)
  /* 20: fmax.s(qNaN, 3) = 3, flags 0 */
  FT2N(S, 20, fmax.s, 0x40400000, 0x0, 0x7fc12345, 0x40400000)
  /* 21: fmin.s(-3, -qNaN) = -3, flags 0 */
  FT2N(S, 21, fmin.s, 0xc0400000, 0x0, 0xc0400000, 0xffc00000)
  /* 22: fmax.s(-3, -qNaN) = -3, flags 0 */
  FT2N(S, 22, fmax.s, 0xc0400000, 0x0, 0xc0400000, 0xffc00000)
  /* 23: fmin.s(sNaN, 3) = 3, flags NV */
  FT2N(S, 23, fmin.s, 0x40400000, 0x10, 0x7f800001, 0x40400000)
  /* 24: fmax.s(sNaN, 3) = 3, flags NV */
  FT2N(S, 24, fmax.s, 0x40400000, 0x10, 0x7f800001, 0x40400000)
  /* 25: fmin.s(-3, -sNaN) = -3, flags NV */
  FT2N(S, 25, fmin.s, 0xc0400000, 0x10, 0xc0400000, 0xff812345)
  /* 26: fmax.s(-3, -sNaN) = -3, flags NV */
  FT2N(S, 26, fmax.s, 0xc0400000, 0x10, 0xc0400000, 0xff812345)
  /* 27: fmin.s(qNaN, -qNaN) = qNaN, flags 0 */
  FT2N(S, 27, fmin.s, 0x7fc00000, 0x0, 0x7fc12345, 0xffc00000)
  /* 28: fmax.s(qNaN, -qNaN) = qNaN, flags 0 */
  FT2N(S, 28, fmax.s, 0x7fc00000, 0x0, 0x7fc12345, 0xffc00000)
  /* 29: fmin.s(sNaN, qNaN) = qNaN, flags NV */
  FT2N(S, 29, fmin.s, 0x7fc00000, 0x10, 0x7f800001, 0x7fc12345)
  /* 30: fmax.s(sNaN, qNaN) = qNaN, flags NV */
  FT2N(S, 30, fmax.s, 0x7fc00000, 0x10, 0x7f800001, 0x7fc12345)
  /* 31: fmin.s(sNaN, -sNaN) = qNaN, flags NV */
  FT2N(S, 31, fmin.s, 0x7fc00000, 0x10, 0x7f800001, 0xff812345)
  /* 32: fmax.s(sNaN, -sNaN) = qNaN, flags NV */
  FT2N(S, 32, fmax.s, 0x7fc00000, 0x10, 0x7f800001, 0xff812345)
  /* 33: fmin.s(qNaN, -inf) = -inf, flags 0 */
  FT2N(S, 33, fmin.s, 0xff800000, 0x0, 0x7fc00000, 0xff800000)
  /* 34: fmax.s(qNaN, -inf) = -inf, flags 0 */
  FT2N(S, 34, fmax.s, 0xff800000, 0x0, 0x7fc00000, 0xff800000)
  /* 35: fmin.d(1, 2) = 1, flags 0 */
  FT2N(D, 35, fmin.d, 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0x4000000000000000)
  /* 36: fmax.d(1, 2) = 2, flags 0 */
  FT2N(D, 36, fmax.d, 0x4000000000000000, 0x0, 0x3ff0000000000000, 0x4000000000000000)
  /* 37: fmin.d(-1.5, 0.5) = -1.5, flags 0 */
  FT2N(D, 37, fmin.d, 0xbff8000000000000, 0x0, 0xbff8000000000000, 0x3fe0000000000000)
  /* 38: fmax.d(-1.5, 0.5) = 0.5, flags 0 */
  FT2N(D, 38, fmax.d, 0x3fe0000000000000, 0x0, 0xbff8000000000000, 0x3fe0000000000000)
  /* 39: fmin.d(-3, -2) = -3, flags 0 */
  FT2N(D, 39, fmin.d, 0xc008000000000000, 0x0, 0xc008000000000000, 0xc000000000000000)
  /* 40: fmax.d(-3, -2) = -2, flags 0 */
  FT2N(D, 40, fmax.d, 0xc000000000000000, 0x0, 0xc008000000000000, 0xc000000000000000)
  /* 41: fmin.d(-0, 0) = -0, flags 0 */
  FT2N(D, 41, fmin.d, 0x8000000000000000, 0x0, 0x8000000000000000, 0x0)
  /* 42: fmax.d(-0, 0) = 0, flags 0 */
  FT2N(D, 42, fmax.d, 0x0, 0x0, 0x8000000000000000, 0x0)
  /* 43: fmin.d(0, -0) = -0, flags 0 */
  FT2N(D, 43, fmin.d, 0x8000000000000000, 0x0, 0x0, 0x8000000000000000)
  /* 44: fmax.d(0, -0) = 0, flags 0 */
  FT2N(D, 44, fmax.d, 0x0, 0x0, 0x0, 0x8000000000000000)
  /* 45: fmin.d(-inf, 1.7976931348623157e+308) = -inf, flags 0 */
  FT2N(D, 45, fmin.d, 0xfff0000000000000, 0x0, 0xfff0000000000000, 0x7fefffffffffffff)
  /* 46: fmax.d(-inf, 1.7976931348623157e+308) = 1.7976931348623157e+308, flags 0 */
  FT2N(D, 46, fmax.d, 0x7fefffffffffffff, 0x0, 0xfff0000000000000, 0x7fefffffffffffff)
  /* 47: fmin.d(+inf, -1.7976931348623157e+308) = -1.7976931348623157e+308, flags 0 */
  FT2N(D, 47, fmin.d, 0xffefffffffffffff, 0x0, 0x7ff0000000000000, 0xffefffffffffffff)
  /* 48: fmax.d(+inf, -1.7976931348623157e+308) = +inf, flags 0 */
  FT2N(D, 48, fmax.d, 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0xffefffffffffffff)
  /* 49: fmin.d(4.9406564584124654e-324, -4.9406564584124654e-324) = -4.9406564584124654e-324, flags 0 */
  FT2N(D, 49, fmin.d, 0x8000000000000001, 0x0, 0x1, 0x8000000000000001)
  /* 50: fmax.d(4.9406564584124654e-324, -4.9406564584124654e-324) = 4.9406564584124654e-324, flags 0 */
  FT2N(D, 50, fmax.d, 0x1, 0x0, 0x1, 0x8000000000000001)
  /* 51: fmin.d(4.9406564584124654e-324, 2.2250738585072009e-308) = 4.9406564584124654e-324, flags 0 */
  FT2N(D, 51, fmin.d, 0x1, 0x0, 0x1, 0xfffffffffffff)
  /* 52: fmax.d(4.9406564584124654e-324, 2.2250738585072009e-308) = 2.2250738585072009e-308, flags 0 */
  FT2N(D, 52, fmax.d, 0xfffffffffffff, 0x0, 0x1, 0xfffffffffffff)
  /* 53: fmin.d(qNaN, 3) = 3, flags 0 */
  FT2N(D, 53, fmin.d, 0x4008000000000000, 0x0, 0x7ff8000000012345, 0x4008000000000000)
  /* 54: fmax.d(qNaN, 3) = 3, flags 0 */
  FT2N(D, 54, fmax.d, 0x4008000000000000, 0x0, 0x7ff8000000012345, 0x4008000000000000)
  /* 55: fmin.d(-3, -qNaN) = -3, flags 0 */
  FT2N(D, 55, fmin.d, 0xc008000000000000, 0x0, 0xc008000000000000, 0xfff8000000000000)
  /* 56: fmax.d(-3, -qNaN) = -3, flags 0 */
  FT2N(D, 56, fmax.d, 0xc008000000000000, 0x0, 0xc008000000000000, 0xfff8000000000000)
  /* 57: fmin.d(sNaN, 3) = 3, flags NV */
  FT2N(D, 57, fmin.d, 0x4008000000000000, 0x10, 0x7ff0000000000001, 0x4008000000000000)
  /* 58: fmax.d(sNaN, 3) = 3, flags NV */
  FT2N(D, 58, fmax.d, 0x4008000000000000, 0x10, 0x7ff0000000000001, 0x4008000000000000)
  /* 59: fmin.d(-3, -sNaN) = -3, flags NV */
  FT2N(D, 59, fmin.d, 0xc008000000000000, 0x10, 0xc008000000000000, 0xfff0000000012345)
  /* 60: fmax.d(-3, -sNaN) = -3, flags NV */
  FT2N(D, 60, fmax.d, 0xc008000000000000, 0x10, 0xc008000000000000, 0xfff0000000012345)
  /* 61: fmin.d(qNaN, -qNaN) = qNaN, flags 0 */
  FT2N(D, 61, fmin.d, 0x7ff8000000000000, 0x0, 0x7ff8000000012345, 0xfff8000000000000)
  /* 62: fmax.d(qNaN, -qNaN) = qNaN, flags 0 */
  FT2N(D, 62, fmax.d, 0x7ff8000000000000, 0x0, 0x7ff8000000012345, 0xfff8000000000000)
  /* 63: fmin.d(sNaN, qNaN) = qNaN, flags NV */
  FT2N(D, 63, fmin.d, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x7ff8000000012345)
  /* 64: fmax.d(sNaN, qNaN) = qNaN, flags NV */
  FT2N(D, 64, fmax.d, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x7ff8000000012345)
  /* 65: fmin.d(sNaN, -sNaN) = qNaN, flags NV */
  FT2N(D, 65, fmin.d, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0xfff0000000012345)
  /* 66: fmax.d(sNaN, -sNaN) = qNaN, flags NV */
  FT2N(D, 66, fmax.d, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0xfff0000000012345)
  /* 67: fmin.d(qNaN, -inf) = -inf, flags 0 */
  FT2N(D, 67, fmin.d, 0xfff0000000000000, 0x0, 0x7ff8000000000000, 0xfff0000000000000)
  /* 68: fmax.d(qNaN, -inf) = -inf, flags 0 */
  FT2N(D, 68, fmax.d, 0xfff0000000000000, 0x0, 0x7ff8000000000000, 0xfff0000000000000)
  csrwi fcsr, 0
TEST_END
