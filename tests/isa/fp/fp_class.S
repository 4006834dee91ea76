/* fclass.s / fclass.d: every one of the 10 classes (-inf, -normal, -subnormal, -0, +0,
 * +subnormal, +normal, +inf, signalling NaN, quiet NaN), for several representatives each, including
 * negative NaNs; fclass sets no flags. Also fclass.s of a value that is not NaN-boxed (= canonical
 * quiet NaN, class bit 9).
 * (38 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: -inf -> bit 0 */
  FCLS(S, 1, fclass.s, 0x1, 0xff800000)
  /* 2: -3.40282347e+38 -> bit 1 */
  FCLS(S, 2, fclass.s, 0x2, 0xff7fffff)
  /* 3: -1 -> bit 1 */
  FCLS(S, 3, fclass.s, 0x2, 0xbf800000)
  /* 4: -1.40129846e-45 -> bit 2 */
  FCLS(S, 4, fclass.s, 0x4, 0x80000001)
  /* 5: -1.17549421e-38 -> bit 2 */
  FCLS(S, 5, fclass.s, 0x4, 0x807fffff)
  /* 6: -0 -> bit 3 */
  FCLS(S, 6, fclass.s, 0x8, 0x80000000)
  /* 7: 0 -> bit 4 */
  FCLS(S, 7, fclass.s, 0x10, 0x0)
  /* 8: 1.40129846e-45 -> bit 5 */
  FCLS(S, 8, fclass.s, 0x20, 0x1)
  /* 9: 1.17549421e-38 -> bit 5 */
  FCLS(S, 9, fclass.s, 0x20, 0x7fffff)
  /* 10: 1.17549435e-38 -> bit 6 */
  FCLS(S, 10, fclass.s, 0x40, 0x800000)
  /* 11: 1 -> bit 6 */
  FCLS(S, 11, fclass.s, 0x40, 0x3f800000)
  /* 12: 3.40282347e+38 -> bit 6 */
  FCLS(S, 12, fclass.s, 0x40, 0x7f7fffff)
  /* 13: +inf -> bit 7 */
  FCLS(S, 13, fclass.s, 0x80, 0x7f800000)
  /* 14: sNaN -> bit 8 */
  FCLS(S, 14, fclass.s, 0x100, 0x7f800001)
  /* 15: -sNaN -> bit 8 */
  FCLS(S, 15, fclass.s, 0x100, 0xff812345)
  /* 16: qNaN -> bit 9 */
  FCLS(S, 16, fclass.s, 0x200, 0x7fc00000)
  /* 17: -qNaN -> bit 9 */
  FCLS(S, 17, fclass.s, 0x200, 0xffc00000)
  /* 18: qNaN -> bit 9 */
  FCLS(S, 18, fclass.s, 0x200, 0x7fc12345)
  /* 19: -inf -> bit 0 */
  FCLS(D, 19, fclass.d, 0x1, 0xfff0000000000000)
  /* 20: -1.7976931348623157e+308 -> bit 1 */
  FCLS(D, 20, fclass.d, 0x2, 0xffefffffffffffff)
  /* 21: -1 -> bit 1 */
  FCLS(D, 21, fclass.d, 0x2, 0xbff0000000000000)
  /* 22: -4.9406564584124654e-324 -> bit 2 */
  FCLS(D, 22, fclass.d, 0x4, 0x8000000000000001)
  /* 23: -2.2250738585072009e-308 -> bit 2 */
  FCLS(D, 23, fclass.d, 0x4, 0x800fffffffffffff)
  /* 24: -0 -> bit 3 */
  FCLS(D, 24, fclass.d, 0x8, 0x8000000000000000)
  /* 25: 0 -> bit 4 */
  FCLS(D, 25, fclass.d, 0x10, 0x0)
  /* 26: 4.9406564584124654e-324 -> bit 5 */
  FCLS(D, 26, fclass.d, 0x20, 0x1)
  /* 27: 2.2250738585072009e-308 -> bit 5 */
  FCLS(D, 27, fclass.d, 0x20, 0xfffffffffffff)
  /* 28: 2.2250738585072014e-308 -> bit 6 */
  FCLS(D, 28, fclass.d, 0x40, 0x10000000000000)
  /* 29: 1 -> bit 6 */
  FCLS(D, 29, fclass.d, 0x40, 0x3ff0000000000000)
  /* 30: 1.7976931348623157e+308 -> bit 6 */
  FCLS(D, 30, fclass.d, 0x40, 0x7fefffffffffffff)
  /* 31: +inf -> bit 7 */
  FCLS(D, 31, fclass.d, 0x80, 0x7ff0000000000000)
  /* 32: sNaN -> bit 8 */
  FCLS(D, 32, fclass.d, 0x100, 0x7ff0000000000001)
  /* 33: -sNaN -> bit 8 */
  FCLS(D, 33, fclass.d, 0x100, 0xfff0000000012345)
  /* 34: qNaN -> bit 9 */
  FCLS(D, 34, fclass.d, 0x200, 0x7ff8000000000000)
  /* 35: -qNaN -> bit 9 */
  FCLS(D, 35, fclass.d, 0x200, 0xfff8000000000000)
  /* 36: qNaN -> bit 9 */
  FCLS(D, 36, fclass.d, 0x200, 0x7ff8000000012345)
  /* 37: upper half not all ones -> treated as canonical NaN */
  TEST_CASE(37); LDD(fa0, 0x7fffffff3f800000); fclass.s a2, fa0; CHECK_EQ(a2, 0x200)
  /* 38: the same bits NaN-boxed are +1.0 (normal) */
  TEST_CASE(38); LDD(fa0, 0xffffffff3f800000); fclass.s a2, fa0; CHECK_EQ(a2, 0x40)
  csrwi fcsr, 0
TEST_END
