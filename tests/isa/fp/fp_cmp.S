/* feq/flt/fle in single and double precision: ordered results, -0 == +0, infinities,
 * subnormals; with a NaN operand the result is 0, and flt/fle (signalling comparisons) set NV for
 * any NaN, while feq (quiet comparison) sets NV only for a signalling NaN.
 * (78 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: feq.s 1 2 = 0, flags 0 */
  FCMP(S, 1, feq.s, 0x0, 0x0, 0x3f800000, 0x40000000)
  /* 2: flt.s 1 2 = 1, flags 0 */
  FCMP(S, 2, flt.s, 0x1, 0x0, 0x3f800000, 0x40000000)
  /* 3: fle.s 1 2 = 1, flags 0 */
  FCMP(S, 3, fle.s, 0x1, 0x0, 0x3f800000, 0x40000000)
  /* 4: feq.s 2 1 = 0, flags 0 */
  FCMP(S, 4, feq.s, 0x0, 0x0, 0x40000000, 0x3f800000)
  /* 5: flt.s 2 1 = 0, flags 0 */
  FCMP(S, 5, flt.s, 0x0, 0x0, 0x40000000, 0x3f800000)
  /* 6: fle.s 2 1 = 0, flags 0 */
  FCMP(S, 6, fle.s, 0x0, 0x0, 0x40000000, 0x3f800000)
  /* 7: feq.s -1.5 -1.5 = 1, flags 0 */
  FCMP(S, 7, feq.s, 0x1, 0x0, 0xbfc00000, 0xbfc00000)
  /* 8: flt.s -1.5 -1.5 = 0, flags 0 */
  FCMP(S, 8, flt.s, 0x0, 0x0, 0xbfc00000, 0xbfc00000)
  /* 9: fle.s -1.5 -1.5 = 1, flags 0 */
  FCMP(S, 9, fle.s, 0x1, 0x0, 0xbfc00000, 0xbfc00000)
  /* 10: feq.s -0 0 = 1, flags 0 */
  FCMP(S, 10, feq.s, 0x1, 0x0, 0x80000000, 0x0)
  /* 11: flt.s -0 0 = 0, flags 0 */
  FCMP(S, 11, flt.s, 0x0, 0x0, 0x80000000, 0x0)
  /* 12: fle.s -0 0 = 1, flags 0 */
  FCMP(S, 12, fle.s, 0x1, 0x0, 0x80000000, 0x0)
  /* 13: feq.s -inf -3.40282347e+38 = 0, flags 0 */
  FCMP(S, 13, feq.s, 0x0, 0x0, 0xff800000, 0xff7fffff)
  /* 14: flt.s -inf -3.40282347e+38 = 1, flags 0 */
  FCMP(S, 14, flt.s, 0x1, 0x0, 0xff800000, 0xff7fffff)
  /* 15: fle.s -inf -3.40282347e+38 = 1, flags 0 */
  FCMP(S, 15, fle.s, 0x1, 0x0, 0xff800000, 0xff7fffff)
  /* 16: feq.s +inf +inf = 1, flags 0 */
  FCMP(S, 16, feq.s, 0x1, 0x0, 0x7f800000, 0x7f800000)
  /* 17: flt.s +inf +inf = 0, flags 0 */
  FCMP(S, 17, flt.s, 0x0, 0x0, 0x7f800000, 0x7f800000)
  /* 18: fle.s +inf +inf = 1, flags 0 */
  FCMP(S, 18, fle.s, 0x1, 0x0, 0x7f800000, 0x7f800000)
  /* 19: feq.s 1.40129846e-45 0 = 0, flags 0 */
  FCMP(S, 19, feq.s, 0x0, 0x0, 0x1, 0x0)
  /* 20: flt.s 1.40129846e-45 0 = 0, flags 0 */
  FCMP(S, 20, flt.s, 0x0, 0x0, 0x1, 0x0)
  /* 21: fle.s 1.40129846e-45 0 = 0, flags 0 */
  FCMP(S, 21, fle.s, 0x0, 0x0, 0x1, 0x0)
  /* 22: feq.s -2 1 = 0, flags 0 */
  FCMP(S, 22, feq.s, 0x0, 0x0, 0xc0000000, 0x3f800000)
  /* 23: flt.s -2 1 = 1, flags 0 */
  FCMP(S, 23, flt.s, 0x1, 0x0, 0xc0000000, 0x3f800000)
  /* 24: fle.s -2 1 = 1, flags 0 */
  FCMP(S, 24, fle.s, 0x1, 0x0, 0xc0000000, 0x3f800000)
  /* 25: feq.s qNaN 1 = 0, flags 0 */
  FCMP(S, 25, feq.s, 0x0, 0x0, 0x7fc12345, 0x3f800000)
  /* 26: flt.s qNaN 1 = 0, flags NV */
  FCMP(S, 26, flt.s, 0x0, 0x10, 0x7fc12345, 0x3f800000)
  /* 27: fle.s qNaN 1 = 0, flags NV */
  FCMP(S, 27, fle.s, 0x0, 0x10, 0x7fc12345, 0x3f800000)
  /* 28: feq.s 1 -qNaN = 0, flags 0 */
  FCMP(S, 28, feq.s, 0x0, 0x0, 0x3f800000, 0xffc00000)
  /* 29: flt.s 1 -qNaN = 0, flags NV */
  FCMP(S, 29, flt.s, 0x0, 0x10, 0x3f800000, 0xffc00000)
  /* 30: fle.s 1 -qNaN = 0, flags NV */
  FCMP(S, 30, fle.s, 0x0, 0x10, 0x3f800000, 0xffc00000)
  /* 31: feq.s qNaN qNaN = 0, flags 0 */
  FCMP(S, 31, feq.s, 0x0, 0x0, 0x7fc12345, 0x7fc12345)
  /* 32: flt.s qNaN qNaN = 0, flags NV */
  FCMP(S, 32, flt.s, 0x0, 0x10, 0x7fc12345, 0x7fc12345)
  /* 33: fle.s qNaN qNaN = 0, flags NV */
  FCMP(S, 33, fle.s, 0x0, 0x10, 0x7fc12345, 0x7fc12345)
  /* 34: feq.s sNaN 1 = 0, flags NV */
  FCMP(S, 34, feq.s, 0x0, 0x10, 0x7f800001, 0x3f800000)
  /* 35: flt.s sNaN 1 = 0, flags NV */
  FCMP(S, 35, flt.s, 0x0, 0x10, 0x7f800001, 0x3f800000)
  /* 36: fle.s sNaN 1 = 0, flags NV */
  FCMP(S, 36, fle.s, 0x0, 0x10, 0x7f800001, 0x3f800000)
  /* 37: feq.s 1 -sNaN = 0, flags NV */
  FCMP(S, 37, feq.s, 0x0, 0x10, 0x3f800000, 0xff812345)
  /* 38: flt.s 1 -sNaN = 0, flags NV */
  FCMP(S, 38, flt.s, 0x0, 0x10, 0x3f800000, 0xff812345)
  /* 39: fle.s 1 -sNaN = 0, flags NV */
  FCMP(S, 39, fle.s, 0x0, 0x10, 0x3f800000, 0xff812345)
  /* 40: feq.d 1 2 = 0, flags 0 */
  FCMP(D, 40, feq.d, 0x0, 0x0, 0x3ff0000000000000, 0x4000000000000000)
  /* 41: flt.d 1 2 = 1, flags 0 */
  FCMP(D, 41, flt.d, 0x1, 0x0, 0x3ff0000000000000, 0x4000000000000000)
  /* 42: fle.d 1 2 = 1, flags 0 */
  FCMP(D, 42, fle.d, 0x1, 0x0, 0x3ff0000000000000, 0x4000000000000000)
  /* 43: feq.d 2 1 = 0, flags 0 */
  FCMP(D, 43, feq.d, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000)
  /* 44: flt.d 2 1 = 0, flags 0 */
  FCMP(D, 44, flt.d, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000)
  /* 45: fle.d 2 1 = 0, flags 0 */
  FCMP(D, 45, fle.d, 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000)
  /* 46: feq.d -1.5 -1.5 = 1, flags 0 */
  FCMP(D, 46, feq.d, 0x1, 0x0, 0xbff8000000000000, 0xbff8000000000000)
  /* 47: flt.d -1.5 -1.5 = 0, flags 0 */
  FCMP(D, 47, flt.d, 0x0, 0x0, 0xbff8000000000000, 0xbff8000000000000)
  /* 48: fle.d -1.5 -1.5 = 1, flags 0 */
  FCMP(D, 48, fle.d, 0x1, 0x0, 0xbff8000000000000, 0xbff8000000000000)
  /* 49: feq.d -0 0 = 1, flags 0 */
  FCMP(D, 49, feq.d, 0x1, 0x0, 0x8000000000000000, 0x0)
  /* 50: flt.d -0 0 = 0, flags 0 */
  FCMP(D, 50, flt.d, 0x0, 0x0, 0x8000000000000000, 0x0)
  /* 51: fle.d -0 0 = 1, flags 0 */
  FCMP(D, 51, fle.d, 0x1, 0x0, 0x8000000000000000, 0x0)
  /* 52: feq.d -inf -1.7976931348623157e+308 = 0, flags 0 */
  FCMP(D, 52, feq.d, 0x0, 0x0, 0xfff0000000000000, 0xffefffffffffffff)
  /* 53: flt.d -inf -1.7976931348623157e+308 = 1, flags 0 */
  FCMP(D, 53, flt.d, 0x1, 0x0, 0xfff0000000000000, 0xffefffffffffffff)
  /* 54: fle.d -inf -1.7976931348623157e+308 = 1, flags 0 */
  FCMP(D, 54, fle.d, 0x1, 0x0, 0xfff0000000000000, 0xffefffffffffffff)
  /* 55: feq.d +inf +inf = 1, flags 0 */
  FCMP(D, 55, feq.d, 0x1, 0x0, 0x7ff0000000000000, 0x7ff0000000000000)
  /* 56: flt.d +inf +inf = 0, flags 0 */
  FCMP(D, 56, flt.d, 0x0, 0x0, 0x7ff0000000000000, 0x7ff0000000000000)
  /* 57: fle.d +inf +inf = 1, flags 0 */
  FCMP(D, 57, fle.d, 0x1, 0x0, 0x7ff0000000000000, 0x7ff0000000000000)
  /* 58: feq.d 4.9406564584124654e-324 0 = 0, flags 0 */
  FCMP(D, 58, feq.d, 0x0, 0x0, 0x1, 0x0)
  /* 59: flt.d 4.9406564584124654e-324 0 = 0, flags 0 */
  FCMP(D, 59, flt.d, 0x0, 0x0, 0x1, 0x0)
  /* 60: fle.d 4.9406564584124654e-324 0 = 0, flags 0 */
  FCMP(D, 60, fle.d, 0x0, 0x0, 0x1, 0x0)
  /* 61: feq.d -2 1 = 0, flags 0 */
  FCMP(D, 61, feq.d, 0x0, 0x0, 0xc000000000000000, 0x3ff0000000000000)
  /* 62: flt.d -2 1 = 1, flags 0 */
  FCMP(D, 62, flt.d, 0x1, 0x0, 0xc000000000000000, 0x3ff0000000000000)
  /* 63: fle.d -2 1 = 1, flags 0 */
  FCMP(D, 63, fle.d, 0x1, 0x0, 0xc000000000000000, 0x3ff0000000000000)
  /* 64: feq.d qNaN 1 = 0, flags 0 */
  FCMP(D, 64, feq.d, 0x0, 0x0, 0x7ff8000000012345, 0x3ff0000000000000)
  /* 65: flt.d qNaN 1 = 0, flags NV */
  FCMP(D, 65, flt.d, 0x0, 0x10, 0x7ff8000000012345, 0x3ff0000000000000)
  /* 66: fle.d qNaN 1 = 0, flags NV */
  FCMP(D, 66, fle.d, 0x0, 0x10, 0x7ff8000000012345, 0x3ff0000000000000)
  /* 67: feq.d 1 -qNaN = 0, flags 0 */
  FCMP(D, 67, feq.d, 0x0, 0x0, 0x3ff0000000000000, 0xfff8000000000000)
  /* 68: flt.d 1 -qNaN = 0, flags NV */
  FCMP(D, 68, flt.d, 0x0, 0x10, 0x3ff0000000000000, 0xfff8000000000000)
  /* 69: fle.d 1 -qNaN = 0, flags NV */
  FCMP(D, 69, fle.d, 0x0, 0x10, 0x3ff0000000000000, 0xfff8000000000000)
  /* 70: feq.d qNaN qNaN = 0, flags 0 */
  FCMP(D, 70, feq.d, 0x0, 0x0, 0x7ff8000000012345, 0x7ff8000000012345)
  /* 71: flt.d qNaN qNaN = 0, flags NV */
  FCMP(D, 71, flt.d, 0x0, 0x10, 0x7ff8000000012345, 0x7ff8000000012345)
  /* 72: fle.d qNaN qNaN = 0, flags NV */
  FCMP(D, 72, fle.d, 0x0, 0x10, 0x7ff8000000012345, 0x7ff8000000012345)
  /* 73: feq.d sNaN 1 = 0, flags NV */
  FCMP(D, 73, feq.d, 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000)
  /* 74: flt.d sNaN 1 = 0, flags NV */
  FCMP(D, 74, flt.d, 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000)
  /* 75: fle.d sNaN 1 = 0, flags NV */
  FCMP(D, 75, fle.d, 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000)
  /* 76: feq.d 1 -sNaN = 0, flags NV */
  FCMP(D, 76, feq.d, 0x0, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 77: flt.d 1 -sNaN = 0, flags NV */
  FCMP(D, 77, flt.d, 0x0, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  /* 78: fle.d 1 -sNaN = 0, flags NV */
  FCMP(D, 78, fle.d, 0x0, 0x10, 0x3ff0000000000000, 0xfff0000000012345)
  csrwi fcsr, 0
TEST_END
