/* fcvt.w.s / fcvt.wu.s / fcvt.l.s / fcvt.lu.s (single -> signed/unsigned 32/64-bit integer):
 * exact conversions, 32-bit results sign-extended into the 64-bit register (also for fcvt.wu), every
 * rounding mode (static and dyn) on fractional values, the boundaries of each integer range, saturation
 * with NV for out-of-range values, +-inf and NaN (NaN converts to the largest positive integer),
 * negative values to unsigned (0 with NV, but a negative value that rounds to 0 is only inexact), and
 * a value that is in range only before rounding.
 * (166 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fcvt.w.s(0, rne) = 0x0, flags 0 */
  F2I(S, 1, fcvt.w.s, rne, 0x0, 0x0, 0x0)
  /* 2: fcvt.w.s(-0, rne) = 0x0, flags 0 */
  F2I(S, 2, fcvt.w.s, rne, 0x0, 0x0, 0x80000000)
  /* 3: fcvt.w.s(1, rne) = 0x1, flags 0 */
  F2I(S, 3, fcvt.w.s, rne, 0x1, 0x0, 0x3f800000)
  /* 4: fcvt.w.s(-1, rne) = 0xffffffffffffffff, flags 0 */
  F2I(S, 4, fcvt.w.s, rne, 0xffffffffffffffff, 0x0, 0xbf800000)
  /* 5: fcvt.w.s(42, rne) = 0x2a, flags 0 */
  F2I(S, 5, fcvt.w.s, rne, 0x2a, 0x0, 0x42280000)
  /* 6: fcvt.w.s(-5, rne) = 0xfffffffffffffffb, flags 0 */
  F2I(S, 6, fcvt.w.s, rne, 0xfffffffffffffffb, 0x0, 0xc0a00000)
  /* 7: fcvt.w.s(qNaN, rne) = 0x7fffffff, flags NV */
  F2I(S, 7, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x7fc00000)
  /* 8: fcvt.w.s(-qNaN, rne) = 0x7fffffff, flags NV */
  F2I(S, 8, fcvt.w.s, rne, 0x7fffffff, 0x10, 0xffc00000)
  /* 9: fcvt.w.s(sNaN, rne) = 0x7fffffff, flags NV */
  F2I(S, 9, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x7f800001)
  /* 10: fcvt.w.s(+inf, rne) = 0x7fffffff, flags NV */
  F2I(S, 10, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x7f800000)
  /* 11: fcvt.w.s(-inf, rne) = 0xffffffff80000000, flags NV */
  F2I(S, 11, fcvt.w.s, rne, 0xffffffff80000000, 0x10, 0xff800000)
  /* 12: fcvt.w.s(1.40129846e-45, rne) = 0x0, flags NX */
  F2I(S, 12, fcvt.w.s, rne, 0x0, 0x1, 0x1)
  /* 13: fcvt.w.s(3.40282347e+38, rne) = 0x7fffffff, flags NV */
  F2I(S, 13, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x7f7fffff)
  /* 14: fcvt.w.s(-3.40282347e+38, rne) = 0xffffffff80000000, flags NV */
  F2I(S, 14, fcvt.w.s, rne, 0xffffffff80000000, 0x10, 0xff7fffff)
  /* 15: fcvt.w.s(4.2949673e+09, rne) = 0x7fffffff, flags NV */
  F2I(S, 15, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x4f800000)
  /* 16: fcvt.w.s(-4.2949673e+09, rne) = 0xffffffff80000000, flags NV */
  F2I(S, 16, fcvt.w.s, rne, 0xffffffff80000000, 0x10, 0xcf800000)
  /* 17: fcvt.w.s(2.14748365e+09, rne) = 0x7fffffff, flags NV */
  F2I(S, 17, fcvt.w.s, rne, 0x7fffffff, 0x10, 0x4f000000)
  /* 18: fcvt.w.s(-2.14748365e+09, rne) = 0xffffffff80000000, flags 0 */
  F2I(S, 18, fcvt.w.s, rne, 0xffffffff80000000, 0x0, 0xcf000000)
  /* 19: fcvt.w.s(2.14748352e+09, rne) = 0x7fffff80, flags 0 */
  F2I(S, 19, fcvt.w.s, rne, 0x7fffff80, 0x0, 0x4effffff)
  /* 20: fcvt.w.s(2.5, rne) = 0x2, flags NX */
  F2I(S, 20, fcvt.w.s, rne, 0x2, 0x1, 0x40200000)
  /* 21: fcvt.w.s(2.5, rtz) = 0x2, flags NX */
  F2I(S, 21, fcvt.w.s, rtz, 0x2, 0x1, 0x40200000)
  /* 22: fcvt.w.s(2.5, rdn) = 0x2, flags NX */
  F2I(S, 22, fcvt.w.s, rdn, 0x2, 0x1, 0x40200000)
  /* 23: fcvt.w.s(2.5, rup) = 0x3, flags NX */
  F2I(S, 23, fcvt.w.s, rup, 0x3, 0x1, 0x40200000)
  /* 24: fcvt.w.s(2.5, rmm) = 0x3, flags NX */
  F2I(S, 24, fcvt.w.s, rmm, 0x3, 0x1, 0x40200000)
  /* 25: fcvt.w.s(-2.5, rne) = 0xfffffffffffffffe, flags NX */
  F2I(S, 25, fcvt.w.s, rne, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 26: fcvt.w.s(-2.5, rtz) = 0xfffffffffffffffe, flags NX */
  F2I(S, 26, fcvt.w.s, rtz, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 27: fcvt.w.s(-2.5, rdn) = 0xfffffffffffffffd, flags NX */
  F2I(S, 27, fcvt.w.s, rdn, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 28: fcvt.w.s(-2.5, rup) = 0xfffffffffffffffe, flags NX */
  F2I(S, 28, fcvt.w.s, rup, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 29: fcvt.w.s(-2.5, rmm) = 0xfffffffffffffffd, flags NX */
  F2I(S, 29, fcvt.w.s, rmm, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 30: fcvt.w.s(0.75, rne) = 0x1, flags NX */
  F2I(S, 30, fcvt.w.s, rne, 0x1, 0x1, 0x3f400000)
  /* 31: fcvt.w.s(0.75, rtz) = 0x0, flags NX */
  F2I(S, 31, fcvt.w.s, rtz, 0x0, 0x1, 0x3f400000)
  /* 32: fcvt.w.s(0.75, rdn) = 0x0, flags NX */
  F2I(S, 32, fcvt.w.s, rdn, 0x0, 0x1, 0x3f400000)
  /* 33: fcvt.w.s(0.75, rup) = 0x1, flags NX */
  F2I(S, 33, fcvt.w.s, rup, 0x1, 0x1, 0x3f400000)
  /* 34: fcvt.w.s(0.75, rmm) = 0x1, flags NX */
  F2I(S, 34, fcvt.w.s, rmm, 0x1, 0x1, 0x3f400000)
  /* 35: fcvt.w.s(-0.25, rne) = 0x0, flags NX */
  F2I(S, 35, fcvt.w.s, rne, 0x0, 0x1, 0xbe800000)
  /* 36: fcvt.w.s(-0.25, rtz) = 0x0, flags NX */
  F2I(S, 36, fcvt.w.s, rtz, 0x0, 0x1, 0xbe800000)
  /* 37: fcvt.w.s(-0.25, rdn) = 0xffffffffffffffff, flags NX */
  F2I(S, 37, fcvt.w.s, rdn, 0xffffffffffffffff, 0x1, 0xbe800000)
  /* 38: fcvt.w.s(-0.25, rup) = 0x0, flags NX */
  F2I(S, 38, fcvt.w.s, rup, 0x0, 0x1, 0xbe800000)
  /* 39: fcvt.w.s(-0.25, rmm) = 0x0, flags NX */
  F2I(S, 39, fcvt.w.s, rmm, 0x0, 0x1, 0xbe800000)
  /* 40: dyn, frm=2 */
  csrwi frm, 2; F2I(S, 40, fcvt.w.s, dyn, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 41: dyn, frm=3 */
  csrwi frm, 3; F2I(S, 41, fcvt.w.s, dyn, 0xfffffffffffffffe, 0x1, 0xc0200000)
  csrwi frm, 0
  /* 42: fcvt.wu.s(0, rne) = 0x0, flags 0 */
  F2I(S, 42, fcvt.wu.s, rne, 0x0, 0x0, 0x0)
  /* 43: fcvt.wu.s(-0, rne) = 0x0, flags 0 */
  F2I(S, 43, fcvt.wu.s, rne, 0x0, 0x0, 0x80000000)
  /* 44: fcvt.wu.s(1, rne) = 0x1, flags 0 */
  F2I(S, 44, fcvt.wu.s, rne, 0x1, 0x0, 0x3f800000)
  /* 45: fcvt.wu.s(-1, rne) = 0x0, flags NV */
  F2I(S, 45, fcvt.wu.s, rne, 0x0, 0x10, 0xbf800000)
  /* 46: fcvt.wu.s(42, rne) = 0x2a, flags 0 */
  F2I(S, 46, fcvt.wu.s, rne, 0x2a, 0x0, 0x42280000)
  /* 47: fcvt.wu.s(-5, rne) = 0x0, flags NV */
  F2I(S, 47, fcvt.wu.s, rne, 0x0, 0x10, 0xc0a00000)
  /* 48: fcvt.wu.s(qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 48, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0x7fc00000)
  /* 49: fcvt.wu.s(-qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 49, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0xffc00000)
  /* 50: fcvt.wu.s(sNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 50, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0x7f800001)
  /* 51: fcvt.wu.s(+inf, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 51, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0x7f800000)
  /* 52: fcvt.wu.s(-inf, rne) = 0x0, flags NV */
  F2I(S, 52, fcvt.wu.s, rne, 0x0, 0x10, 0xff800000)
  /* 53: fcvt.wu.s(1.40129846e-45, rne) = 0x0, flags NX */
  F2I(S, 53, fcvt.wu.s, rne, 0x0, 0x1, 0x1)
  /* 54: fcvt.wu.s(3.40282347e+38, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 54, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0x7f7fffff)
  /* 55: fcvt.wu.s(-3.40282347e+38, rne) = 0x0, flags NV */
  F2I(S, 55, fcvt.wu.s, rne, 0x0, 0x10, 0xff7fffff)
  /* 56: fcvt.wu.s(4.2949673e+09, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 56, fcvt.wu.s, rne, 0xffffffffffffffff, 0x10, 0x4f800000)
  /* 57: fcvt.wu.s(-4.2949673e+09, rne) = 0x0, flags NV */
  F2I(S, 57, fcvt.wu.s, rne, 0x0, 0x10, 0xcf800000)
  /* 58: fcvt.wu.s(2.14748365e+09, rne) = 0xffffffff80000000, flags 0 */
  F2I(S, 58, fcvt.wu.s, rne, 0xffffffff80000000, 0x0, 0x4f000000)
  /* 59: fcvt.wu.s(-2.14748365e+09, rne) = 0x0, flags NV */
  F2I(S, 59, fcvt.wu.s, rne, 0x0, 0x10, 0xcf000000)
  /* 60: fcvt.wu.s(4.29496704e+09, rne) = 0xffffffffffffff00, flags 0 */
  F2I(S, 60, fcvt.wu.s, rne, 0xffffffffffffff00, 0x0, 0x4f7fffff)
  /* 61: fcvt.wu.s(3e+09, rne) = 0xffffffffb2d05e00, flags 0 */
  F2I(S, 61, fcvt.wu.s, rne, 0xffffffffb2d05e00, 0x0, 0x4f32d05e)
  /* 62: fcvt.wu.s(2.5, rne) = 0x2, flags NX */
  F2I(S, 62, fcvt.wu.s, rne, 0x2, 0x1, 0x40200000)
  /* 63: fcvt.wu.s(2.5, rtz) = 0x2, flags NX */
  F2I(S, 63, fcvt.wu.s, rtz, 0x2, 0x1, 0x40200000)
  /* 64: fcvt.wu.s(2.5, rdn) = 0x2, flags NX */
  F2I(S, 64, fcvt.wu.s, rdn, 0x2, 0x1, 0x40200000)
  /* 65: fcvt.wu.s(2.5, rup) = 0x3, flags NX */
  F2I(S, 65, fcvt.wu.s, rup, 0x3, 0x1, 0x40200000)
  /* 66: fcvt.wu.s(2.5, rmm) = 0x3, flags NX */
  F2I(S, 66, fcvt.wu.s, rmm, 0x3, 0x1, 0x40200000)
  /* 67: fcvt.wu.s(3.5, rne) = 0x4, flags NX */
  F2I(S, 67, fcvt.wu.s, rne, 0x4, 0x1, 0x40600000)
  /* 68: fcvt.wu.s(3.5, rtz) = 0x3, flags NX */
  F2I(S, 68, fcvt.wu.s, rtz, 0x3, 0x1, 0x40600000)
  /* 69: fcvt.wu.s(3.5, rdn) = 0x3, flags NX */
  F2I(S, 69, fcvt.wu.s, rdn, 0x3, 0x1, 0x40600000)
  /* 70: fcvt.wu.s(3.5, rup) = 0x4, flags NX */
  F2I(S, 70, fcvt.wu.s, rup, 0x4, 0x1, 0x40600000)
  /* 71: fcvt.wu.s(3.5, rmm) = 0x4, flags NX */
  F2I(S, 71, fcvt.wu.s, rmm, 0x4, 0x1, 0x40600000)
  /* 72: fcvt.wu.s(0.25, rne) = 0x0, flags NX */
  F2I(S, 72, fcvt.wu.s, rne, 0x0, 0x1, 0x3e800000)
  /* 73: fcvt.wu.s(0.25, rtz) = 0x0, flags NX */
  F2I(S, 73, fcvt.wu.s, rtz, 0x0, 0x1, 0x3e800000)
  /* 74: fcvt.wu.s(0.25, rdn) = 0x0, flags NX */
  F2I(S, 74, fcvt.wu.s, rdn, 0x0, 0x1, 0x3e800000)
  /* 75: fcvt.wu.s(0.25, rup) = 0x1, flags NX */
  F2I(S, 75, fcvt.wu.s, rup, 0x1, 0x1, 0x3e800000)
  /* 76: fcvt.wu.s(0.25, rmm) = 0x0, flags NX */
  F2I(S, 76, fcvt.wu.s, rmm, 0x0, 0x1, 0x3e800000)
  /* 77: fcvt.wu.s(-0.75, rne) = 0x0, flags NV */
  F2I(S, 77, fcvt.wu.s, rne, 0x0, 0x10, 0xbf400000)
  /* 78: fcvt.wu.s(-0.75, rtz) = 0x0, flags NX */
  F2I(S, 78, fcvt.wu.s, rtz, 0x0, 0x1, 0xbf400000)
  /* 79: fcvt.wu.s(-0.75, rdn) = 0x0, flags NV */
  F2I(S, 79, fcvt.wu.s, rdn, 0x0, 0x10, 0xbf400000)
  /* 80: fcvt.wu.s(-0.75, rup) = 0x0, flags NX */
  F2I(S, 80, fcvt.wu.s, rup, 0x0, 0x1, 0xbf400000)
  /* 81: fcvt.wu.s(-0.75, rmm) = 0x0, flags NV */
  F2I(S, 81, fcvt.wu.s, rmm, 0x0, 0x10, 0xbf400000)
  /* 82: dyn, frm=2 */
  csrwi frm, 2; F2I(S, 82, fcvt.wu.s, dyn, 0x2, 0x1, 0x40200000)
  /* 83: dyn, frm=3 */
  csrwi frm, 3; F2I(S, 83, fcvt.wu.s, dyn, 0x3, 0x1, 0x40200000)
  csrwi frm, 0
  /* 84: fcvt.l.s(0, rne) = 0x0, flags 0 */
  F2I(S, 84, fcvt.l.s, rne, 0x0, 0x0, 0x0)
  /* 85: fcvt.l.s(-0, rne) = 0x0, flags 0 */
  F2I(S, 85, fcvt.l.s, rne, 0x0, 0x0, 0x80000000)
  /* 86: fcvt.l.s(1, rne) = 0x1, flags 0 */
  F2I(S, 86, fcvt.l.s, rne, 0x1, 0x0, 0x3f800000)
  /* 87: fcvt.l.s(-1, rne) = 0xffffffffffffffff, flags 0 */
  F2I(S, 87, fcvt.l.s, rne, 0xffffffffffffffff, 0x0, 0xbf800000)
  /* 88: fcvt.l.s(42, rne) = 0x2a, flags 0 */
  F2I(S, 88, fcvt.l.s, rne, 0x2a, 0x0, 0x42280000)
  /* 89: fcvt.l.s(-5, rne) = 0xfffffffffffffffb, flags 0 */
  F2I(S, 89, fcvt.l.s, rne, 0xfffffffffffffffb, 0x0, 0xc0a00000)
  /* 90: fcvt.l.s(qNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 90, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x7fc00000)
  /* 91: fcvt.l.s(-qNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 91, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0xffc00000)
  /* 92: fcvt.l.s(sNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 92, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x7f800001)
  /* 93: fcvt.l.s(+inf, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 93, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x7f800000)
  /* 94: fcvt.l.s(-inf, rne) = 0x8000000000000000, flags NV */
  F2I(S, 94, fcvt.l.s, rne, 0x8000000000000000, 0x10, 0xff800000)
  /* 95: fcvt.l.s(1.40129846e-45, rne) = 0x0, flags NX */
  F2I(S, 95, fcvt.l.s, rne, 0x0, 0x1, 0x1)
  /* 96: fcvt.l.s(3.40282347e+38, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 96, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x7f7fffff)
  /* 97: fcvt.l.s(-3.40282347e+38, rne) = 0x8000000000000000, flags NV */
  F2I(S, 97, fcvt.l.s, rne, 0x8000000000000000, 0x10, 0xff7fffff)
  /* 98: fcvt.l.s(1.84467441e+19, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 98, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x5f800000)
  /* 99: fcvt.l.s(-1.84467441e+19, rne) = 0x8000000000000000, flags NV */
  F2I(S, 99, fcvt.l.s, rne, 0x8000000000000000, 0x10, 0xdf800000)
  /* 100: fcvt.l.s(9.22337204e+18, rne) = 0x7fffffffffffffff, flags NV */
  F2I(S, 100, fcvt.l.s, rne, 0x7fffffffffffffff, 0x10, 0x5f000000)
  /* 101: fcvt.l.s(-9.22337204e+18, rne) = 0x8000000000000000, flags 0 */
  F2I(S, 101, fcvt.l.s, rne, 0x8000000000000000, 0x0, 0xdf000000)
  /* 102: fcvt.l.s(9.22337149e+18, rne) = 0x7fffff8000000000, flags 0 */
  F2I(S, 102, fcvt.l.s, rne, 0x7fffff8000000000, 0x0, 0x5effffff)
  /* 103: fcvt.l.s(2.5, rne) = 0x2, flags NX */
  F2I(S, 103, fcvt.l.s, rne, 0x2, 0x1, 0x40200000)
  /* 104: fcvt.l.s(2.5, rtz) = 0x2, flags NX */
  F2I(S, 104, fcvt.l.s, rtz, 0x2, 0x1, 0x40200000)
  /* 105: fcvt.l.s(2.5, rdn) = 0x2, flags NX */
  F2I(S, 105, fcvt.l.s, rdn, 0x2, 0x1, 0x40200000)
  /* 106: fcvt.l.s(2.5, rup) = 0x3, flags NX */
  F2I(S, 106, fcvt.l.s, rup, 0x3, 0x1, 0x40200000)
  /* 107: fcvt.l.s(2.5, rmm) = 0x3, flags NX */
  F2I(S, 107, fcvt.l.s, rmm, 0x3, 0x1, 0x40200000)
  /* 108: fcvt.l.s(-2.5, rne) = 0xfffffffffffffffe, flags NX */
  F2I(S, 108, fcvt.l.s, rne, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 109: fcvt.l.s(-2.5, rtz) = 0xfffffffffffffffe, flags NX */
  F2I(S, 109, fcvt.l.s, rtz, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 110: fcvt.l.s(-2.5, rdn) = 0xfffffffffffffffd, flags NX */
  F2I(S, 110, fcvt.l.s, rdn, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 111: fcvt.l.s(-2.5, rup) = 0xfffffffffffffffe, flags NX */
  F2I(S, 111, fcvt.l.s, rup, 0xfffffffffffffffe, 0x1, 0xc0200000)
  /* 112: fcvt.l.s(-2.5, rmm) = 0xfffffffffffffffd, flags NX */
  F2I(S, 112, fcvt.l.s, rmm, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 113: fcvt.l.s(0.75, rne) = 0x1, flags NX */
  F2I(S, 113, fcvt.l.s, rne, 0x1, 0x1, 0x3f400000)
  /* 114: fcvt.l.s(0.75, rtz) = 0x0, flags NX */
  F2I(S, 114, fcvt.l.s, rtz, 0x0, 0x1, 0x3f400000)
  /* 115: fcvt.l.s(0.75, rdn) = 0x0, flags NX */
  F2I(S, 115, fcvt.l.s, rdn, 0x0, 0x1, 0x3f400000)
  /* 116: fcvt.l.s(0.75, rup) = 0x1, flags NX */
  F2I(S, 116, fcvt.l.s, rup, 0x1, 0x1, 0x3f400000)
  /* 117: fcvt.l.s(0.75, rmm) = 0x1, flags NX */
  F2I(S, 117, fcvt.l.s, rmm, 0x1, 0x1, 0x3f400000)
  /* 118: fcvt.l.s(-0.25, rne) = 0x0, flags NX */
  F2I(S, 118, fcvt.l.s, rne, 0x0, 0x1, 0xbe800000)
  /* 119: fcvt.l.s(-0.25, rtz) = 0x0, flags NX */
  F2I(S, 119, fcvt.l.s, rtz, 0x0, 0x1, 0xbe800000)
  /* 120: fcvt.l.s(-0.25, rdn) = 0xffffffffffffffff, flags NX */
  F2I(S, 120, fcvt.l.s, rdn, 0xffffffffffffffff, 0x1, 0xbe800000)
  /* 121: fcvt.l.s(-0.25, rup) = 0x0, flags NX */
  F2I(S, 121, fcvt.l.s, rup, 0x0, 0x1, 0xbe800000)
  /* 122: fcvt.l.s(-0.25, rmm) = 0x0, flags NX */
  F2I(S, 122, fcvt.l.s, rmm, 0x0, 0x1, 0xbe800000)
  /* 123: dyn, frm=2 */
  csrwi frm, 2; F2I(S, 123, fcvt.l.s, dyn, 0xfffffffffffffffd, 0x1, 0xc0200000)
  /* 124: dyn, frm=3 */
  csrwi frm, 3; F2I(S, 124, fcvt.l.s, dyn, 0xfffffffffffffffe, 0x1, 0xc0200000)
  csrwi frm, 0
  /* 125: fcvt.lu.s(0, rne) = 0x0, flags 0 */
  F2I(S, 125, fcvt.lu.s, rne, 0x0, 0x0, 0x0)
  /* 126: fcvt.lu.s(-0, rne) = 0x0, flags 0 */
  F2I(S, 126, fcvt.lu.s, rne, 0x0, 0x0, 0x80000000)
  /* 127: fcvt.lu.s(1, rne) = 0x1, flags 0 */
  F2I(S, 127, fcvt.lu.s, rne, 0x1, 0x0, 0x3f800000)
  /* 128: fcvt.lu.s(-1, rne) = 0x0, flags NV */
  F2I(S, 128, fcvt.lu.s, rne, 0x0, 0x10, 0xbf800000)
  /* 129: fcvt.lu.s(42, rne) = 0x2a, flags 0 */
  F2I(S, 129, fcvt.lu.s, rne, 0x2a, 0x0, 0x42280000)
  /* 130: fcvt.lu.s(-5, rne) = 0x0, flags NV */
  F2I(S, 130, fcvt.lu.s, rne, 0x0, 0x10, 0xc0a00000)
  /* 131: fcvt.lu.s(qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 131, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0x7fc00000)
  /* 132: fcvt.lu.s(-qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 132, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0xffc00000)
  /* 133: fcvt.lu.s(sNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 133, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0x7f800001)
  /* 134: fcvt.lu.s(+inf, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 134, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0x7f800000)
  /* 135: fcvt.lu.s(-inf, rne) = 0x0, flags NV */
  F2I(S, 135, fcvt.lu.s, rne, 0x0, 0x10, 0xff800000)
  /* 136: fcvt.lu.s(1.40129846e-45, rne) = 0x0, flags NX */
  F2I(S, 136, fcvt.lu.s, rne, 0x0, 0x1, 0x1)
  /* 137: fcvt.lu.s(3.40282347e+38, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 137, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0x7f7fffff)
  /* 138: fcvt.lu.s(-3.40282347e+38, rne) = 0x0, flags NV */
  F2I(S, 138, fcvt.lu.s, rne, 0x0, 0x10, 0xff7fffff)
  /* 139: fcvt.lu.s(1.84467441e+19, rne) = 0xffffffffffffffff, flags NV */
  F2I(S, 139, fcvt.lu.s, rne, 0xffffffffffffffff, 0x10, 0x5f800000)
  /* 140: fcvt.lu.s(-1.84467441e+19, rne) = 0x0, flags NV */
  F2I(S, 140, fcvt.lu.s, rne, 0x0, 0x10, 0xdf800000)
  /* 141: fcvt.lu.s(9.22337204e+18, rne) = 0x8000000000000000, flags 0 */
  F2I(S, 141, fcvt.lu.s, rne, 0x8000000000000000, 0x0, 0x5f000000)
  /* 142: fcvt.lu.s(-9.22337204e+18, rne) = 0x0, flags NV */
  F2I(S, 142, fcvt.lu.s, rne, 0x0, 0x10, 0xdf000000)
  /* 143: fcvt.lu.s(1.8446743e+19, rne) = 0xffffff0000000000, flags 0 */
  F2I(S, 143, fcvt.lu.s, rne, 0xffffff0000000000, 0x0, 0x5f7fffff)
  /* 144: fcvt.lu.s(3e+09, rne) = 0xb2d05e00, flags 0 */
  F2I(S, 144, fcvt.lu.s, rne, 0xb2d05e00, 0x0, 0x4f32d05e)
  /* 145: fcvt.lu.s(2.5, rne) = 0x2, flags NX */
  F2I(S, 145, fcvt.lu.s, rne, 0x2, 0x1, 0x40200000)
  /* 146: fcvt.lu.s(2.5, rtz) = 0x2, flags NX */
  F2I(S, 146, fcvt.lu.s, rtz, 0x2, 0x1, 0x40200000)
  /* 147: fcvt.lu.s(2.5, rdn) = 0x2, flags NX */
  F2I(S, 147, fcvt.lu.s, rdn, 0x2, 0x1, 0x40200000)
  /* 148: fcvt.lu.s(2.5, rup) = 0x3, flags NX */
  F2I(S, 148, fcvt.lu.s, rup, 0x3, 0x1, 0x40200000)
  /* 149: fcvt.lu.s(2.5, rmm) = 0x3, flags NX */
  F2I(S, 149, fcvt.lu.s, rmm, 0x3, 0x1, 0x40200000)
  /* 150: fcvt.lu.s(3.5, rne) = 0x4, flags NX */
  F2I(S, 150, fcvt.lu.s, rne, 0x4, 0x1, 0x40600000)
  /* 151: fcvt.lu.s(3.5, rtz) = 0x3, flags NX */
  F2I(S, 151, fcvt.lu.s, rtz, 0x3, 0x1, 0x40600000)
  /* 152: fcvt.lu.s(3.5, rdn) = 0x3, flags NX */
  F2I(S, 152, fcvt.lu.s, rdn, 0x3, 0x1, 0x40600000)
  /* 153: fcvt.lu.s(3.5, rup) = 0x4, flags NX */
  F2I(S, 153, fcvt.lu.s, rup, 0x4, 0x1, 0x40600000)
  /* 154: fcvt.lu.s(3.5, rmm) = 0x4, flags NX */
  F2I(S, 154, fcvt.lu.s, rmm, 0x4, 0x1, 0x40600000)
  /* 155: fcvt.lu.s(0.25, rne) = 0x0, flags NX */
  F2I(S, 155, fcvt.lu.s, rne, 0x0, 0x1, 0x3e800000)
  /* 156: fcvt.lu.s(0.25, rtz) = 0x0, flags NX */
  F2I(S, 156, fcvt.lu.s, rtz, 0x0, 0x1, 0x3e800000)
  /* 157: fcvt.lu.s(0.25, rdn) = 0x0, flags NX */
  F2I(S, 157, fcvt.lu.s, rdn, 0x0, 0x1, 0x3e800000)
  /* 158: fcvt.lu.s(0.25, rup) = 0x1, flags NX */
  F2I(S, 158, fcvt.lu.s, rup, 0x1, 0x1, 0x3e800000)
  /* 159: fcvt.lu.s(0.25, rmm) = 0x0, flags NX */
  F2I(S, 159, fcvt.lu.s, rmm, 0x0, 0x1, 0x3e800000)
  /* 160: fcvt.lu.s(-0.75, rne) = 0x0, flags NV */
  F2I(S, 160, fcvt.lu.s, rne, 0x0, 0x10, 0xbf400000)
  /* 161: fcvt.lu.s(-0.75, rtz) = 0x0, flags NX */
  F2I(S, 161, fcvt.lu.s, rtz, 0x0, 0x1, 0xbf400000)
  /* 162: fcvt.lu.s(-0.75, rdn) = 0x0, flags NV */
  F2I(S, 162, fcvt.lu.s, rdn, 0x0, 0x10, 0xbf400000)
  /* 163: fcvt.lu.s(-0.75, rup) = 0x0, flags NX */
  F2I(S, 163, fcvt.lu.s, rup, 0x0, 0x1, 0xbf400000)
  /* 164: fcvt.lu.s(-0.75, rmm) = 0x0, flags NV */
  F2I(S, 164, fcvt.lu.s, rmm, 0x0, 0x10, 0xbf400000)
  /* 165: dyn, frm=2 */
  csrwi frm, 2; F2I(S, 165, fcvt.lu.s, dyn, 0x2, 0x1, 0x40200000)
  /* 166: dyn, frm=3 */
  csrwi frm, 3; F2I(S, 166, fcvt.lu.s, dyn, 0x3, 0x1, 0x40200000)
  csrwi frm, 0
  csrwi fcsr, 0
TEST_END
