/* fcvt.s.d and fcvt.d.s: exact conversions, signed zeros, infinities, rounding of doubles
 * to single in every rounding mode (static and dyn), overflow to inf / largest finite by rounding
 * mode (OF|NX), underflow to subnormal/zero (UF|NX), exact subnormal results (no flag), NaN inputs
 * produce the canonical NaN (payload not propagated) with NV only for signalling NaNs, and fcvt.d.s
 * of a single that is not NaN-boxed (= canonical NaN, 0x7ff8000000000000).
 * (98 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fcvt.d.s(1) = 1, flags 0 */
  F2FN(S, D, 1, fcvt.d.s, 0x3ff0000000000000, 0x0, 0x3f800000)
  /* 2: fcvt.d.s(-0.100000001) = -0.10000000149011612, flags 0 */
  F2FN(S, D, 2, fcvt.d.s, 0xbfb99999a0000000, 0x0, 0xbdcccccd)
  /* 3: fcvt.d.s(0) = 0, flags 0 */
  F2FN(S, D, 3, fcvt.d.s, 0x0, 0x0, 0x0)
  /* 4: fcvt.d.s(-0) = -0, flags 0 */
  F2FN(S, D, 4, fcvt.d.s, 0x8000000000000000, 0x0, 0x80000000)
  /* 5: fcvt.d.s(+inf) = +inf, flags 0 */
  F2FN(S, D, 5, fcvt.d.s, 0x7ff0000000000000, 0x0, 0x7f800000)
  /* 6: fcvt.d.s(-inf) = -inf, flags 0 */
  F2FN(S, D, 6, fcvt.d.s, 0xfff0000000000000, 0x0, 0xff800000)
  /* 7: fcvt.d.s(3.40282347e+38) = 3.4028234663852886e+38, flags 0 */
  F2FN(S, D, 7, fcvt.d.s, 0x47efffffe0000000, 0x0, 0x7f7fffff)
  /* 8: fcvt.d.s(1.40129846e-45) = 1.4012984643248171e-45, flags 0 */
  F2FN(S, D, 8, fcvt.d.s, 0x36a0000000000000, 0x0, 0x1)
  /* 9: fcvt.d.s(-1.40129846e-45) = -1.4012984643248171e-45, flags 0 */
  F2FN(S, D, 9, fcvt.d.s, 0xb6a0000000000000, 0x0, 0x80000001)
  /* 10: fcvt.d.s(1.17549421e-38) = 1.1754942106924411e-38, flags 0 */
  F2FN(S, D, 10, fcvt.d.s, 0x380fffffc0000000, 0x0, 0x7fffff)
  /* 11: fcvt.d.s(qNaN) = qNaN, flags 0 */
  F2FN(S, D, 11, fcvt.d.s, 0x7ff8000000000000, 0x0, 0x7fc00000)
  /* 12: fcvt.d.s(qNaN) = qNaN, flags 0 */
  F2FN(S, D, 12, fcvt.d.s, 0x7ff8000000000000, 0x0, 0x7fc12345)
  /* 13: fcvt.d.s(-qNaN) = qNaN, flags 0 */
  F2FN(S, D, 13, fcvt.d.s, 0x7ff8000000000000, 0x0, 0xffc00000)
  /* 14: fcvt.d.s(sNaN) = qNaN, flags NV */
  F2FN(S, D, 14, fcvt.d.s, 0x7ff8000000000000, 0x10, 0x7f800001)
  /* 15: fcvt.d.s(-sNaN) = qNaN, flags NV */
  F2FN(S, D, 15, fcvt.d.s, 0x7ff8000000000000, 0x10, 0xff812345)
  /* 16: fcvt.d.s of a non-NaN-boxed register (upper bits 0) = canonical NaN, no flag */
  TEST_CASE(16); LDD(fa0, 0x000000003f800000); CLRFL; fcvt.d.s fa2, fa0; CHKD(fa2, 0x7ff8000000000000); CHKFL(0)
  /* 17: fcvt.s.d(1) = 1, flags 0 */
  F2F(D, S, 17, fcvt.s.d, rne, 0x3f800000, 0x0, 0x3ff0000000000000)
  /* 18: fcvt.s.d(-2.5) = -2.5, flags 0 */
  F2F(D, S, 18, fcvt.s.d, rne, 0xc0200000, 0x0, 0xc004000000000000)
  /* 19: fcvt.s.d(0) = 0, flags 0 */
  F2F(D, S, 19, fcvt.s.d, rne, 0x0, 0x0, 0x0)
  /* 20: fcvt.s.d(-0) = -0, flags 0 */
  F2F(D, S, 20, fcvt.s.d, rne, 0x80000000, 0x0, 0x8000000000000000)
  /* 21: fcvt.s.d(+inf) = +inf, flags 0 */
  F2F(D, S, 21, fcvt.s.d, rne, 0x7f800000, 0x0, 0x7ff0000000000000)
  /* 22: fcvt.s.d(-inf) = -inf, flags 0 */
  F2F(D, S, 22, fcvt.s.d, rne, 0xff800000, 0x0, 0xfff0000000000000)
  /* 23: fcvt.s.d(qNaN) = qNaN, flags 0 */
  F2F(D, S, 23, fcvt.s.d, rne, 0x7fc00000, 0x0, 0x7ff8000000000000)
  /* 24: fcvt.s.d(qNaN) = qNaN, flags 0 */
  F2F(D, S, 24, fcvt.s.d, rne, 0x7fc00000, 0x0, 0x7ff8000000012345)
  /* 25: fcvt.s.d(-qNaN) = qNaN, flags 0 */
  F2F(D, S, 25, fcvt.s.d, rne, 0x7fc00000, 0x0, 0xfff8000000000000)
  /* 26: fcvt.s.d(sNaN) = qNaN, flags NV */
  F2F(D, S, 26, fcvt.s.d, rne, 0x7fc00000, 0x10, 0x7ff0000000000001)
  /* 27: fcvt.s.d(-sNaN) = qNaN, flags NV */
  F2F(D, S, 27, fcvt.s.d, rne, 0x7fc00000, 0x10, 0xfff0000000012345)
  /* 28: fcvt.s.d(1.4012984643248171e-45) = 1.40129846e-45, flags 0 */
  F2F(D, S, 28, fcvt.s.d, rne, 0x1, 0x0, 0x36a0000000000000)
  /* 29: fcvt.s.d(5.8774717541114375e-39) = 5.87747175e-39, flags 0 */
  F2F(D, S, 29, fcvt.s.d, rne, 0x400000, 0x0, 0x3800000000000000)
  /* 30: fcvt.s.d(1.1754943508222875e-38) = 1.17549435e-38, flags 0 */
  F2F(D, S, 30, fcvt.s.d, rne, 0x800000, 0x0, 0x3810000000000000)
  /* 31: fcvt.s.d(7.0064923216240854e-46) = 0, flags UF|NX */
  F2F(D, S, 31, fcvt.s.d, rne, 0x0, 0x3, 0x3690000000000000)
  /* 32: fcvt.s.d(6.6819117752304891e-52) = 0, flags UF|NX */
  F2F(D, S, 32, fcvt.s.d, rne, 0x0, 0x3, 0x3550000000000000)
  /* 33: fcvt.s.d(0.10000000000000001) = 0.100000001, flags NX */
  F2F(D, S, 33, fcvt.s.d, rne, 0x3dcccccd, 0x1, 0x3fb999999999999a)
  /* 34: fcvt.s.d(1.0000000596046448, rne) = 1, flags NX */
  F2F(D, S, 34, fcvt.s.d, rne, 0x3f800000, 0x1, 0x3ff0000010000000)
  /* 35: fcvt.s.d(1.0000000596046448, rtz) = 1, flags NX */
  F2F(D, S, 35, fcvt.s.d, rtz, 0x3f800000, 0x1, 0x3ff0000010000000)
  /* 36: fcvt.s.d(1.0000000596046448, rdn) = 1, flags NX */
  F2F(D, S, 36, fcvt.s.d, rdn, 0x3f800000, 0x1, 0x3ff0000010000000)
  /* 37: fcvt.s.d(1.0000000596046448, rup) = 1.00000012, flags NX */
  F2F(D, S, 37, fcvt.s.d, rup, 0x3f800001, 0x1, 0x3ff0000010000000)
  /* 38: fcvt.s.d(1.0000000596046448, rmm) = 1.00000012, flags NX */
  F2F(D, S, 38, fcvt.s.d, rmm, 0x3f800001, 0x1, 0x3ff0000010000000)
  /* 39: fcvt.s.d(1.0000000894069672, rne) = 1.00000012, flags NX */
  F2F(D, S, 39, fcvt.s.d, rne, 0x3f800001, 0x1, 0x3ff0000018000000)
  /* 40: fcvt.s.d(1.0000000894069672, rtz) = 1, flags NX */
  F2F(D, S, 40, fcvt.s.d, rtz, 0x3f800000, 0x1, 0x3ff0000018000000)
  /* 41: fcvt.s.d(1.0000000894069672, rdn) = 1, flags NX */
  F2F(D, S, 41, fcvt.s.d, rdn, 0x3f800000, 0x1, 0x3ff0000018000000)
  /* 42: fcvt.s.d(1.0000000894069672, rup) = 1.00000012, flags NX */
  F2F(D, S, 42, fcvt.s.d, rup, 0x3f800001, 0x1, 0x3ff0000018000000)
  /* 43: fcvt.s.d(1.0000000894069672, rmm) = 1.00000012, flags NX */
  F2F(D, S, 43, fcvt.s.d, rmm, 0x3f800001, 0x1, 0x3ff0000018000000)
  /* 44: fcvt.s.d(-1.0000000298023224, rne) = -1, flags NX */
  F2F(D, S, 44, fcvt.s.d, rne, 0xbf800000, 0x1, 0xbff0000008000000)
  /* 45: fcvt.s.d(-1.0000000298023224, rtz) = -1, flags NX */
  F2F(D, S, 45, fcvt.s.d, rtz, 0xbf800000, 0x1, 0xbff0000008000000)
  /* 46: fcvt.s.d(-1.0000000298023224, rdn) = -1.00000012, flags NX */
  F2F(D, S, 46, fcvt.s.d, rdn, 0xbf800001, 0x1, 0xbff0000008000000)
  /* 47: fcvt.s.d(-1.0000000298023224, rup) = -1, flags NX */
  F2F(D, S, 47, fcvt.s.d, rup, 0xbf800000, 0x1, 0xbff0000008000000)
  /* 48: fcvt.s.d(-1.0000000298023224, rmm) = -1, flags NX */
  F2F(D, S, 48, fcvt.s.d, rmm, 0xbf800000, 0x1, 0xbff0000008000000)
  /* 49: fcvt.s.d(-1.0000001788139343, rne) = -1.00000024, flags NX */
  F2F(D, S, 49, fcvt.s.d, rne, 0xbf800002, 0x1, 0xbff0000030000000)
  /* 50: fcvt.s.d(-1.0000001788139343, rtz) = -1.00000012, flags NX */
  F2F(D, S, 50, fcvt.s.d, rtz, 0xbf800001, 0x1, 0xbff0000030000000)
  /* 51: fcvt.s.d(-1.0000001788139343, rdn) = -1.00000024, flags NX */
  F2F(D, S, 51, fcvt.s.d, rdn, 0xbf800002, 0x1, 0xbff0000030000000)
  /* 52: fcvt.s.d(-1.0000001788139343, rup) = -1.00000012, flags NX */
  F2F(D, S, 52, fcvt.s.d, rup, 0xbf800001, 0x1, 0xbff0000030000000)
  /* 53: fcvt.s.d(-1.0000001788139343, rmm) = -1.00000024, flags NX */
  F2F(D, S, 53, fcvt.s.d, rmm, 0xbf800002, 0x1, 0xbff0000030000000)
  /* 54: fcvt.s.d(0.10000000000000001, rne) = 0.100000001, flags NX */
  F2F(D, S, 54, fcvt.s.d, rne, 0x3dcccccd, 0x1, 0x3fb999999999999a)
  /* 55: fcvt.s.d(0.10000000000000001, rtz) = 0.099999994, flags NX */
  F2F(D, S, 55, fcvt.s.d, rtz, 0x3dcccccc, 0x1, 0x3fb999999999999a)
  /* 56: fcvt.s.d(0.10000000000000001, rdn) = 0.099999994, flags NX */
  F2F(D, S, 56, fcvt.s.d, rdn, 0x3dcccccc, 0x1, 0x3fb999999999999a)
  /* 57: fcvt.s.d(0.10000000000000001, rup) = 0.100000001, flags NX */
  F2F(D, S, 57, fcvt.s.d, rup, 0x3dcccccd, 0x1, 0x3fb999999999999a)
  /* 58: fcvt.s.d(0.10000000000000001, rmm) = 0.100000001, flags NX */
  F2F(D, S, 58, fcvt.s.d, rmm, 0x3dcccccd, 0x1, 0x3fb999999999999a)
  /* 59: fcvt.s.d(3.4028236692093846e+38, rne) = +inf, flags OF|NX */
  F2F(D, S, 59, fcvt.s.d, rne, 0x7f800000, 0x5, 0x47f0000000000000)
  /* 60: fcvt.s.d(3.4028236692093846e+38, rtz) = 3.40282347e+38, flags OF|NX */
  F2F(D, S, 60, fcvt.s.d, rtz, 0x7f7fffff, 0x5, 0x47f0000000000000)
  /* 61: fcvt.s.d(3.4028236692093846e+38, rdn) = 3.40282347e+38, flags OF|NX */
  F2F(D, S, 61, fcvt.s.d, rdn, 0x7f7fffff, 0x5, 0x47f0000000000000)
  /* 62: fcvt.s.d(3.4028236692093846e+38, rup) = +inf, flags OF|NX */
  F2F(D, S, 62, fcvt.s.d, rup, 0x7f800000, 0x5, 0x47f0000000000000)
  /* 63: fcvt.s.d(3.4028236692093846e+38, rmm) = +inf, flags OF|NX */
  F2F(D, S, 63, fcvt.s.d, rmm, 0x7f800000, 0x5, 0x47f0000000000000)
  /* 64: fcvt.s.d(-3.4028236692093846e+38, rne) = -inf, flags OF|NX */
  F2F(D, S, 64, fcvt.s.d, rne, 0xff800000, 0x5, 0xc7f0000000000000)
  /* 65: fcvt.s.d(-3.4028236692093846e+38, rtz) = -3.40282347e+38, flags OF|NX */
  F2F(D, S, 65, fcvt.s.d, rtz, 0xff7fffff, 0x5, 0xc7f0000000000000)
  /* 66: fcvt.s.d(-3.4028236692093846e+38, rdn) = -inf, flags OF|NX */
  F2F(D, S, 66, fcvt.s.d, rdn, 0xff800000, 0x5, 0xc7f0000000000000)
  /* 67: fcvt.s.d(-3.4028236692093846e+38, rup) = -3.40282347e+38, flags OF|NX */
  F2F(D, S, 67, fcvt.s.d, rup, 0xff7fffff, 0x5, 0xc7f0000000000000)
  /* 68: fcvt.s.d(-3.4028236692093846e+38, rmm) = -inf, flags OF|NX */
  F2F(D, S, 68, fcvt.s.d, rmm, 0xff800000, 0x5, 0xc7f0000000000000)
  /* 69: fcvt.s.d(3.4028235677973366e+38, rne) = +inf, flags OF|NX */
  F2F(D, S, 69, fcvt.s.d, rne, 0x7f800000, 0x5, 0x47effffff0000000)
  /* 70: fcvt.s.d(3.4028235677973366e+38, rtz) = 3.40282347e+38, flags NX */
  F2F(D, S, 70, fcvt.s.d, rtz, 0x7f7fffff, 0x1, 0x47effffff0000000)
  /* 71: fcvt.s.d(3.4028235677973366e+38, rdn) = 3.40282347e+38, flags NX */
  F2F(D, S, 71, fcvt.s.d, rdn, 0x7f7fffff, 0x1, 0x47effffff0000000)
  /* 72: fcvt.s.d(3.4028235677973366e+38, rup) = +inf, flags OF|NX */
  F2F(D, S, 72, fcvt.s.d, rup, 0x7f800000, 0x5, 0x47effffff0000000)
  /* 73: fcvt.s.d(3.4028235677973366e+38, rmm) = +inf, flags OF|NX */
  F2F(D, S, 73, fcvt.s.d, rmm, 0x7f800000, 0x5, 0x47effffff0000000)
  /* 74: fcvt.s.d(7.0064923216240854e-46, rne) = 0, flags UF|NX */
  F2F(D, S, 74, fcvt.s.d, rne, 0x0, 0x3, 0x3690000000000000)
  /* 75: fcvt.s.d(7.0064923216240854e-46, rtz) = 0, flags UF|NX */
  F2F(D, S, 75, fcvt.s.d, rtz, 0x0, 0x3, 0x3690000000000000)
  /* 76: fcvt.s.d(7.0064923216240854e-46, rdn) = 0, flags UF|NX */
  F2F(D, S, 76, fcvt.s.d, rdn, 0x0, 0x3, 0x3690000000000000)
  /* 77: fcvt.s.d(7.0064923216240854e-46, rup) = 1.40129846e-45, flags UF|NX */
  F2F(D, S, 77, fcvt.s.d, rup, 0x1, 0x3, 0x3690000000000000)
  /* 78: fcvt.s.d(7.0064923216240854e-46, rmm) = 1.40129846e-45, flags UF|NX */
  F2F(D, S, 78, fcvt.s.d, rmm, 0x1, 0x3, 0x3690000000000000)
  /* 79: fcvt.s.d(-1.0509738482436128e-45, rne) = -1.40129846e-45, flags UF|NX */
  F2F(D, S, 79, fcvt.s.d, rne, 0x80000001, 0x3, 0xb698000000000000)
  /* 80: fcvt.s.d(-1.0509738482436128e-45, rtz) = -0, flags UF|NX */
  F2F(D, S, 80, fcvt.s.d, rtz, 0x80000000, 0x3, 0xb698000000000000)
  /* 81: fcvt.s.d(-1.0509738482436128e-45, rdn) = -1.40129846e-45, flags UF|NX */
  F2F(D, S, 81, fcvt.s.d, rdn, 0x80000001, 0x3, 0xb698000000000000)
  /* 82: fcvt.s.d(-1.0509738482436128e-45, rup) = -0, flags UF|NX */
  F2F(D, S, 82, fcvt.s.d, rup, 0x80000000, 0x3, 0xb698000000000000)
  /* 83: fcvt.s.d(-1.0509738482436128e-45, rmm) = -1.40129846e-45, flags UF|NX */
  F2F(D, S, 83, fcvt.s.d, rmm, 0x80000001, 0x3, 0xb698000000000000)
  /* 84: fcvt.s.d(1.1754943157898259e-38, rne) = 1.17549435e-38, flags NX */
  F2F(D, S, 84, fcvt.s.d, rne, 0x800000, 0x1, 0x380ffffff0000000)
  /* 85: fcvt.s.d(1.1754943157898259e-38, rtz) = 1.17549421e-38, flags UF|NX */
  F2F(D, S, 85, fcvt.s.d, rtz, 0x7fffff, 0x3, 0x380ffffff0000000)
  /* 86: fcvt.s.d(1.1754943157898259e-38, rdn) = 1.17549421e-38, flags UF|NX */
  F2F(D, S, 86, fcvt.s.d, rdn, 0x7fffff, 0x3, 0x380ffffff0000000)
  /* 87: fcvt.s.d(1.1754943157898259e-38, rup) = 1.17549435e-38, flags NX */
  F2F(D, S, 87, fcvt.s.d, rup, 0x800000, 0x1, 0x380ffffff0000000)
  /* 88: fcvt.s.d(1.1754943157898259e-38, rmm) = 1.17549435e-38, flags NX */
  F2F(D, S, 88, fcvt.s.d, rmm, 0x800000, 0x1, 0x380ffffff0000000)
  /* 89: fcvt.s.d(1.1754942807573643e-38, rne) = 1.17549435e-38, flags UF|NX */
  F2F(D, S, 89, fcvt.s.d, rne, 0x800000, 0x3, 0x380fffffe0000000)
  /* 90: fcvt.s.d(1.1754942807573643e-38, rtz) = 1.17549421e-38, flags UF|NX */
  F2F(D, S, 90, fcvt.s.d, rtz, 0x7fffff, 0x3, 0x380fffffe0000000)
  /* 91: fcvt.s.d(1.1754942807573643e-38, rdn) = 1.17549421e-38, flags UF|NX */
  F2F(D, S, 91, fcvt.s.d, rdn, 0x7fffff, 0x3, 0x380fffffe0000000)
  /* 92: fcvt.s.d(1.1754942807573643e-38, rup) = 1.17549435e-38, flags UF|NX */
  F2F(D, S, 92, fcvt.s.d, rup, 0x800000, 0x3, 0x380fffffe0000000)
  /* 93: fcvt.s.d(1.1754942807573643e-38, rmm) = 1.17549435e-38, flags UF|NX */
  F2F(D, S, 93, fcvt.s.d, rmm, 0x800000, 0x3, 0x380fffffe0000000)
  /* 94: dyn, frm=0 */
  csrwi frm, 0; F2F(D, S, 94, fcvt.s.d, dyn, 0xbf800002, 0x1, 0xbff0000030000000)
  /* 95: dyn, frm=1 */
  csrwi frm, 1; F2F(D, S, 95, fcvt.s.d, dyn, 0xbf800001, 0x1, 0xbff0000030000000)
  /* 96: dyn, frm=2 */
  csrwi frm, 2; F2F(D, S, 96, fcvt.s.d, dyn, 0xbf800002, 0x1, 0xbff0000030000000)
  /* 97: dyn, frm=3 */
  csrwi frm, 3; F2F(D, S, 97, fcvt.s.d, dyn, 0xbf800001, 0x1, 0xbff0000030000000)
  /* 98: dyn, frm=4 */
  csrwi frm, 4; F2F(D, S, 98, fcvt.s.d, dyn, 0xbf800002, 0x1, 0xbff0000030000000)
  csrwi frm, 0
  csrwi fcsr, 0
TEST_END
