/* fcvt.s.w/wu/l/lu and fcvt.d.w/wu/l/lu (integer -> float): exact conversions, the 32-bit
 * forms use only the low 32 bits of rs1 (upper bits ignored, signed or unsigned), large values that
 * need rounding in every rounding mode (static and dyn) with NX, and the extreme integers.
 * fcvt.d.w/wu are always exact.
 * (227 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fcvt.s.w(0x0) = 0, flags 0 */
  I2F(S, 1, fcvt.s.w, rne, 0x0, 0x0, 0x0)
  /* 2: fcvt.s.w(0x1) = 1, flags 0 */
  I2F(S, 2, fcvt.s.w, rne, 0x3f800000, 0x0, 0x1)
  /* 3: fcvt.s.w(0xffffffffffffffff) = -1, flags 0 */
  I2F(S, 3, fcvt.s.w, rne, 0xbf800000, 0x0, 0xffffffffffffffff)
  /* 4: fcvt.s.w(0x123456780000007b) = 123, flags 0 */
  I2F(S, 4, fcvt.s.w, rne, 0x42f60000, 0x0, 0x123456780000007b)
  /* 5: fcvt.s.w(0x80000000) = -2.14748365e+09, flags 0 */
  I2F(S, 5, fcvt.s.w, rne, 0xcf000000, 0x0, 0x80000000)
  /* 6: fcvt.s.w(0x7fffffff) = 2.14748365e+09, flags NX */
  I2F(S, 6, fcvt.s.w, rne, 0x4f000000, 0x1, 0x7fffffff)
  /* 7: fcvt.s.w(0xffffffff80000000) = -2.14748365e+09, flags 0 */
  I2F(S, 7, fcvt.s.w, rne, 0xcf000000, 0x0, 0xffffffff80000000)
  /* 8: fcvt.s.w(0x7fffffffffffffff) = -1, flags 0 */
  I2F(S, 8, fcvt.s.w, rne, 0xbf800000, 0x0, 0x7fffffffffffffff)
  /* 9: fcvt.s.w(0x8000000000000000) = 0, flags 0 */
  I2F(S, 9, fcvt.s.w, rne, 0x0, 0x0, 0x8000000000000000)
  /* 10: fcvt.s.w(0xfffffffffffffff7) = -9, flags 0 */
  I2F(S, 10, fcvt.s.w, rne, 0xc1100000, 0x0, 0xfffffffffffffff7)
  /* 11: fcvt.s.w(0x1000003, rne) = 16777220, flags NX */
  I2F(S, 11, fcvt.s.w, rne, 0x4b800002, 0x1, 0x1000003)
  /* 12: fcvt.s.w(0x1000003, rtz) = 16777218, flags NX */
  I2F(S, 12, fcvt.s.w, rtz, 0x4b800001, 0x1, 0x1000003)
  /* 13: fcvt.s.w(0x1000003, rdn) = 16777218, flags NX */
  I2F(S, 13, fcvt.s.w, rdn, 0x4b800001, 0x1, 0x1000003)
  /* 14: fcvt.s.w(0x1000003, rup) = 16777220, flags NX */
  I2F(S, 14, fcvt.s.w, rup, 0x4b800002, 0x1, 0x1000003)
  /* 15: fcvt.s.w(0x1000003, rmm) = 16777220, flags NX */
  I2F(S, 15, fcvt.s.w, rmm, 0x4b800002, 0x1, 0x1000003)
  /* 16: fcvt.s.w(0x1000005, rne) = 16777220, flags NX */
  I2F(S, 16, fcvt.s.w, rne, 0x4b800002, 0x1, 0x1000005)
  /* 17: fcvt.s.w(0x1000005, rtz) = 16777220, flags NX */
  I2F(S, 17, fcvt.s.w, rtz, 0x4b800002, 0x1, 0x1000005)
  /* 18: fcvt.s.w(0x1000005, rdn) = 16777220, flags NX */
  I2F(S, 18, fcvt.s.w, rdn, 0x4b800002, 0x1, 0x1000005)
  /* 19: fcvt.s.w(0x1000005, rup) = 16777222, flags NX */
  I2F(S, 19, fcvt.s.w, rup, 0x4b800003, 0x1, 0x1000005)
  /* 20: fcvt.s.w(0x1000005, rmm) = 16777222, flags NX */
  I2F(S, 20, fcvt.s.w, rmm, 0x4b800003, 0x1, 0x1000005)
  /* 21: fcvt.s.w(0x1000001, rne) = 16777216, flags NX */
  I2F(S, 21, fcvt.s.w, rne, 0x4b800000, 0x1, 0x1000001)
  /* 22: fcvt.s.w(0x1000001, rtz) = 16777216, flags NX */
  I2F(S, 22, fcvt.s.w, rtz, 0x4b800000, 0x1, 0x1000001)
  /* 23: fcvt.s.w(0x1000001, rdn) = 16777216, flags NX */
  I2F(S, 23, fcvt.s.w, rdn, 0x4b800000, 0x1, 0x1000001)
  /* 24: fcvt.s.w(0x1000001, rup) = 16777218, flags NX */
  I2F(S, 24, fcvt.s.w, rup, 0x4b800001, 0x1, 0x1000001)
  /* 25: fcvt.s.w(0x1000001, rmm) = 16777218, flags NX */
  I2F(S, 25, fcvt.s.w, rmm, 0x4b800001, 0x1, 0x1000001)
  /* 26: fcvt.s.w(0xfffffffffefffffd, rne) = -16777220, flags NX */
  I2F(S, 26, fcvt.s.w, rne, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 27: fcvt.s.w(0xfffffffffefffffd, rtz) = -16777218, flags NX */
  I2F(S, 27, fcvt.s.w, rtz, 0xcb800001, 0x1, 0xfffffffffefffffd)
  /* 28: fcvt.s.w(0xfffffffffefffffd, rdn) = -16777220, flags NX */
  I2F(S, 28, fcvt.s.w, rdn, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 29: fcvt.s.w(0xfffffffffefffffd, rup) = -16777218, flags NX */
  I2F(S, 29, fcvt.s.w, rup, 0xcb800001, 0x1, 0xfffffffffefffffd)
  /* 30: fcvt.s.w(0xfffffffffefffffd, rmm) = -16777220, flags NX */
  I2F(S, 30, fcvt.s.w, rmm, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 31: fcvt.s.w(0xfffffffffeffffff, rne) = -16777216, flags NX */
  I2F(S, 31, fcvt.s.w, rne, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 32: fcvt.s.w(0xfffffffffeffffff, rtz) = -16777216, flags NX */
  I2F(S, 32, fcvt.s.w, rtz, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 33: fcvt.s.w(0xfffffffffeffffff, rdn) = -16777218, flags NX */
  I2F(S, 33, fcvt.s.w, rdn, 0xcb800001, 0x1, 0xfffffffffeffffff)
  /* 34: fcvt.s.w(0xfffffffffeffffff, rup) = -16777216, flags NX */
  I2F(S, 34, fcvt.s.w, rup, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 35: fcvt.s.w(0xfffffffffeffffff, rmm) = -16777218, flags NX */
  I2F(S, 35, fcvt.s.w, rmm, 0xcb800001, 0x1, 0xfffffffffeffffff)
  /* 36: dyn, frm=1 */
  csrwi frm, 1; I2F(S, 36, fcvt.s.w, dyn, 0x4b800001, 0x1, 0x1000003)
  /* 37: dyn, frm=3 */
  csrwi frm, 3; I2F(S, 37, fcvt.s.w, dyn, 0x4b800002, 0x1, 0x1000003)
  csrwi frm, 0
  /* 38: fcvt.s.wu(0x0) = 0, flags 0 */
  I2F(S, 38, fcvt.s.wu, rne, 0x0, 0x0, 0x0)
  /* 39: fcvt.s.wu(0x1) = 1, flags 0 */
  I2F(S, 39, fcvt.s.wu, rne, 0x3f800000, 0x0, 0x1)
  /* 40: fcvt.s.wu(0xffffffffffffffff) = 4.2949673e+09, flags NX */
  I2F(S, 40, fcvt.s.wu, rne, 0x4f800000, 0x1, 0xffffffffffffffff)
  /* 41: fcvt.s.wu(0x123456780000007b) = 123, flags 0 */
  I2F(S, 41, fcvt.s.wu, rne, 0x42f60000, 0x0, 0x123456780000007b)
  /* 42: fcvt.s.wu(0x80000000) = 2.14748365e+09, flags 0 */
  I2F(S, 42, fcvt.s.wu, rne, 0x4f000000, 0x0, 0x80000000)
  /* 43: fcvt.s.wu(0x7fffffff) = 2.14748365e+09, flags NX */
  I2F(S, 43, fcvt.s.wu, rne, 0x4f000000, 0x1, 0x7fffffff)
  /* 44: fcvt.s.wu(0xffffffff80000000) = 2.14748365e+09, flags 0 */
  I2F(S, 44, fcvt.s.wu, rne, 0x4f000000, 0x0, 0xffffffff80000000)
  /* 45: fcvt.s.wu(0x7fffffffffffffff) = 4.2949673e+09, flags NX */
  I2F(S, 45, fcvt.s.wu, rne, 0x4f800000, 0x1, 0x7fffffffffffffff)
  /* 46: fcvt.s.wu(0x8000000000000000) = 0, flags 0 */
  I2F(S, 46, fcvt.s.wu, rne, 0x0, 0x0, 0x8000000000000000)
  /* 47: fcvt.s.wu(0xfffffffffffffff7) = 4.2949673e+09, flags NX */
  I2F(S, 47, fcvt.s.wu, rne, 0x4f800000, 0x1, 0xfffffffffffffff7)
  /* 48: fcvt.s.wu(0x1000003, rne) = 16777220, flags NX */
  I2F(S, 48, fcvt.s.wu, rne, 0x4b800002, 0x1, 0x1000003)
  /* 49: fcvt.s.wu(0x1000003, rtz) = 16777218, flags NX */
  I2F(S, 49, fcvt.s.wu, rtz, 0x4b800001, 0x1, 0x1000003)
  /* 50: fcvt.s.wu(0x1000003, rdn) = 16777218, flags NX */
  I2F(S, 50, fcvt.s.wu, rdn, 0x4b800001, 0x1, 0x1000003)
  /* 51: fcvt.s.wu(0x1000003, rup) = 16777220, flags NX */
  I2F(S, 51, fcvt.s.wu, rup, 0x4b800002, 0x1, 0x1000003)
  /* 52: fcvt.s.wu(0x1000003, rmm) = 16777220, flags NX */
  I2F(S, 52, fcvt.s.wu, rmm, 0x4b800002, 0x1, 0x1000003)
  /* 53: fcvt.s.wu(0x1000005, rne) = 16777220, flags NX */
  I2F(S, 53, fcvt.s.wu, rne, 0x4b800002, 0x1, 0x1000005)
  /* 54: fcvt.s.wu(0x1000005, rtz) = 16777220, flags NX */
  I2F(S, 54, fcvt.s.wu, rtz, 0x4b800002, 0x1, 0x1000005)
  /* 55: fcvt.s.wu(0x1000005, rdn) = 16777220, flags NX */
  I2F(S, 55, fcvt.s.wu, rdn, 0x4b800002, 0x1, 0x1000005)
  /* 56: fcvt.s.wu(0x1000005, rup) = 16777222, flags NX */
  I2F(S, 56, fcvt.s.wu, rup, 0x4b800003, 0x1, 0x1000005)
  /* 57: fcvt.s.wu(0x1000005, rmm) = 16777222, flags NX */
  I2F(S, 57, fcvt.s.wu, rmm, 0x4b800003, 0x1, 0x1000005)
  /* 58: fcvt.s.wu(0x1000001, rne) = 16777216, flags NX */
  I2F(S, 58, fcvt.s.wu, rne, 0x4b800000, 0x1, 0x1000001)
  /* 59: fcvt.s.wu(0x1000001, rtz) = 16777216, flags NX */
  I2F(S, 59, fcvt.s.wu, rtz, 0x4b800000, 0x1, 0x1000001)
  /* 60: fcvt.s.wu(0x1000001, rdn) = 16777216, flags NX */
  I2F(S, 60, fcvt.s.wu, rdn, 0x4b800000, 0x1, 0x1000001)
  /* 61: fcvt.s.wu(0x1000001, rup) = 16777218, flags NX */
  I2F(S, 61, fcvt.s.wu, rup, 0x4b800001, 0x1, 0x1000001)
  /* 62: fcvt.s.wu(0x1000001, rmm) = 16777218, flags NX */
  I2F(S, 62, fcvt.s.wu, rmm, 0x4b800001, 0x1, 0x1000001)
  /* 63: fcvt.s.wu(0xffffffff, rne) = 4.2949673e+09, flags NX */
  I2F(S, 63, fcvt.s.wu, rne, 0x4f800000, 0x1, 0xffffffff)
  /* 64: fcvt.s.wu(0xffffffff, rtz) = 4.29496704e+09, flags NX */
  I2F(S, 64, fcvt.s.wu, rtz, 0x4f7fffff, 0x1, 0xffffffff)
  /* 65: fcvt.s.wu(0xffffffff, rdn) = 4.29496704e+09, flags NX */
  I2F(S, 65, fcvt.s.wu, rdn, 0x4f7fffff, 0x1, 0xffffffff)
  /* 66: fcvt.s.wu(0xffffffff, rup) = 4.2949673e+09, flags NX */
  I2F(S, 66, fcvt.s.wu, rup, 0x4f800000, 0x1, 0xffffffff)
  /* 67: fcvt.s.wu(0xffffffff, rmm) = 4.2949673e+09, flags NX */
  I2F(S, 67, fcvt.s.wu, rmm, 0x4f800000, 0x1, 0xffffffff)
  /* 68: dyn, frm=1 */
  csrwi frm, 1; I2F(S, 68, fcvt.s.wu, dyn, 0x4b800001, 0x1, 0x1000003)
  /* 69: dyn, frm=3 */
  csrwi frm, 3; I2F(S, 69, fcvt.s.wu, dyn, 0x4b800002, 0x1, 0x1000003)
  csrwi frm, 0
  /* 70: fcvt.s.l(0x0) = 0, flags 0 */
  I2F(S, 70, fcvt.s.l, rne, 0x0, 0x0, 0x0)
  /* 71: fcvt.s.l(0x1) = 1, flags 0 */
  I2F(S, 71, fcvt.s.l, rne, 0x3f800000, 0x0, 0x1)
  /* 72: fcvt.s.l(0xffffffffffffffff) = -1, flags 0 */
  I2F(S, 72, fcvt.s.l, rne, 0xbf800000, 0x0, 0xffffffffffffffff)
  /* 73: fcvt.s.l(0x123456780000007b) = 1.3117685e+18, flags NX */
  I2F(S, 73, fcvt.s.l, rne, 0x5d91a2b4, 0x1, 0x123456780000007b)
  /* 74: fcvt.s.l(0x80000000) = 2.14748365e+09, flags 0 */
  I2F(S, 74, fcvt.s.l, rne, 0x4f000000, 0x0, 0x80000000)
  /* 75: fcvt.s.l(0x7fffffff) = 2.14748365e+09, flags NX */
  I2F(S, 75, fcvt.s.l, rne, 0x4f000000, 0x1, 0x7fffffff)
  /* 76: fcvt.s.l(0xffffffff80000000) = -2.14748365e+09, flags 0 */
  I2F(S, 76, fcvt.s.l, rne, 0xcf000000, 0x0, 0xffffffff80000000)
  /* 77: fcvt.s.l(0x7fffffffffffffff) = 9.22337204e+18, flags NX */
  I2F(S, 77, fcvt.s.l, rne, 0x5f000000, 0x1, 0x7fffffffffffffff)
  /* 78: fcvt.s.l(0x8000000000000000) = -9.22337204e+18, flags 0 */
  I2F(S, 78, fcvt.s.l, rne, 0xdf000000, 0x0, 0x8000000000000000)
  /* 79: fcvt.s.l(0xfffffffffffffff7) = -9, flags 0 */
  I2F(S, 79, fcvt.s.l, rne, 0xc1100000, 0x0, 0xfffffffffffffff7)
  /* 80: fcvt.s.l(0x1000003, rne) = 16777220, flags NX */
  I2F(S, 80, fcvt.s.l, rne, 0x4b800002, 0x1, 0x1000003)
  /* 81: fcvt.s.l(0x1000003, rtz) = 16777218, flags NX */
  I2F(S, 81, fcvt.s.l, rtz, 0x4b800001, 0x1, 0x1000003)
  /* 82: fcvt.s.l(0x1000003, rdn) = 16777218, flags NX */
  I2F(S, 82, fcvt.s.l, rdn, 0x4b800001, 0x1, 0x1000003)
  /* 83: fcvt.s.l(0x1000003, rup) = 16777220, flags NX */
  I2F(S, 83, fcvt.s.l, rup, 0x4b800002, 0x1, 0x1000003)
  /* 84: fcvt.s.l(0x1000003, rmm) = 16777220, flags NX */
  I2F(S, 84, fcvt.s.l, rmm, 0x4b800002, 0x1, 0x1000003)
  /* 85: fcvt.s.l(0x1000005, rne) = 16777220, flags NX */
  I2F(S, 85, fcvt.s.l, rne, 0x4b800002, 0x1, 0x1000005)
  /* 86: fcvt.s.l(0x1000005, rtz) = 16777220, flags NX */
  I2F(S, 86, fcvt.s.l, rtz, 0x4b800002, 0x1, 0x1000005)
  /* 87: fcvt.s.l(0x1000005, rdn) = 16777220, flags NX */
  I2F(S, 87, fcvt.s.l, rdn, 0x4b800002, 0x1, 0x1000005)
  /* 88: fcvt.s.l(0x1000005, rup) = 16777222, flags NX */
  I2F(S, 88, fcvt.s.l, rup, 0x4b800003, 0x1, 0x1000005)
  /* 89: fcvt.s.l(0x1000005, rmm) = 16777222, flags NX */
  I2F(S, 89, fcvt.s.l, rmm, 0x4b800003, 0x1, 0x1000005)
  /* 90: fcvt.s.l(0x1000001, rne) = 16777216, flags NX */
  I2F(S, 90, fcvt.s.l, rne, 0x4b800000, 0x1, 0x1000001)
  /* 91: fcvt.s.l(0x1000001, rtz) = 16777216, flags NX */
  I2F(S, 91, fcvt.s.l, rtz, 0x4b800000, 0x1, 0x1000001)
  /* 92: fcvt.s.l(0x1000001, rdn) = 16777216, flags NX */
  I2F(S, 92, fcvt.s.l, rdn, 0x4b800000, 0x1, 0x1000001)
  /* 93: fcvt.s.l(0x1000001, rup) = 16777218, flags NX */
  I2F(S, 93, fcvt.s.l, rup, 0x4b800001, 0x1, 0x1000001)
  /* 94: fcvt.s.l(0x1000001, rmm) = 16777218, flags NX */
  I2F(S, 94, fcvt.s.l, rmm, 0x4b800001, 0x1, 0x1000001)
  /* 95: fcvt.s.l(0xfffffffffefffffd, rne) = -16777220, flags NX */
  I2F(S, 95, fcvt.s.l, rne, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 96: fcvt.s.l(0xfffffffffefffffd, rtz) = -16777218, flags NX */
  I2F(S, 96, fcvt.s.l, rtz, 0xcb800001, 0x1, 0xfffffffffefffffd)
  /* 97: fcvt.s.l(0xfffffffffefffffd, rdn) = -16777220, flags NX */
  I2F(S, 97, fcvt.s.l, rdn, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 98: fcvt.s.l(0xfffffffffefffffd, rup) = -16777218, flags NX */
  I2F(S, 98, fcvt.s.l, rup, 0xcb800001, 0x1, 0xfffffffffefffffd)
  /* 99: fcvt.s.l(0xfffffffffefffffd, rmm) = -16777220, flags NX */
  I2F(S, 99, fcvt.s.l, rmm, 0xcb800002, 0x1, 0xfffffffffefffffd)
  /* 100: fcvt.s.l(0xfffffffffeffffff, rne) = -16777216, flags NX */
  I2F(S, 100, fcvt.s.l, rne, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 101: fcvt.s.l(0xfffffffffeffffff, rtz) = -16777216, flags NX */
  I2F(S, 101, fcvt.s.l, rtz, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 102: fcvt.s.l(0xfffffffffeffffff, rdn) = -16777218, flags NX */
  I2F(S, 102, fcvt.s.l, rdn, 0xcb800001, 0x1, 0xfffffffffeffffff)
  /* 103: fcvt.s.l(0xfffffffffeffffff, rup) = -16777216, flags NX */
  I2F(S, 103, fcvt.s.l, rup, 0xcb800000, 0x1, 0xfffffffffeffffff)
  /* 104: fcvt.s.l(0xfffffffffeffffff, rmm) = -16777218, flags NX */
  I2F(S, 104, fcvt.s.l, rmm, 0xcb800001, 0x1, 0xfffffffffeffffff)
  /* 105: dyn, frm=1 */
  csrwi frm, 1; I2F(S, 105, fcvt.s.l, dyn, 0x4b800001, 0x1, 0x1000003)
  /* 106: dyn, frm=3 */
  csrwi frm, 3; I2F(S, 106, fcvt.s.l, dyn, 0x4b800002, 0x1, 0x1000003)
  csrwi frm, 0
  /* 107: fcvt.s.lu(0x0) = 0, flags 0 */
  I2F(S, 107, fcvt.s.lu, rne, 0x0, 0x0, 0x0)
  /* 108: fcvt.s.lu(0x1) = 1, flags 0 */
  I2F(S, 108, fcvt.s.lu, rne, 0x3f800000, 0x0, 0x1)
  /* 109: fcvt.s.lu(0xffffffffffffffff) = 1.84467441e+19, flags NX */
  I2F(S, 109, fcvt.s.lu, rne, 0x5f800000, 0x1, 0xffffffffffffffff)
  /* 110: fcvt.s.lu(0x123456780000007b) = 1.3117685e+18, flags NX */
  I2F(S, 110, fcvt.s.lu, rne, 0x5d91a2b4, 0x1, 0x123456780000007b)
  /* 111: fcvt.s.lu(0x80000000) = 2.14748365e+09, flags 0 */
  I2F(S, 111, fcvt.s.lu, rne, 0x4f000000, 0x0, 0x80000000)
  /* 112: fcvt.s.lu(0x7fffffff) = 2.14748365e+09, flags NX */
  I2F(S, 112, fcvt.s.lu, rne, 0x4f000000, 0x1, 0x7fffffff)
  /* 113: fcvt.s.lu(0xffffffff80000000) = 1.84467441e+19, flags NX */
  I2F(S, 113, fcvt.s.lu, rne, 0x5f800000, 0x1, 0xffffffff80000000)
  /* 114: fcvt.s.lu(0x7fffffffffffffff) = 9.22337204e+18, flags NX */
  I2F(S, 114, fcvt.s.lu, rne, 0x5f000000, 0x1, 0x7fffffffffffffff)
  /* 115: fcvt.s.lu(0x8000000000000000) = 9.22337204e+18, flags 0 */
  I2F(S, 115, fcvt.s.lu, rne, 0x5f000000, 0x0, 0x8000000000000000)
  /* 116: fcvt.s.lu(0xfffffffffffffff7) = 1.84467441e+19, flags NX */
  I2F(S, 116, fcvt.s.lu, rne, 0x5f800000, 0x1, 0xfffffffffffffff7)
  /* 117: fcvt.s.lu(0x1000003, rne) = 16777220, flags NX */
  I2F(S, 117, fcvt.s.lu, rne, 0x4b800002, 0x1, 0x1000003)
  /* 118: fcvt.s.lu(0x1000003, rtz) = 16777218, flags NX */
  I2F(S, 118, fcvt.s.lu, rtz, 0x4b800001, 0x1, 0x1000003)
  /* 119: fcvt.s.lu(0x1000003, rdn) = 16777218, flags NX */
  I2F(S, 119, fcvt.s.lu, rdn, 0x4b800001, 0x1, 0x1000003)
  /* 120: fcvt.s.lu(0x1000003, rup) = 16777220, flags NX */
  I2F(S, 120, fcvt.s.lu, rup, 0x4b800002, 0x1, 0x1000003)
  /* 121: fcvt.s.lu(0x1000003, rmm) = 16777220, flags NX */
  I2F(S, 121, fcvt.s.lu, rmm, 0x4b800002, 0x1, 0x1000003)
  /* 122: fcvt.s.lu(0x1000005, rne) = 16777220, flags NX */
  I2F(S, 122, fcvt.s.lu, rne, 0x4b800002, 0x1, 0x1000005)
  /* 123: fcvt.s.lu(0x1000005, rtz) = 16777220, flags NX */
  I2F(S, 123, fcvt.s.lu, rtz, 0x4b800002, 0x1, 0x1000005)
  /* 124: fcvt.s.lu(0x1000005, rdn) = 16777220, flags NX */
  I2F(S, 124, fcvt.s.lu, rdn, 0x4b800002, 0x1, 0x1000005)
  /* 125: fcvt.s.lu(0x1000005, rup) = 16777222, flags NX */
  I2F(S, 125, fcvt.s.lu, rup, 0x4b800003, 0x1, 0x1000005)
  /* 126: fcvt.s.lu(0x1000005, rmm) = 16777222, flags NX */
  I2F(S, 126, fcvt.s.lu, rmm, 0x4b800003, 0x1, 0x1000005)
  /* 127: fcvt.s.lu(0x1000001, rne) = 16777216, flags NX */
  I2F(S, 127, fcvt.s.lu, rne, 0x4b800000, 0x1, 0x1000001)
  /* 128: fcvt.s.lu(0x1000001, rtz) = 16777216, flags NX */
  I2F(S, 128, fcvt.s.lu, rtz, 0x4b800000, 0x1, 0x1000001)
  /* 129: fcvt.s.lu(0x1000001, rdn) = 16777216, flags NX */
  I2F(S, 129, fcvt.s.lu, rdn, 0x4b800000, 0x1, 0x1000001)
  /* 130: fcvt.s.lu(0x1000001, rup) = 16777218, flags NX */
  I2F(S, 130, fcvt.s.lu, rup, 0x4b800001, 0x1, 0x1000001)
  /* 131: fcvt.s.lu(0x1000001, rmm) = 16777218, flags NX */
  I2F(S, 131, fcvt.s.lu, rmm, 0x4b800001, 0x1, 0x1000001)
  /* 132: fcvt.s.lu(0xffffffffffffffff, rne) = 1.84467441e+19, flags NX */
  I2F(S, 132, fcvt.s.lu, rne, 0x5f800000, 0x1, 0xffffffffffffffff)
  /* 133: fcvt.s.lu(0xffffffffffffffff, rtz) = 1.8446743e+19, flags NX */
  I2F(S, 133, fcvt.s.lu, rtz, 0x5f7fffff, 0x1, 0xffffffffffffffff)
  /* 134: fcvt.s.lu(0xffffffffffffffff, rdn) = 1.8446743e+19, flags NX */
  I2F(S, 134, fcvt.s.lu, rdn, 0x5f7fffff, 0x1, 0xffffffffffffffff)
  /* 135: fcvt.s.lu(0xffffffffffffffff, rup) = 1.84467441e+19, flags NX */
  I2F(S, 135, fcvt.s.lu, rup, 0x5f800000, 0x1, 0xffffffffffffffff)
  /* 136: fcvt.s.lu(0xffffffffffffffff, rmm) = 1.84467441e+19, flags NX */
  I2F(S, 136, fcvt.s.lu, rmm, 0x5f800000, 0x1, 0xffffffffffffffff)
  /* 137: dyn, frm=1 */
  csrwi frm, 1; I2F(S, 137, fcvt.s.lu, dyn, 0x4b800001, 0x1, 0x1000003)
  /* 138: dyn, frm=3 */
  csrwi frm, 3; I2F(S, 138, fcvt.s.lu, dyn, 0x4b800002, 0x1, 0x1000003)
  csrwi frm, 0
  /* 139: fcvt.d.w(0x0) = 0 */
  I2FN(D, 139, fcvt.d.w, 0x0, 0x0, 0x0)
  /* 140: fcvt.d.w(0x1) = 1 */
  I2FN(D, 140, fcvt.d.w, 0x3ff0000000000000, 0x0, 0x1)
  /* 141: fcvt.d.w(0xffffffffffffffff) = -1 */
  I2FN(D, 141, fcvt.d.w, 0xbff0000000000000, 0x0, 0xffffffffffffffff)
  /* 142: fcvt.d.w(0x123456780000007b) = 123 */
  I2FN(D, 142, fcvt.d.w, 0x405ec00000000000, 0x0, 0x123456780000007b)
  /* 143: fcvt.d.w(0x80000000) = -2147483648 */
  I2FN(D, 143, fcvt.d.w, 0xc1e0000000000000, 0x0, 0x80000000)
  /* 144: fcvt.d.w(0x7fffffff) = 2147483647 */
  I2FN(D, 144, fcvt.d.w, 0x41dfffffffc00000, 0x0, 0x7fffffff)
  /* 145: fcvt.d.w(0xffffffff80000000) = -2147483648 */
  I2FN(D, 145, fcvt.d.w, 0xc1e0000000000000, 0x0, 0xffffffff80000000)
  /* 146: fcvt.d.w(0x7fffffffffffffff) = -1 */
  I2FN(D, 146, fcvt.d.w, 0xbff0000000000000, 0x0, 0x7fffffffffffffff)
  /* 147: fcvt.d.w(0x8000000000000000) = 0 */
  I2FN(D, 147, fcvt.d.w, 0x0, 0x0, 0x8000000000000000)
  /* 148: fcvt.d.w(0xfffffffffffffff7) = -9 */
  I2FN(D, 148, fcvt.d.w, 0xc022000000000000, 0x0, 0xfffffffffffffff7)
  /* 149: fcvt.d.wu(0x0) = 0 */
  I2FN(D, 149, fcvt.d.wu, 0x0, 0x0, 0x0)
  /* 150: fcvt.d.wu(0x1) = 1 */
  I2FN(D, 150, fcvt.d.wu, 0x3ff0000000000000, 0x0, 0x1)
  /* 151: fcvt.d.wu(0xffffffffffffffff) = 4294967295 */
  I2FN(D, 151, fcvt.d.wu, 0x41efffffffe00000, 0x0, 0xffffffffffffffff)
  /* 152: fcvt.d.wu(0x123456780000007b) = 123 */
  I2FN(D, 152, fcvt.d.wu, 0x405ec00000000000, 0x0, 0x123456780000007b)
  /* 153: fcvt.d.wu(0x80000000) = 2147483648 */
  I2FN(D, 153, fcvt.d.wu, 0x41e0000000000000, 0x0, 0x80000000)
  /* 154: fcvt.d.wu(0x7fffffff) = 2147483647 */
  I2FN(D, 154, fcvt.d.wu, 0x41dfffffffc00000, 0x0, 0x7fffffff)
  /* 155: fcvt.d.wu(0xffffffff80000000) = 2147483648 */
  I2FN(D, 155, fcvt.d.wu, 0x41e0000000000000, 0x0, 0xffffffff80000000)
  /* 156: fcvt.d.wu(0x7fffffffffffffff) = 4294967295 */
  I2FN(D, 156, fcvt.d.wu, 0x41efffffffe00000, 0x0, 0x7fffffffffffffff)
  /* 157: fcvt.d.wu(0x8000000000000000) = 0 */
  I2FN(D, 157, fcvt.d.wu, 0x0, 0x0, 0x8000000000000000)
  /* 158: fcvt.d.wu(0xfffffffffffffff7) = 4294967287 */
  I2FN(D, 158, fcvt.d.wu, 0x41effffffee00000, 0x0, 0xfffffffffffffff7)
  /* 159: fcvt.d.l(0x0) = 0, flags 0 */
  I2F(D, 159, fcvt.d.l, rne, 0x0, 0x0, 0x0)
  /* 160: fcvt.d.l(0x1) = 1, flags 0 */
  I2F(D, 160, fcvt.d.l, rne, 0x3ff0000000000000, 0x0, 0x1)
  /* 161: fcvt.d.l(0xffffffffffffffff) = -1, flags 0 */
  I2F(D, 161, fcvt.d.l, rne, 0xbff0000000000000, 0x0, 0xffffffffffffffff)
  /* 162: fcvt.d.l(0x123456780000007b) = 1.3117684648677212e+18, flags NX */
  I2F(D, 162, fcvt.d.l, rne, 0x43b2345678000000, 0x1, 0x123456780000007b)
  /* 163: fcvt.d.l(0x80000000) = 2147483648, flags 0 */
  I2F(D, 163, fcvt.d.l, rne, 0x41e0000000000000, 0x0, 0x80000000)
  /* 164: fcvt.d.l(0x7fffffff) = 2147483647, flags 0 */
  I2F(D, 164, fcvt.d.l, rne, 0x41dfffffffc00000, 0x0, 0x7fffffff)
  /* 165: fcvt.d.l(0xffffffff80000000) = -2147483648, flags 0 */
  I2F(D, 165, fcvt.d.l, rne, 0xc1e0000000000000, 0x0, 0xffffffff80000000)
  /* 166: fcvt.d.l(0x7fffffffffffffff) = 9.2233720368547758e+18, flags NX */
  I2F(D, 166, fcvt.d.l, rne, 0x43e0000000000000, 0x1, 0x7fffffffffffffff)
  /* 167: fcvt.d.l(0x8000000000000000) = -9.2233720368547758e+18, flags 0 */
  I2F(D, 167, fcvt.d.l, rne, 0xc3e0000000000000, 0x0, 0x8000000000000000)
  /* 168: fcvt.d.l(0xfffffffffffffff7) = -9, flags 0 */
  I2F(D, 168, fcvt.d.l, rne, 0xc022000000000000, 0x0, 0xfffffffffffffff7)
  /* 169: fcvt.d.l(0x20000000000003, rne) = 9007199254740996, flags NX */
  I2F(D, 169, fcvt.d.l, rne, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 170: fcvt.d.l(0x20000000000003, rtz) = 9007199254740994, flags NX */
  I2F(D, 170, fcvt.d.l, rtz, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 171: fcvt.d.l(0x20000000000003, rdn) = 9007199254740994, flags NX */
  I2F(D, 171, fcvt.d.l, rdn, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 172: fcvt.d.l(0x20000000000003, rup) = 9007199254740996, flags NX */
  I2F(D, 172, fcvt.d.l, rup, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 173: fcvt.d.l(0x20000000000003, rmm) = 9007199254740996, flags NX */
  I2F(D, 173, fcvt.d.l, rmm, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 174: fcvt.d.l(0x20000000000005, rne) = 9007199254740996, flags NX */
  I2F(D, 174, fcvt.d.l, rne, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 175: fcvt.d.l(0x20000000000005, rtz) = 9007199254740996, flags NX */
  I2F(D, 175, fcvt.d.l, rtz, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 176: fcvt.d.l(0x20000000000005, rdn) = 9007199254740996, flags NX */
  I2F(D, 176, fcvt.d.l, rdn, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 177: fcvt.d.l(0x20000000000005, rup) = 9007199254740998, flags NX */
  I2F(D, 177, fcvt.d.l, rup, 0x4340000000000003, 0x1, 0x20000000000005)
  /* 178: fcvt.d.l(0x20000000000005, rmm) = 9007199254740998, flags NX */
  I2F(D, 178, fcvt.d.l, rmm, 0x4340000000000003, 0x1, 0x20000000000005)
  /* 179: fcvt.d.l(0x20000000000001, rne) = 9007199254740992, flags NX */
  I2F(D, 179, fcvt.d.l, rne, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 180: fcvt.d.l(0x20000000000001, rtz) = 9007199254740992, flags NX */
  I2F(D, 180, fcvt.d.l, rtz, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 181: fcvt.d.l(0x20000000000001, rdn) = 9007199254740992, flags NX */
  I2F(D, 181, fcvt.d.l, rdn, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 182: fcvt.d.l(0x20000000000001, rup) = 9007199254740994, flags NX */
  I2F(D, 182, fcvt.d.l, rup, 0x4340000000000001, 0x1, 0x20000000000001)
  /* 183: fcvt.d.l(0x20000000000001, rmm) = 9007199254740994, flags NX */
  I2F(D, 183, fcvt.d.l, rmm, 0x4340000000000001, 0x1, 0x20000000000001)
  /* 184: fcvt.d.l(0xffdffffffffffffd, rne) = -9007199254740996, flags NX */
  I2F(D, 184, fcvt.d.l, rne, 0xc340000000000002, 0x1, 0xffdffffffffffffd)
  /* 185: fcvt.d.l(0xffdffffffffffffd, rtz) = -9007199254740994, flags NX */
  I2F(D, 185, fcvt.d.l, rtz, 0xc340000000000001, 0x1, 0xffdffffffffffffd)
  /* 186: fcvt.d.l(0xffdffffffffffffd, rdn) = -9007199254740996, flags NX */
  I2F(D, 186, fcvt.d.l, rdn, 0xc340000000000002, 0x1, 0xffdffffffffffffd)
  /* 187: fcvt.d.l(0xffdffffffffffffd, rup) = -9007199254740994, flags NX */
  I2F(D, 187, fcvt.d.l, rup, 0xc340000000000001, 0x1, 0xffdffffffffffffd)
  /* 188: fcvt.d.l(0xffdffffffffffffd, rmm) = -9007199254740996, flags NX */
  I2F(D, 188, fcvt.d.l, rmm, 0xc340000000000002, 0x1, 0xffdffffffffffffd)
  /* 189: fcvt.d.l(0xffdfffffffffffff, rne) = -9007199254740992, flags NX */
  I2F(D, 189, fcvt.d.l, rne, 0xc340000000000000, 0x1, 0xffdfffffffffffff)
  /* 190: fcvt.d.l(0xffdfffffffffffff, rtz) = -9007199254740992, flags NX */
  I2F(D, 190, fcvt.d.l, rtz, 0xc340000000000000, 0x1, 0xffdfffffffffffff)
  /* 191: fcvt.d.l(0xffdfffffffffffff, rdn) = -9007199254740994, flags NX */
  I2F(D, 191, fcvt.d.l, rdn, 0xc340000000000001, 0x1, 0xffdfffffffffffff)
  /* 192: fcvt.d.l(0xffdfffffffffffff, rup) = -9007199254740992, flags NX */
  I2F(D, 192, fcvt.d.l, rup, 0xc340000000000000, 0x1, 0xffdfffffffffffff)
  /* 193: fcvt.d.l(0xffdfffffffffffff, rmm) = -9007199254740994, flags NX */
  I2F(D, 193, fcvt.d.l, rmm, 0xc340000000000001, 0x1, 0xffdfffffffffffff)
  /* 194: dyn, frm=1 */
  csrwi frm, 1; I2F(D, 194, fcvt.d.l, dyn, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 195: dyn, frm=3 */
  csrwi frm, 3; I2F(D, 195, fcvt.d.l, dyn, 0x4340000000000002, 0x1, 0x20000000000003)
  csrwi frm, 0
  /* 196: fcvt.d.lu(0x0) = 0, flags 0 */
  I2F(D, 196, fcvt.d.lu, rne, 0x0, 0x0, 0x0)
  /* 197: fcvt.d.lu(0x1) = 1, flags 0 */
  I2F(D, 197, fcvt.d.lu, rne, 0x3ff0000000000000, 0x0, 0x1)
  /* 198: fcvt.d.lu(0xffffffffffffffff) = 1.8446744073709552e+19, flags NX */
  I2F(D, 198, fcvt.d.lu, rne, 0x43f0000000000000, 0x1, 0xffffffffffffffff)
  /* 199: fcvt.d.lu(0x123456780000007b) = 1.3117684648677212e+18, flags NX */
  I2F(D, 199, fcvt.d.lu, rne, 0x43b2345678000000, 0x1, 0x123456780000007b)
  /* 200: fcvt.d.lu(0x80000000) = 2147483648, flags 0 */
  I2F(D, 200, fcvt.d.lu, rne, 0x41e0000000000000, 0x0, 0x80000000)
  /* 201: fcvt.d.lu(0x7fffffff) = 2147483647, flags 0 */
  I2F(D, 201, fcvt.d.lu, rne, 0x41dfffffffc00000, 0x0, 0x7fffffff)
  /* 202: fcvt.d.lu(0xffffffff80000000) = 1.8446744071562068e+19, flags 0 */
  I2F(D, 202, fcvt.d.lu, rne, 0x43effffffff00000, 0x0, 0xffffffff80000000)
  /* 203: fcvt.d.lu(0x7fffffffffffffff) = 9.2233720368547758e+18, flags NX */
  I2F(D, 203, fcvt.d.lu, rne, 0x43e0000000000000, 0x1, 0x7fffffffffffffff)
  /* 204: fcvt.d.lu(0x8000000000000000) = 9.2233720368547758e+18, flags 0 */
  I2F(D, 204, fcvt.d.lu, rne, 0x43e0000000000000, 0x0, 0x8000000000000000)
  /* 205: fcvt.d.lu(0xfffffffffffffff7) = 1.8446744073709552e+19, flags NX */
  I2F(D, 205, fcvt.d.lu, rne, 0x43f0000000000000, 0x1, 0xfffffffffffffff7)
  /* 206: fcvt.d.lu(0x20000000000003, rne) = 9007199254740996, flags NX */
  I2F(D, 206, fcvt.d.lu, rne, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 207: fcvt.d.lu(0x20000000000003, rtz) = 9007199254740994, flags NX */
  I2F(D, 207, fcvt.d.lu, rtz, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 208: fcvt.d.lu(0x20000000000003, rdn) = 9007199254740994, flags NX */
  I2F(D, 208, fcvt.d.lu, rdn, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 209: fcvt.d.lu(0x20000000000003, rup) = 9007199254740996, flags NX */
  I2F(D, 209, fcvt.d.lu, rup, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 210: fcvt.d.lu(0x20000000000003, rmm) = 9007199254740996, flags NX */
  I2F(D, 210, fcvt.d.lu, rmm, 0x4340000000000002, 0x1, 0x20000000000003)
  /* 211: fcvt.d.lu(0x20000000000005, rne) = 9007199254740996, flags NX */
  I2F(D, 211, fcvt.d.lu, rne, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 212: fcvt.d.lu(0x20000000000005, rtz) = 9007199254740996, flags NX */
  I2F(D, 212, fcvt.d.lu, rtz, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 213: fcvt.d.lu(0x20000000000005, rdn) = 9007199254740996, flags NX */
  I2F(D, 213, fcvt.d.lu, rdn, 0x4340000000000002, 0x1, 0x20000000000005)
  /* 214: fcvt.d.lu(0x20000000000005, rup) = 9007199254740998, flags NX */
  I2F(D, 214, fcvt.d.lu, rup, 0x4340000000000003, 0x1, 0x20000000000005)
  /* 215: fcvt.d.lu(0x20000000000005, rmm) = 9007199254740998, flags NX */
  I2F(D, 215, fcvt.d.lu, rmm, 0x4340000000000003, 0x1, 0x20000000000005)
  /* 216: fcvt.d.lu(0x20000000000001, rne) = 9007199254740992, flags NX */
  I2F(D, 216, fcvt.d.lu, rne, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 217: fcvt.d.lu(0x20000000000001, rtz) = 9007199254740992, flags NX */
  I2F(D, 217, fcvt.d.lu, rtz, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 218: fcvt.d.lu(0x20000000000001, rdn) = 9007199254740992, flags NX */
  I2F(D, 218, fcvt.d.lu, rdn, 0x4340000000000000, 0x1, 0x20000000000001)
  /* 219: fcvt.d.lu(0x20000000000001, rup) = 9007199254740994, flags NX */
  I2F(D, 219, fcvt.d.lu, rup, 0x4340000000000001, 0x1, 0x20000000000001)
  /* 220: fcvt.d.lu(0x20000000000001, rmm) = 9007199254740994, flags NX */
  I2F(D, 220, fcvt.d.lu, rmm, 0x4340000000000001, 0x1, 0x20000000000001)
  /* 221: fcvt.d.lu(0xffffffffffffffff, rne) = 1.8446744073709552e+19, flags NX */
  I2F(D, 221, fcvt.d.lu, rne, 0x43f0000000000000, 0x1, 0xffffffffffffffff)
  /* 222: fcvt.d.lu(0xffffffffffffffff, rtz) = 1.844674407370955e+19, flags NX */
  I2F(D, 222, fcvt.d.lu, rtz, 0x43efffffffffffff, 0x1, 0xffffffffffffffff)
  /* 223: fcvt.d.lu(0xffffffffffffffff, rdn) = 1.844674407370955e+19, flags NX */
  I2F(D, 223, fcvt.d.lu, rdn, 0x43efffffffffffff, 0x1, 0xffffffffffffffff)
  /* 224: fcvt.d.lu(0xffffffffffffffff, rup) = 1.8446744073709552e+19, flags NX */
  I2F(D, 224, fcvt.d.lu, rup, 0x43f0000000000000, 0x1, 0xffffffffffffffff)
  /* 225: fcvt.d.lu(0xffffffffffffffff, rmm) = 1.8446744073709552e+19, flags NX */
  I2F(D, 225, fcvt.d.lu, rmm, 0x43f0000000000000, 0x1, 0xffffffffffffffff)
  /* 226: dyn, frm=1 */
  csrwi frm, 1; I2F(D, 226, fcvt.d.lu, dyn, 0x4340000000000001, 0x1, 0x20000000000003)
  /* 227: dyn, frm=3 */
  csrwi frm, 3; I2F(D, 227, fcvt.d.lu, dyn, 0x4340000000000002, 0x1, 0x20000000000003)
  csrwi frm, 0
  csrwi fcsr, 0
TEST_END
