/* fcvt.w.d / fcvt.wu.d / fcvt.l.d / fcvt.lu.d (double -> signed/unsigned 32/64-bit integer):
 * exact conversions, 32-bit results sign-extended into the 64-bit register (also for fcvt.wu), every
 * rounding mode (static and dyn) on fractional values, the boundaries of each integer range, saturation
 * with NV for out-of-range values, +-inf and NaN (NaN converts to the largest positive integer),
 * negative values to unsigned (0 with NV, but a negative value that rounds to 0 is only inexact), and
 * a value that is in range only before rounding.
 * (187 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fcvt.w.d(0, rne) = 0x0, flags 0 */
  F2I(D, 1, fcvt.w.d, rne, 0x0, 0x0, 0x0)
  /* 2: fcvt.w.d(-0, rne) = 0x0, flags 0 */
  F2I(D, 2, fcvt.w.d, rne, 0x0, 0x0, 0x8000000000000000)
  /* 3: fcvt.w.d(1, rne) = 0x1, flags 0 */
  F2I(D, 3, fcvt.w.d, rne, 0x1, 0x0, 0x3ff0000000000000)
  /* 4: fcvt.w.d(-1, rne) = 0xffffffffffffffff, flags 0 */
  F2I(D, 4, fcvt.w.d, rne, 0xffffffffffffffff, 0x0, 0xbff0000000000000)
  /* 5: fcvt.w.d(42, rne) = 0x2a, flags 0 */
  F2I(D, 5, fcvt.w.d, rne, 0x2a, 0x0, 0x4045000000000000)
  /* 6: fcvt.w.d(-5, rne) = 0xfffffffffffffffb, flags 0 */
  F2I(D, 6, fcvt.w.d, rne, 0xfffffffffffffffb, 0x0, 0xc014000000000000)
  /* 7: fcvt.w.d(qNaN, rne) = 0x7fffffff, flags NV */
  F2I(D, 7, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x7ff8000000000000)
  /* 8: fcvt.w.d(-qNaN, rne) = 0x7fffffff, flags NV */
  F2I(D, 8, fcvt.w.d, rne, 0x7fffffff, 0x10, 0xfff8000000000000)
  /* 9: fcvt.w.d(sNaN, rne) = 0x7fffffff, flags NV */
  F2I(D, 9, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x7ff0000000000001)
  /* 10: fcvt.w.d(+inf, rne) = 0x7fffffff, flags NV */
  F2I(D, 10, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x7ff0000000000000)
  /* 11: fcvt.w.d(-inf, rne) = 0xffffffff80000000, flags NV */
  F2I(D, 11, fcvt.w.d, rne, 0xffffffff80000000, 0x10, 0xfff0000000000000)
  /* 12: fcvt.w.d(4.9406564584124654e-324, rne) = 0x0, flags NX */
  F2I(D, 12, fcvt.w.d, rne, 0x0, 0x1, 0x1)
  /* 13: fcvt.w.d(1.7976931348623157e+308, rne) = 0x7fffffff, flags NV */
  F2I(D, 13, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x7fefffffffffffff)
  /* 14: fcvt.w.d(-1.7976931348623157e+308, rne) = 0xffffffff80000000, flags NV */
  F2I(D, 14, fcvt.w.d, rne, 0xffffffff80000000, 0x10, 0xffefffffffffffff)
  /* 15: fcvt.w.d(4294967296, rne) = 0x7fffffff, flags NV */
  F2I(D, 15, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x41f0000000000000)
  /* 16: fcvt.w.d(-4294967296, rne) = 0xffffffff80000000, flags NV */
  F2I(D, 16, fcvt.w.d, rne, 0xffffffff80000000, 0x10, 0xc1f0000000000000)
  /* 17: fcvt.w.d(2147483648, rne) = 0x7fffffff, flags NV */
  F2I(D, 17, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x41e0000000000000)
  /* 18: fcvt.w.d(-2147483648, rne) = 0xffffffff80000000, flags 0 */
  F2I(D, 18, fcvt.w.d, rne, 0xffffffff80000000, 0x0, 0xc1e0000000000000)
  /* 19: fcvt.w.d(2147483647, rne) = 0x7fffffff, flags 0 */
  F2I(D, 19, fcvt.w.d, rne, 0x7fffffff, 0x0, 0x41dfffffffc00000)
  /* 20: fcvt.w.d(-2147483649, rne) = 0xffffffff80000000, flags NV */
  F2I(D, 20, fcvt.w.d, rne, 0xffffffff80000000, 0x10, 0xc1e0000000200000)
  /* 21: fcvt.w.d(2.5, rne) = 0x2, flags NX */
  F2I(D, 21, fcvt.w.d, rne, 0x2, 0x1, 0x4004000000000000)
  /* 22: fcvt.w.d(2.5, rtz) = 0x2, flags NX */
  F2I(D, 22, fcvt.w.d, rtz, 0x2, 0x1, 0x4004000000000000)
  /* 23: fcvt.w.d(2.5, rdn) = 0x2, flags NX */
  F2I(D, 23, fcvt.w.d, rdn, 0x2, 0x1, 0x4004000000000000)
  /* 24: fcvt.w.d(2.5, rup) = 0x3, flags NX */
  F2I(D, 24, fcvt.w.d, rup, 0x3, 0x1, 0x4004000000000000)
  /* 25: fcvt.w.d(2.5, rmm) = 0x3, flags NX */
  F2I(D, 25, fcvt.w.d, rmm, 0x3, 0x1, 0x4004000000000000)
  /* 26: fcvt.w.d(-2.5, rne) = 0xfffffffffffffffe, flags NX */
  F2I(D, 26, fcvt.w.d, rne, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 27: fcvt.w.d(-2.5, rtz) = 0xfffffffffffffffe, flags NX */
  F2I(D, 27, fcvt.w.d, rtz, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 28: fcvt.w.d(-2.5, rdn) = 0xfffffffffffffffd, flags NX */
  F2I(D, 28, fcvt.w.d, rdn, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 29: fcvt.w.d(-2.5, rup) = 0xfffffffffffffffe, flags NX */
  F2I(D, 29, fcvt.w.d, rup, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 30: fcvt.w.d(-2.5, rmm) = 0xfffffffffffffffd, flags NX */
  F2I(D, 30, fcvt.w.d, rmm, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 31: fcvt.w.d(0.75, rne) = 0x1, flags NX */
  F2I(D, 31, fcvt.w.d, rne, 0x1, 0x1, 0x3fe8000000000000)
  /* 32: fcvt.w.d(0.75, rtz) = 0x0, flags NX */
  F2I(D, 32, fcvt.w.d, rtz, 0x0, 0x1, 0x3fe8000000000000)
  /* 33: fcvt.w.d(0.75, rdn) = 0x0, flags NX */
  F2I(D, 33, fcvt.w.d, rdn, 0x0, 0x1, 0x3fe8000000000000)
  /* 34: fcvt.w.d(0.75, rup) = 0x1, flags NX */
  F2I(D, 34, fcvt.w.d, rup, 0x1, 0x1, 0x3fe8000000000000)
  /* 35: fcvt.w.d(0.75, rmm) = 0x1, flags NX */
  F2I(D, 35, fcvt.w.d, rmm, 0x1, 0x1, 0x3fe8000000000000)
  /* 36: fcvt.w.d(-0.25, rne) = 0x0, flags NX */
  F2I(D, 36, fcvt.w.d, rne, 0x0, 0x1, 0xbfd0000000000000)
  /* 37: fcvt.w.d(-0.25, rtz) = 0x0, flags NX */
  F2I(D, 37, fcvt.w.d, rtz, 0x0, 0x1, 0xbfd0000000000000)
  /* 38: fcvt.w.d(-0.25, rdn) = 0xffffffffffffffff, flags NX */
  F2I(D, 38, fcvt.w.d, rdn, 0xffffffffffffffff, 0x1, 0xbfd0000000000000)
  /* 39: fcvt.w.d(-0.25, rup) = 0x0, flags NX */
  F2I(D, 39, fcvt.w.d, rup, 0x0, 0x1, 0xbfd0000000000000)
  /* 40: fcvt.w.d(-0.25, rmm) = 0x0, flags NX */
  F2I(D, 40, fcvt.w.d, rmm, 0x0, 0x1, 0xbfd0000000000000)
  /* 41: fcvt.w.d(2147483647.5, rne) = 0x7fffffff, flags NV */
  F2I(D, 41, fcvt.w.d, rne, 0x7fffffff, 0x10, 0x41dfffffffe00000)
  /* 42: fcvt.w.d(2147483647.5, rtz) = 0x7fffffff, flags NX */
  F2I(D, 42, fcvt.w.d, rtz, 0x7fffffff, 0x1, 0x41dfffffffe00000)
  /* 43: fcvt.w.d(2147483647.5, rdn) = 0x7fffffff, flags NX */
  F2I(D, 43, fcvt.w.d, rdn, 0x7fffffff, 0x1, 0x41dfffffffe00000)
  /* 44: fcvt.w.d(2147483647.5, rup) = 0x7fffffff, flags NV */
  F2I(D, 44, fcvt.w.d, rup, 0x7fffffff, 0x10, 0x41dfffffffe00000)
  /* 45: fcvt.w.d(2147483647.5, rmm) = 0x7fffffff, flags NV */
  F2I(D, 45, fcvt.w.d, rmm, 0x7fffffff, 0x10, 0x41dfffffffe00000)
  /* 46: fcvt.w.d(-2147483648.5, rne) = 0xffffffff80000000, flags NX */
  F2I(D, 46, fcvt.w.d, rne, 0xffffffff80000000, 0x1, 0xc1e0000000100000)
  /* 47: fcvt.w.d(-2147483648.5, rtz) = 0xffffffff80000000, flags NX */
  F2I(D, 47, fcvt.w.d, rtz, 0xffffffff80000000, 0x1, 0xc1e0000000100000)
  /* 48: fcvt.w.d(-2147483648.5, rdn) = 0xffffffff80000000, flags NV */
  F2I(D, 48, fcvt.w.d, rdn, 0xffffffff80000000, 0x10, 0xc1e0000000100000)
  /* 49: fcvt.w.d(-2147483648.5, rup) = 0xffffffff80000000, flags NX */
  F2I(D, 49, fcvt.w.d, rup, 0xffffffff80000000, 0x1, 0xc1e0000000100000)
  /* 50: fcvt.w.d(-2147483648.5, rmm) = 0xffffffff80000000, flags NV */
  F2I(D, 50, fcvt.w.d, rmm, 0xffffffff80000000, 0x10, 0xc1e0000000100000)
  /* 51: dyn, frm=2 */
  csrwi frm, 2; F2I(D, 51, fcvt.w.d, dyn, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 52: dyn, frm=3 */
  csrwi frm, 3; F2I(D, 52, fcvt.w.d, dyn, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  csrwi frm, 0
  /* 53: fcvt.wu.d(0, rne) = 0x0, flags 0 */
  F2I(D, 53, fcvt.wu.d, rne, 0x0, 0x0, 0x0)
  /* 54: fcvt.wu.d(-0, rne) = 0x0, flags 0 */
  F2I(D, 54, fcvt.wu.d, rne, 0x0, 0x0, 0x8000000000000000)
  /* 55: fcvt.wu.d(1, rne) = 0x1, flags 0 */
  F2I(D, 55, fcvt.wu.d, rne, 0x1, 0x0, 0x3ff0000000000000)
  /* 56: fcvt.wu.d(-1, rne) = 0x0, flags NV */
  F2I(D, 56, fcvt.wu.d, rne, 0x0, 0x10, 0xbff0000000000000)
  /* 57: fcvt.wu.d(42, rne) = 0x2a, flags 0 */
  F2I(D, 57, fcvt.wu.d, rne, 0x2a, 0x0, 0x4045000000000000)
  /* 58: fcvt.wu.d(-5, rne) = 0x0, flags NV */
  F2I(D, 58, fcvt.wu.d, rne, 0x0, 0x10, 0xc014000000000000)
  /* 59: fcvt.wu.d(qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 59, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff8000000000000)
  /* 60: fcvt.wu.d(-qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 60, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0xfff8000000000000)
  /* 61: fcvt.wu.d(sNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 61, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff0000000000001)
  /* 62: fcvt.wu.d(+inf, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 62, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff0000000000000)
  /* 63: fcvt.wu.d(-inf, rne) = 0x0, flags NV */
  F2I(D, 63, fcvt.wu.d, rne, 0x0, 0x10, 0xfff0000000000000)
  /* 64: fcvt.wu.d(4.9406564584124654e-324, rne) = 0x0, flags NX */
  F2I(D, 64, fcvt.wu.d, rne, 0x0, 0x1, 0x1)
  /* 65: fcvt.wu.d(1.7976931348623157e+308, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 65, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x7fefffffffffffff)
  /* 66: fcvt.wu.d(-1.7976931348623157e+308, rne) = 0x0, flags NV */
  F2I(D, 66, fcvt.wu.d, rne, 0x0, 0x10, 0xffefffffffffffff)
  /* 67: fcvt.wu.d(4294967296, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 67, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x41f0000000000000)
  /* 68: fcvt.wu.d(-4294967296, rne) = 0x0, flags NV */
  F2I(D, 68, fcvt.wu.d, rne, 0x0, 0x10, 0xc1f0000000000000)
  /* 69: fcvt.wu.d(2147483648, rne) = 0xffffffff80000000, flags 0 */
  F2I(D, 69, fcvt.wu.d, rne, 0xffffffff80000000, 0x0, 0x41e0000000000000)
  /* 70: fcvt.wu.d(-2147483648, rne) = 0x0, flags NV */
  F2I(D, 70, fcvt.wu.d, rne, 0x0, 0x10, 0xc1e0000000000000)
  /* 71: fcvt.wu.d(4294967295, rne) = 0xffffffffffffffff, flags 0 */
  F2I(D, 71, fcvt.wu.d, rne, 0xffffffffffffffff, 0x0, 0x41efffffffe00000)
  /* 72: fcvt.wu.d(3000000000, rne) = 0xffffffffb2d05e00, flags 0 */
  F2I(D, 72, fcvt.wu.d, rne, 0xffffffffb2d05e00, 0x0, 0x41e65a0bc0000000)
  /* 73: fcvt.wu.d(2.5, rne) = 0x2, flags NX */
  F2I(D, 73, fcvt.wu.d, rne, 0x2, 0x1, 0x4004000000000000)
  /* 74: fcvt.wu.d(2.5, rtz) = 0x2, flags NX */
  F2I(D, 74, fcvt.wu.d, rtz, 0x2, 0x1, 0x4004000000000000)
  /* 75: fcvt.wu.d(2.5, rdn) = 0x2, flags NX */
  F2I(D, 75, fcvt.wu.d, rdn, 0x2, 0x1, 0x4004000000000000)
  /* 76: fcvt.wu.d(2.5, rup) = 0x3, flags NX */
  F2I(D, 76, fcvt.wu.d, rup, 0x3, 0x1, 0x4004000000000000)
  /* 77: fcvt.wu.d(2.5, rmm) = 0x3, flags NX */
  F2I(D, 77, fcvt.wu.d, rmm, 0x3, 0x1, 0x4004000000000000)
  /* 78: fcvt.wu.d(3.5, rne) = 0x4, flags NX */
  F2I(D, 78, fcvt.wu.d, rne, 0x4, 0x1, 0x400c000000000000)
  /* 79: fcvt.wu.d(3.5, rtz) = 0x3, flags NX */
  F2I(D, 79, fcvt.wu.d, rtz, 0x3, 0x1, 0x400c000000000000)
  /* 80: fcvt.wu.d(3.5, rdn) = 0x3, flags NX */
  F2I(D, 80, fcvt.wu.d, rdn, 0x3, 0x1, 0x400c000000000000)
  /* 81: fcvt.wu.d(3.5, rup) = 0x4, flags NX */
  F2I(D, 81, fcvt.wu.d, rup, 0x4, 0x1, 0x400c000000000000)
  /* 82: fcvt.wu.d(3.5, rmm) = 0x4, flags NX */
  F2I(D, 82, fcvt.wu.d, rmm, 0x4, 0x1, 0x400c000000000000)
  /* 83: fcvt.wu.d(0.25, rne) = 0x0, flags NX */
  F2I(D, 83, fcvt.wu.d, rne, 0x0, 0x1, 0x3fd0000000000000)
  /* 84: fcvt.wu.d(0.25, rtz) = 0x0, flags NX */
  F2I(D, 84, fcvt.wu.d, rtz, 0x0, 0x1, 0x3fd0000000000000)
  /* 85: fcvt.wu.d(0.25, rdn) = 0x0, flags NX */
  F2I(D, 85, fcvt.wu.d, rdn, 0x0, 0x1, 0x3fd0000000000000)
  /* 86: fcvt.wu.d(0.25, rup) = 0x1, flags NX */
  F2I(D, 86, fcvt.wu.d, rup, 0x1, 0x1, 0x3fd0000000000000)
  /* 87: fcvt.wu.d(0.25, rmm) = 0x0, flags NX */
  F2I(D, 87, fcvt.wu.d, rmm, 0x0, 0x1, 0x3fd0000000000000)
  /* 88: fcvt.wu.d(-0.75, rne) = 0x0, flags NV */
  F2I(D, 88, fcvt.wu.d, rne, 0x0, 0x10, 0xbfe8000000000000)
  /* 89: fcvt.wu.d(-0.75, rtz) = 0x0, flags NX */
  F2I(D, 89, fcvt.wu.d, rtz, 0x0, 0x1, 0xbfe8000000000000)
  /* 90: fcvt.wu.d(-0.75, rdn) = 0x0, flags NV */
  F2I(D, 90, fcvt.wu.d, rdn, 0x0, 0x10, 0xbfe8000000000000)
  /* 91: fcvt.wu.d(-0.75, rup) = 0x0, flags NX */
  F2I(D, 91, fcvt.wu.d, rup, 0x0, 0x1, 0xbfe8000000000000)
  /* 92: fcvt.wu.d(-0.75, rmm) = 0x0, flags NV */
  F2I(D, 92, fcvt.wu.d, rmm, 0x0, 0x10, 0xbfe8000000000000)
  /* 93: fcvt.wu.d(4294967295.5, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 93, fcvt.wu.d, rne, 0xffffffffffffffff, 0x10, 0x41effffffff00000)
  /* 94: fcvt.wu.d(4294967295.5, rtz) = 0xffffffffffffffff, flags NX */
  F2I(D, 94, fcvt.wu.d, rtz, 0xffffffffffffffff, 0x1, 0x41effffffff00000)
  /* 95: fcvt.wu.d(4294967295.5, rdn) = 0xffffffffffffffff, flags NX */
  F2I(D, 95, fcvt.wu.d, rdn, 0xffffffffffffffff, 0x1, 0x41effffffff00000)
  /* 96: fcvt.wu.d(4294967295.5, rup) = 0xffffffffffffffff, flags NV */
  F2I(D, 96, fcvt.wu.d, rup, 0xffffffffffffffff, 0x10, 0x41effffffff00000)
  /* 97: fcvt.wu.d(4294967295.5, rmm) = 0xffffffffffffffff, flags NV */
  F2I(D, 97, fcvt.wu.d, rmm, 0xffffffffffffffff, 0x10, 0x41effffffff00000)
  /* 98: fcvt.wu.d(-0.5, rne) = 0x0, flags NX */
  F2I(D, 98, fcvt.wu.d, rne, 0x0, 0x1, 0xbfe0000000000000)
  /* 99: fcvt.wu.d(-0.5, rtz) = 0x0, flags NX */
  F2I(D, 99, fcvt.wu.d, rtz, 0x0, 0x1, 0xbfe0000000000000)
  /* 100: fcvt.wu.d(-0.5, rdn) = 0x0, flags NV */
  F2I(D, 100, fcvt.wu.d, rdn, 0x0, 0x10, 0xbfe0000000000000)
  /* 101: fcvt.wu.d(-0.5, rup) = 0x0, flags NX */
  F2I(D, 101, fcvt.wu.d, rup, 0x0, 0x1, 0xbfe0000000000000)
  /* 102: fcvt.wu.d(-0.5, rmm) = 0x0, flags NV */
  F2I(D, 102, fcvt.wu.d, rmm, 0x0, 0x10, 0xbfe0000000000000)
  /* 103: dyn, frm=2 */
  csrwi frm, 2; F2I(D, 103, fcvt.wu.d, dyn, 0x2, 0x1, 0x4004000000000000)
  /* 104: dyn, frm=3 */
  csrwi frm, 3; F2I(D, 104, fcvt.wu.d, dyn, 0x3, 0x1, 0x4004000000000000)
  csrwi frm, 0
  /* 105: fcvt.l.d(0, rne) = 0x0, flags 0 */
  F2I(D, 105, fcvt.l.d, rne, 0x0, 0x0, 0x0)
  /* 106: fcvt.l.d(-0, rne) = 0x0, flags 0 */
  F2I(D, 106, fcvt.l.d, rne, 0x0, 0x0, 0x8000000000000000)
  /* 107: fcvt.l.d(1, rne) = 0x1, flags 0 */
  F2I(D, 107, fcvt.l.d, rne, 0x1, 0x0, 0x3ff0000000000000)
  /* 108: fcvt.l.d(-1, rne) = 0xffffffffffffffff, flags 0 */
  F2I(D, 108, fcvt.l.d, rne, 0xffffffffffffffff, 0x0, 0xbff0000000000000)
  /* 109: fcvt.l.d(42, rne) = 0x2a, flags 0 */
  F2I(D, 109, fcvt.l.d, rne, 0x2a, 0x0, 0x4045000000000000)
  /* 110: fcvt.l.d(-5, rne) = 0xfffffffffffffffb, flags 0 */
  F2I(D, 110, fcvt.l.d, rne, 0xfffffffffffffffb, 0x0, 0xc014000000000000)
  /* 111: fcvt.l.d(qNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 111, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x7ff8000000000000)
  /* 112: fcvt.l.d(-qNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 112, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0xfff8000000000000)
  /* 113: fcvt.l.d(sNaN, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 113, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x7ff0000000000001)
  /* 114: fcvt.l.d(+inf, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 114, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x7ff0000000000000)
  /* 115: fcvt.l.d(-inf, rne) = 0x8000000000000000, flags NV */
  F2I(D, 115, fcvt.l.d, rne, 0x8000000000000000, 0x10, 0xfff0000000000000)
  /* 116: fcvt.l.d(4.9406564584124654e-324, rne) = 0x0, flags NX */
  F2I(D, 116, fcvt.l.d, rne, 0x0, 0x1, 0x1)
  /* 117: fcvt.l.d(1.7976931348623157e+308, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 117, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x7fefffffffffffff)
  /* 118: fcvt.l.d(-1.7976931348623157e+308, rne) = 0x8000000000000000, flags NV */
  F2I(D, 118, fcvt.l.d, rne, 0x8000000000000000, 0x10, 0xffefffffffffffff)
  /* 119: fcvt.l.d(1.8446744073709552e+19, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 119, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x43f0000000000000)
  /* 120: fcvt.l.d(-1.8446744073709552e+19, rne) = 0x8000000000000000, flags NV */
  F2I(D, 120, fcvt.l.d, rne, 0x8000000000000000, 0x10, 0xc3f0000000000000)
  /* 121: fcvt.l.d(9.2233720368547758e+18, rne) = 0x7fffffffffffffff, flags NV */
  F2I(D, 121, fcvt.l.d, rne, 0x7fffffffffffffff, 0x10, 0x43e0000000000000)
  /* 122: fcvt.l.d(-9.2233720368547758e+18, rne) = 0x8000000000000000, flags 0 */
  F2I(D, 122, fcvt.l.d, rne, 0x8000000000000000, 0x0, 0xc3e0000000000000)
  /* 123: fcvt.l.d(9.2233720368547748e+18, rne) = 0x7ffffffffffffc00, flags 0 */
  F2I(D, 123, fcvt.l.d, rne, 0x7ffffffffffffc00, 0x0, 0x43dfffffffffffff)
  /* 124: fcvt.l.d(2.5, rne) = 0x2, flags NX */
  F2I(D, 124, fcvt.l.d, rne, 0x2, 0x1, 0x4004000000000000)
  /* 125: fcvt.l.d(2.5, rtz) = 0x2, flags NX */
  F2I(D, 125, fcvt.l.d, rtz, 0x2, 0x1, 0x4004000000000000)
  /* 126: fcvt.l.d(2.5, rdn) = 0x2, flags NX */
  F2I(D, 126, fcvt.l.d, rdn, 0x2, 0x1, 0x4004000000000000)
  /* 127: fcvt.l.d(2.5, rup) = 0x3, flags NX */
  F2I(D, 127, fcvt.l.d, rup, 0x3, 0x1, 0x4004000000000000)
  /* 128: fcvt.l.d(2.5, rmm) = 0x3, flags NX */
  F2I(D, 128, fcvt.l.d, rmm, 0x3, 0x1, 0x4004000000000000)
  /* 129: fcvt.l.d(-2.5, rne) = 0xfffffffffffffffe, flags NX */
  F2I(D, 129, fcvt.l.d, rne, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 130: fcvt.l.d(-2.5, rtz) = 0xfffffffffffffffe, flags NX */
  F2I(D, 130, fcvt.l.d, rtz, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 131: fcvt.l.d(-2.5, rdn) = 0xfffffffffffffffd, flags NX */
  F2I(D, 131, fcvt.l.d, rdn, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 132: fcvt.l.d(-2.5, rup) = 0xfffffffffffffffe, flags NX */
  F2I(D, 132, fcvt.l.d, rup, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  /* 133: fcvt.l.d(-2.5, rmm) = 0xfffffffffffffffd, flags NX */
  F2I(D, 133, fcvt.l.d, rmm, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 134: fcvt.l.d(0.75, rne) = 0x1, flags NX */
  F2I(D, 134, fcvt.l.d, rne, 0x1, 0x1, 0x3fe8000000000000)
  /* 135: fcvt.l.d(0.75, rtz) = 0x0, flags NX */
  F2I(D, 135, fcvt.l.d, rtz, 0x0, 0x1, 0x3fe8000000000000)
  /* 136: fcvt.l.d(0.75, rdn) = 0x0, flags NX */
  F2I(D, 136, fcvt.l.d, rdn, 0x0, 0x1, 0x3fe8000000000000)
  /* 137: fcvt.l.d(0.75, rup) = 0x1, flags NX */
  F2I(D, 137, fcvt.l.d, rup, 0x1, 0x1, 0x3fe8000000000000)
  /* 138: fcvt.l.d(0.75, rmm) = 0x1, flags NX */
  F2I(D, 138, fcvt.l.d, rmm, 0x1, 0x1, 0x3fe8000000000000)
  /* 139: fcvt.l.d(-0.25, rne) = 0x0, flags NX */
  F2I(D, 139, fcvt.l.d, rne, 0x0, 0x1, 0xbfd0000000000000)
  /* 140: fcvt.l.d(-0.25, rtz) = 0x0, flags NX */
  F2I(D, 140, fcvt.l.d, rtz, 0x0, 0x1, 0xbfd0000000000000)
  /* 141: fcvt.l.d(-0.25, rdn) = 0xffffffffffffffff, flags NX */
  F2I(D, 141, fcvt.l.d, rdn, 0xffffffffffffffff, 0x1, 0xbfd0000000000000)
  /* 142: fcvt.l.d(-0.25, rup) = 0x0, flags NX */
  F2I(D, 142, fcvt.l.d, rup, 0x0, 0x1, 0xbfd0000000000000)
  /* 143: fcvt.l.d(-0.25, rmm) = 0x0, flags NX */
  F2I(D, 143, fcvt.l.d, rmm, 0x0, 0x1, 0xbfd0000000000000)
  /* 144: dyn, frm=2 */
  csrwi frm, 2; F2I(D, 144, fcvt.l.d, dyn, 0xfffffffffffffffd, 0x1, 0xc004000000000000)
  /* 145: dyn, frm=3 */
  csrwi frm, 3; F2I(D, 145, fcvt.l.d, dyn, 0xfffffffffffffffe, 0x1, 0xc004000000000000)
  csrwi frm, 0
  /* 146: fcvt.lu.d(0, rne) = 0x0, flags 0 */
  F2I(D, 146, fcvt.lu.d, rne, 0x0, 0x0, 0x0)
  /* 147: fcvt.lu.d(-0, rne) = 0x0, flags 0 */
  F2I(D, 147, fcvt.lu.d, rne, 0x0, 0x0, 0x8000000000000000)
  /* 148: fcvt.lu.d(1, rne) = 0x1, flags 0 */
  F2I(D, 148, fcvt.lu.d, rne, 0x1, 0x0, 0x3ff0000000000000)
  /* 149: fcvt.lu.d(-1, rne) = 0x0, flags NV */
  F2I(D, 149, fcvt.lu.d, rne, 0x0, 0x10, 0xbff0000000000000)
  /* 150: fcvt.lu.d(42, rne) = 0x2a, flags 0 */
  F2I(D, 150, fcvt.lu.d, rne, 0x2a, 0x0, 0x4045000000000000)
  /* 151: fcvt.lu.d(-5, rne) = 0x0, flags NV */
  F2I(D, 151, fcvt.lu.d, rne, 0x0, 0x10, 0xc014000000000000)
  /* 152: fcvt.lu.d(qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 152, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff8000000000000)
  /* 153: fcvt.lu.d(-qNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 153, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0xfff8000000000000)
  /* 154: fcvt.lu.d(sNaN, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 154, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff0000000000001)
  /* 155: fcvt.lu.d(+inf, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 155, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0x7ff0000000000000)
  /* 156: fcvt.lu.d(-inf, rne) = 0x0, flags NV */
  F2I(D, 156, fcvt.lu.d, rne, 0x0, 0x10, 0xfff0000000000000)
  /* 157: fcvt.lu.d(4.9406564584124654e-324, rne) = 0x0, flags NX */
  F2I(D, 157, fcvt.lu.d, rne, 0x0, 0x1, 0x1)
  /* 158: fcvt.lu.d(1.7976931348623157e+308, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 158, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0x7fefffffffffffff)
  /* 159: fcvt.lu.d(-1.7976931348623157e+308, rne) = 0x0, flags NV */
  F2I(D, 159, fcvt.lu.d, rne, 0x0, 0x10, 0xffefffffffffffff)
  /* 160: fcvt.lu.d(1.8446744073709552e+19, rne) = 0xffffffffffffffff, flags NV */
  F2I(D, 160, fcvt.lu.d, rne, 0xffffffffffffffff, 0x10, 0x43f0000000000000)
  /* 161: fcvt.lu.d(-1.8446744073709552e+19, rne) = 0x0, flags NV */
  F2I(D, 161, fcvt.lu.d, rne, 0x0, 0x10, 0xc3f0000000000000)
  /* 162: fcvt.lu.d(9.2233720368547758e+18, rne) = 0x8000000000000000, flags 0 */
  F2I(D, 162, fcvt.lu.d, rne, 0x8000000000000000, 0x0, 0x43e0000000000000)
  /* 163: fcvt.lu.d(-9.2233720368547758e+18, rne) = 0x0, flags NV */
  F2I(D, 163, fcvt.lu.d, rne, 0x0, 0x10, 0xc3e0000000000000)
  /* 164: fcvt.lu.d(1.844674407370955e+19, rne) = 0xfffffffffffff800, flags 0 */
  F2I(D, 164, fcvt.lu.d, rne, 0xfffffffffffff800, 0x0, 0x43efffffffffffff)
  /* 165: fcvt.lu.d(3000000000, rne) = 0xb2d05e00, flags 0 */
  F2I(D, 165, fcvt.lu.d, rne, 0xb2d05e00, 0x0, 0x41e65a0bc0000000)
  /* 166: fcvt.lu.d(2.5, rne) = 0x2, flags NX */
  F2I(D, 166, fcvt.lu.d, rne, 0x2, 0x1, 0x4004000000000000)
  /* 167: fcvt.lu.d(2.5, rtz) = 0x2, flags NX */
  F2I(D, 167, fcvt.lu.d, rtz, 0x2, 0x1, 0x4004000000000000)
  /* 168: fcvt.lu.d(2.5, rdn) = 0x2, flags NX */
  F2I(D, 168, fcvt.lu.d, rdn, 0x2, 0x1, 0x4004000000000000)
  /* 169: fcvt.lu.d(2.5, rup) = 0x3, flags NX */
  F2I(D, 169, fcvt.lu.d, rup, 0x3, 0x1, 0x4004000000000000)
  /* 170: fcvt.lu.d(2.5, rmm) = 0x3, flags NX */
  F2I(D, 170, fcvt.lu.d, rmm, 0x3, 0x1, 0x4004000000000000)
  /* 171: fcvt.lu.d(3.5, rne) = 0x4, flags NX */
  F2I(D, 171, fcvt.lu.d, rne, 0x4, 0x1, 0x400c000000000000)
  /* 172: fcvt.lu.d(3.5, rtz) = 0x3, flags NX */
  F2I(D, 172, fcvt.lu.d, rtz, 0x3, 0x1, 0x400c000000000000)
  /* 173: fcvt.lu.d(3.5, rdn) = 0x3, flags NX */
  F2I(D, 173, fcvt.lu.d, rdn, 0x3, 0x1, 0x400c000000000000)
  /* 174: fcvt.lu.d(3.5, rup) = 0x4, flags NX */
  F2I(D, 174, fcvt.lu.d, rup, 0x4, 0x1, 0x400c000000000000)
  /* 175: fcvt.lu.d(3.5, rmm) = 0x4, flags NX */
  F2I(D, 175, fcvt.lu.d, rmm, 0x4, 0x1, 0x400c000000000000)
  /* 176: fcvt.lu.d(0.25, rne) = 0x0, flags NX */
  F2I(D, 176, fcvt.lu.d, rne, 0x0, 0x1, 0x3fd0000000000000)
  /* 177: fcvt.lu.d(0.25, rtz) = 0x0, flags NX */
  F2I(D, 177, fcvt.lu.d, rtz, 0x0, 0x1, 0x3fd0000000000000)
  /* 178: fcvt.lu.d(0.25, rdn) = 0x0, flags NX */
  F2I(D, 178, fcvt.lu.d, rdn, 0x0, 0x1, 0x3fd0000000000000)
  /* 179: fcvt.lu.d(0.25, rup) = 0x1, flags NX */
  F2I(D, 179, fcvt.lu.d, rup, 0x1, 0x1, 0x3fd0000000000000)
  /* 180: fcvt.lu.d(0.25, rmm) = 0x0, flags NX */
  F2I(D, 180, fcvt.lu.d, rmm, 0x0, 0x1, 0x3fd0000000000000)
  /* 181: fcvt.lu.d(-0.75, rne) = 0x0, flags NV */
  F2I(D, 181, fcvt.lu.d, rne, 0x0, 0x10, 0xbfe8000000000000)
  /* 182: fcvt.lu.d(-0.75, rtz) = 0x0, flags NX */
  F2I(D, 182, fcvt.lu.d, rtz, 0x0, 0x1, 0xbfe8000000000000)
  /* 183: fcvt.lu.d(-0.75, rdn) = 0x0, flags NV */
  F2I(D, 183, fcvt.lu.d, rdn, 0x0, 0x10, 0xbfe8000000000000)
  /* 184: fcvt.lu.d(-0.75, rup) = 0x0, flags NX */
  F2I(D, 184, fcvt.lu.d, rup, 0x0, 0x1, 0xbfe8000000000000)
  /* 185: fcvt.lu.d(-0.75, rmm) = 0x0, flags NV */
  F2I(D, 185, fcvt.lu.d, rmm, 0x0, 0x10, 0xbfe8000000000000)
  /* 186: dyn, frm=2 */
  csrwi frm, 2; F2I(D, 186, fcvt.lu.d, dyn, 0x2, 0x1, 0x4004000000000000)
  /* 187: dyn, frm=3 */
  csrwi frm, 3; F2I(D, 187, fcvt.lu.d, dyn, 0x3, 0x1, 0x4004000000000000)
  csrwi frm, 0
  csrwi fcsr, 0
TEST_END
