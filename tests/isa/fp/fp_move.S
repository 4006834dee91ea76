/* Bit-pattern moves between integer and FP registers: fmv.x.w (low 32 bits, sign-extended into
 * the 64-bit integer register), fmv.w.x (low 32 bits of rs1, NaN-boxed into the f register),
 * fmv.x.d / fmv.d.x (all 64 bits unchanged). No value is interpreted: signalling NaNs and
 * payloads pass through and no flag is ever set. */
#include "fp_test.h"

#define MVXW(n, v, r) TEST_CASE(n); li a0, v; fmv.w.x fa0, a0; fmv.x.w a1, fa0; CHECK_EQ(a1, r)
#define MVWX(n, v, r) TEST_CASE(n); li a0, v; fmv.w.x fa0, a0; fmv.x.d a1, fa0; CHECK_EQ(a1, r)
#define MVD(n, v) TEST_CASE(n); li a0, v; fmv.d.x fa0, a0; fmv.x.d a1, fa0; CHECK_EQ(a1, v)

TEST_BEGIN
  FP_ON
  MVXW(1, 0x3f800000, 0x3f800000)
  MVXW(2, 0xbf800000, 0xffffffffbf800000)
  MVXW(3, 0x80000000, 0xffffffff80000000)
  MVXW(4, 0x7fffffff, 0x7fffffff)
  MVXW(5, 0x7f800001, 0x7f800001)                         /* sNaN */
  MVXW(6, 0xff812345, 0xffffffffff812345)                 /* negative sNaN */
  MVXW(7, 0x123456789abcdef0, 0xffffffff9abcdef0)         /* upper bits of rs1 ignored */
  MVXW(8, 0xfedcba9812345678, 0x12345678)
  MVWX(9, 0x3f800000, 0xffffffff3f800000)
  MVWX(10, 0x123456789abcdef0, 0xffffffff9abcdef0)
  MVWX(11, 0x0000000000000000, 0xffffffff00000000)
  MVWX(12, 0xffffffff7fa00000, 0xffffffff7fa00000)        /* sNaN, boxed */
  MVD(13, 0x0000000000000000)
  MVD(14, 0x8000000000000000)
  MVD(15, 0x7ff0000000000001)                              /* sNaN */
  MVD(16, 0xfff8123456789abc)
  MVD(17, 0x0123456789abcdef)
  MVD(18, 0x00000000ffffffff)
  /* fmv.x.w of a register holding a double: low 32 bits, sign-extended */
  TEST_CASE(19); li a0, 0x400921fb94442d18; fmv.d.x fa0, a0; fmv.x.w a1, fa0; CHECK_EQ(a1, 0xffffffff94442d18)
  TEST_CASE(20); li a0, 0xbff0000000000000; fmv.d.x fa0, a0; fmv.x.w a1, fa0; CHECK_EQ(a1, 0)
  /* fmv.w.x overwrites all 64 bits */
  TEST_CASE(21); li a0, 0x0123456789abcdef; fmv.d.x fa0, a0; li a0, 0x40490fdb; fmv.w.x fa0, a0; fmv.x.d a1, fa0; CHECK_EQ(a1, 0xffffffff40490fdb)
  /* a value moved in is usable by arithmetic: 1.5f + 2.5f */
  TEST_CASE(22); li a0, 0x3fc00000; fmv.w.x fa0, a0; li a0, 0x40200000; fmv.w.x fa1, a0; fadd.s fa2, fa0, fa1; fmv.x.w a1, fa2; CHECK_EQ(a1, 0x40800000)
  TEST_CASE(23); li a0, 0x3ff8000000000000; fmv.d.x fa0, a0; fadd.d fa2, fa0, fa0; fmv.x.d a1, fa2; CHECK_EQ(a1, 0x4008000000000000)
  /* x0 as source gives +0 */
  TEST_CASE(24); fmv.w.x fa0, zero; fmv.x.d a1, fa0; CHECK_EQ(a1, 0xffffffff00000000)
  TEST_CASE(25); fmv.d.x fa0, zero; fmv.x.d a1, fa0; CHECK_EQ(a1, 0)
  /* no flag was ever raised */
  TEST_CASE(26); csrr a1, fflags; CHECK_EQ(a1, 0)
TEST_END
