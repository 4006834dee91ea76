/* fsgnj/fsgnjn/fsgnjx in single and double precision (including the fmv/fneg/fabs
 * pseudo-forms with rs1 == rs2): only the sign bit changes, NaN payloads (even signalling) pass through
 * unchanged and no flag is ever set. fsgnj*.s with an input that is not properly NaN-boxed treats that
 * input as the canonical NaN 0x7fc00000.
 * (58 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: fsgnj(1.5, -2) = -1.5 */
  FT2N(S, 1, fsgnj.s, 0xbfc00000, 0x0, 0x3fc00000, 0xc0000000)
  /* 2: fsgnjn(1.5, -2) = 1.5 */
  FT2N(S, 2, fsgnjn.s, 0x3fc00000, 0x0, 0x3fc00000, 0xc0000000)
  /* 3: fsgnjx(1.5, -2) = -1.5 */
  FT2N(S, 3, fsgnjx.s, 0xbfc00000, 0x0, 0x3fc00000, 0xc0000000)
  /* 4: fsgnj(-1.5, 2) = 1.5 */
  FT2N(S, 4, fsgnj.s, 0x3fc00000, 0x0, 0xbfc00000, 0x40000000)
  /* 5: fsgnjn(-1.5, 2) = -1.5 */
  FT2N(S, 5, fsgnjn.s, 0xbfc00000, 0x0, 0xbfc00000, 0x40000000)
  /* 6: fsgnjx(-1.5, 2) = -1.5 */
  FT2N(S, 6, fsgnjx.s, 0xbfc00000, 0x0, 0xbfc00000, 0x40000000)
  /* 7: fsgnj(-1.5, -2) = -1.5 */
  FT2N(S, 7, fsgnj.s, 0xbfc00000, 0x0, 0xbfc00000, 0xc0000000)
  /* 8: fsgnjn(-1.5, -2) = 1.5 */
  FT2N(S, 8, fsgnjn.s, 0x3fc00000, 0x0, 0xbfc00000, 0xc0000000)
  /* 9: fsgnjx(-1.5, -2) = 1.5 */
  FT2N(S, 9, fsgnjx.s, 0x3fc00000, 0x0, 0xbfc00000, 0xc0000000)
  /* 10: fsgnj(1.5, 2) = 1.5 */
  FT2N(S, 10, fsgnj.s, 0x3fc00000, 0x0, 0x3fc00000, 0x40000000)
  /* 11: fsgnjn(1.5, 2) = -1.5 */
  FT2N(S, 11, fsgnjn.s, 0xbfc00000, 0x0, 0x3fc00000, 0x40000000)
  /* 12: fsgnjx(1.5, 2) = 1.5 */
  FT2N(S, 12, fsgnjx.s, 0x3fc00000, 0x0, 0x3fc00000, 0x40000000)
  /* 13: fsgnj(sNaN, -0) = -sNaN */
  FT2N(S, 13, fsgnj.s, 0xff800001, 0x0, 0x7f800001, 0x80000000)
  /* 14: fsgnjn(sNaN, -0) = sNaN */
  FT2N(S, 14, fsgnjn.s, 0x7f800001, 0x0, 0x7f800001, 0x80000000)
  /* 15: fsgnjx(sNaN, -0) = -sNaN */
  FT2N(S, 15, fsgnjx.s, 0xff800001, 0x0, 0x7f800001, 0x80000000)
  /* 16: fsgnj(-qNaN, +inf) = qNaN */
  FT2N(S, 16, fsgnj.s, 0x7fc00000, 0x0, 0xffc00000, 0x7f800000)
  /* 17: fsgnjn(-qNaN, +inf) = -qNaN */
  FT2N(S, 17, fsgnjn.s, 0xffc00000, 0x0, 0xffc00000, 0x7f800000)
  /* 18: fsgnjx(-qNaN, +inf) = -qNaN */
  FT2N(S, 18, fsgnjx.s, 0xffc00000, 0x0, 0xffc00000, 0x7f800000)
  /* 19: fsgnj(0, qNaN) = 0 */
  FT2N(S, 19, fsgnj.s, 0x0, 0x0, 0x0, 0x7fc12345)
  /* 20: fsgnjn(0, qNaN) = -0 */
  FT2N(S, 20, fsgnjn.s, 0x80000000, 0x0, 0x0, 0x7fc12345)
  /* 21: fsgnjx(0, qNaN) = 0 */
  FT2N(S, 21, fsgnjx.s, 0x0, 0x0, 0x0, 0x7fc12345)
  /* 22: fsgnj(-inf, -sNaN) = -inf */
  FT2N(S, 22, fsgnj.s, 0xff800000, 0x0, 0xff800000, 0xff812345)
  /* 23: fsgnjn(-inf, -sNaN) = +inf */
  FT2N(S, 23, fsgnjn.s, 0x7f800000, 0x0, 0xff800000, 0xff812345)
  /* 24: fsgnjx(-inf, -sNaN) = +inf */
  FT2N(S, 24, fsgnjx.s, 0x7f800000, 0x0, 0xff800000, 0xff812345)
  /* 25: fmv.s */
  TEST_CASE(25); LDS(fa0, 0xc0200000); CLRFL; fmv.s fa2, fa0; CHKS(fa2, 0xc0200000); CHKFL(0)
  /* 26: fneg.s */
  TEST_CASE(26); LDS(fa0, 0xc0200000); CLRFL; fneg.s fa2, fa0; CHKS(fa2, 0x40200000); CHKFL(0)
  /* 27: fabs.s */
  TEST_CASE(27); LDS(fa0, 0xc0200000); CLRFL; fabs.s fa2, fa0; CHKS(fa2, 0x40200000); CHKFL(0)
  /* 28: fsgnj(1.5, -2) = -1.5 */
  FT2N(D, 28, fsgnj.d, 0xbff8000000000000, 0x0, 0x3ff8000000000000, 0xc000000000000000)
  /* 29: fsgnjn(1.5, -2) = 1.5 */
  FT2N(D, 29, fsgnjn.d, 0x3ff8000000000000, 0x0, 0x3ff8000000000000, 0xc000000000000000)
  /* 30: fsgnjx(1.5, -2) = -1.5 */
  FT2N(D, 30, fsgnjx.d, 0xbff8000000000000, 0x0, 0x3ff8000000000000, 0xc000000000000000)
  /* 31: fsgnj(-1.5, 2) = 1.5 */
  FT2N(D, 31, fsgnj.d, 0x3ff8000000000000, 0x0, 0xbff8000000000000, 0x4000000000000000)
  /* 32: fsgnjn(-1.5, 2) = -1.5 */
  FT2N(D, 32, fsgnjn.d, 0xbff8000000000000, 0x0, 0xbff8000000000000, 0x4000000000000000)
  /* 33: fsgnjx(-1.5, 2) = -1.5 */
  FT2N(D, 33, fsgnjx.d, 0xbff8000000000000, 0x0, 0xbff8000000000000, 0x4000000000000000)
  /* 34: fsgnj(-1.5, -2) = -1.5 */
  FT2N(D, 34, fsgnj.d, 0xbff8000000000000, 0x0, 0xbff8000000000000, 0xc000000000000000)
  /* 35: fsgnjn(-1.5, -2) = 1.5 */
  FT2N(D, 35, fsgnjn.d, 0x3ff8000000000000, 0x0, 0xbff8000000000000, 0xc000000000000000)
  /* 36: fsgnjx(-1.5, -2) = 1.5 */
  FT2N(D, 36, fsgnjx.d, 0x3ff8000000000000, 0x0, 0xbff8000000000000, 0xc000000000000000)
  /* 37: fsgnj(1.5, 2) = 1.5 */
  FT2N(D, 37, fsgnj.d, 0x3ff8000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000)
  /* 38: fsgnjn(1.5, 2) = -1.5 */
  FT2N(D, 38, fsgnjn.d, 0xbff8000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000)
  /* 39: fsgnjx(1.5, 2) = 1.5 */
  FT2N(D, 39, fsgnjx.d, 0x3ff8000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000)
  /* 40: fsgnj(sNaN, -0) = -sNaN */
  FT2N(D, 40, fsgnj.d, 0xfff0000000000001, 0x0, 0x7ff0000000000001, 0x8000000000000000)
  /* 41: fsgnjn(sNaN, -0) = sNaN */
  FT2N(D, 41, fsgnjn.d, 0x7ff0000000000001, 0x0, 0x7ff0000000000001, 0x8000000000000000)
  /* 42: fsgnjx(sNaN, -0) = -sNaN */
  FT2N(D, 42, fsgnjx.d, 0xfff0000000000001, 0x0, 0x7ff0000000000001, 0x8000000000000000)
  /* 43: fsgnj(-qNaN, +inf) = qNaN */
  FT2N(D, 43, fsgnj.d, 0x7ff8000000000000, 0x0, 0xfff8000000000000, 0x7ff0000000000000)
  /* 44: fsgnjn(-qNaN, +inf) = -qNaN */
  FT2N(D, 44, fsgnjn.d, 0xfff8000000000000, 0x0, 0xfff8000000000000, 0x7ff0000000000000)
  /* 45: fsgnjx(-qNaN, +inf) = -qNaN */
  FT2N(D, 45, fsgnjx.d, 0xfff8000000000000, 0x0, 0xfff8000000000000, 0x7ff0000000000000)
  /* 46: fsgnj(0, qNaN) = 0 */
  FT2N(D, 46, fsgnj.d, 0x0, 0x0, 0x0, 0x7ff8000000012345)
  /* 47: fsgnjn(0, qNaN) = -0 */
  FT2N(D, 47, fsgnjn.d, 0x8000000000000000, 0x0, 0x0, 0x7ff8000000012345)
  /* 48: fsgnjx(0, qNaN) = 0 */
  FT2N(D, 48, fsgnjx.d, 0x0, 0x0, 0x0, 0x7ff8000000012345)
  /* 49: fsgnj(-inf, -sNaN) = -inf */
  FT2N(D, 49, fsgnj.d, 0xfff0000000000000, 0x0, 0xfff0000000000000, 0xfff0000000012345)
  /* 50: fsgnjn(-inf, -sNaN) = +inf */
  FT2N(D, 50, fsgnjn.d, 0x7ff0000000000000, 0x0, 0xfff0000000000000, 0xfff0000000012345)
  /* 51: fsgnjx(-inf, -sNaN) = +inf */
  FT2N(D, 51, fsgnjx.d, 0x7ff0000000000000, 0x0, 0xfff0000000000000, 0xfff0000000012345)
  /* 52: fmv.d */
  TEST_CASE(52); LDD(fa0, 0xc004000000000000); CLRFL; fmv.d fa2, fa0; CHKD(fa2, 0xc004000000000000); CHKFL(0)
  /* 53: fneg.d */
  TEST_CASE(53); LDD(fa0, 0xc004000000000000); CLRFL; fneg.d fa2, fa0; CHKD(fa2, 0x4004000000000000); CHKFL(0)
  /* 54: fabs.d */
  TEST_CASE(54); LDD(fa0, 0xc004000000000000); CLRFL; fabs.d fa2, fa0; CHKD(fa2, 0x4004000000000000); CHKFL(0)
  /* 55: fsgnj.s: rs1 not NaN-boxed (canonical NaN), rs2 = -1.0 */
  TEST_CASE(55); LDD(fa0, 0x000000003f800000); LDS(fa1, 0xbf800000); fsgnj.s fa2, fa0, fa1; CHKS(fa2, 0xffc00000)
  /* 56: fsgnjn.s: rs1 not NaN-boxed (canonical NaN), rs2 = -1.0 */
  TEST_CASE(56); LDD(fa0, 0x000000003f800000); LDS(fa1, 0xbf800000); fsgnjn.s fa2, fa0, fa1; CHKS(fa2, 0x7fc00000)
  /* 57: fsgnjx.s: rs1 not NaN-boxed (canonical NaN), rs2 = -1.0 */
  TEST_CASE(57); LDD(fa0, 0x000000003f800000); LDS(fa1, 0xbf800000); fsgnjx.s fa2, fa0, fa1; CHKS(fa2, 0xffc00000)
  /* 58: fsgnj.s: rs2 not NaN-boxed: its sign is that of the canonical NaN (+) */
  TEST_CASE(58); LDS(fa0, 0xbf800000); LDD(fa1, 0xfffffffebf800000); fsgnj.s fa2, fa0, fa1; CHKS(fa2, 0x3f800000)
  csrwi fcsr, 0
TEST_END
