/* flw/fsw/fld/fsd (and the compressed c.fld/c.fsd/c.fldsp/c.fsdsp): positive/negative offsets,
 * bit patterns (including signalling NaNs) moved unchanged and without flags, flw NaN-boxes (upper
 * 32 bits of the f register all ones, seen with fmv.x.d), fsw stores only the low 32 bits (even of
 * a register that is not NaN-boxed) and leaves the neighbouring bytes alone, a single-precision
 * operation whose input is not properly NaN-boxed treats it as the canonical NaN, and misaligned FP
 * loads/stores to RAM complete (project policy, as QEMU). */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  la s0, sdat
  la s1, ddat
  la s2, buf
  /* flw */
  TEST_CASE(1); flw fa0, 0(s0); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xffffffff3f800000)
  TEST_CASE(2); flw fa0, 4(s0); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xffffffffc0490fdb)
  TEST_CASE(3); addi a1, s0, 16; flw fa0, -8(a1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xffffffff7f800001)   /* sNaN kept */
  TEST_CASE(4); csrr a0, fflags; CHECK_EQ(a0, 0)
  TEST_CASE(5); flw fa0, 12(s0); fmv.x.w a0, fa0; CHECK_EQ(a0, 0xffffffff80000000)                  /* -0.0, sign-extended */
  /* flw overwrites all 64 bits of a register that held a double */
  TEST_CASE(6); fld fa1, 0(s1); flw fa1, 0(s0); fmv.x.d a0, fa1; CHECK_EQ(a0, 0xffffffff3f800000)
  /* fld */
  TEST_CASE(7); fld fa0, 0(s1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0x400921fb54442d18)
  TEST_CASE(8); addi a1, s1, 24; fld fa0, -16(a1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0x7ff0000000000001) /* sNaN kept */
  TEST_CASE(9); fld fa0, 16(s1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xfff8000000abcdef)                 /* NaN payload kept */
  TEST_CASE(10); csrr a0, fflags; CHECK_EQ(a0, 0)
  /* fsd / fsw */
  li t0, 0x5555555555555555; sd t0, 0(s2); sd t0, 8(s2); sd t0, 16(s2); sd t0, 24(s2)
  TEST_CASE(11); fld fa0, 8(s1); fsd fa0, 8(s2); ld a0, 8(s2); CHECK_EQ(a0, 0x7ff0000000000001)
  TEST_CASE(12); ld a0, 0(s2); CHECK_EQ(a0, 0x5555555555555555)
  TEST_CASE(13); ld a0, 16(s2); CHECK_EQ(a0, 0x5555555555555555)
  TEST_CASE(14); flw fa0, 8(s0); addi a1, s2, 20; fsw fa0, -4(a1); ld a0, 16(s2); CHECK_EQ(a0, 0x555555557f800001)
  TEST_CASE(15); flw fa0, 4(s0); fsw fa0, 20(s2); ld a0, 16(s2); CHECK_EQ(a0, 0xc0490fdb7f800001)
  TEST_CASE(16); ld a0, 24(s2); CHECK_EQ(a0, 0x5555555555555555)
  /* fsw of a register that is not NaN-boxed stores its low 32 bits unchanged */
  TEST_CASE(17); fld fa0, 0(s1); fsw fa0, 0(s2); ld a0, 0(s2); CHECK_EQ(a0, 0x5555555554442d18)
  /* fsd of a flw-loaded value stores the boxed 64 bits */
  TEST_CASE(18); flw fa0, 0(s0); fsd fa0, 24(s2); ld a0, 24(s2); CHECK_EQ(a0, 0xffffffff3f800000)
  TEST_CASE(19); csrr a0, fflags; CHECK_EQ(a0, 0)
  /* NaN-boxing: single-precision ops on a register holding a double (or a badly boxed value) */
  LDS(fa1, 0x3f800000)
  TEST_CASE(20); fld fa0, 0(s1); CLRFL; fadd.s fa2, fa0, fa1; CHKS(fa2, 0x7fc00000); CHKFL(0)
  TEST_CASE(21); LDD(fa0, 0xfffffffe3f800000); fmul.s fa2, fa1, fa0; CHKS(fa2, 0x7fc00000); CHKFL(0)
  TEST_CASE(22); LDD(fa0, 0x7fffffff40000000); fsqrt.s fa2, fa0; CHKS(fa2, 0x7fc00000)
  TEST_CASE(23); LDD(fa0, 0x00000000c0000000); fcvt.w.s a2, fa0, rtz; CHECK_EQ(a2, 0x7fffffff); CHKFL(0x10)
  TEST_CASE(24); LDD(fa0, 0xffffffff40000000); CLRFL; fcvt.w.s a2, fa0, rtz; CHECK_EQ(a2, 2); CHKFL(0)
  TEST_CASE(25); LDD(fa0, 0x0000000040000000); CLRFL; fcvt.d.s fa2, fa0; CHKD(fa2, 0x7ff8000000000000); CHKFL(0)
  TEST_CASE(26); LDD(fa0, 0x0000000040000000); CLRFL; fle.s a2, fa0, fa0; CHECK_EQ(a2, 0); CHKFL(0x10)
  /* ... while fmv.x.w and fsw just take the low 32 bits */
  TEST_CASE(27); LDD(fa0, 0x12345678c0000000); fmv.x.w a2, fa0; CHECK_EQ(a2, 0xffffffffc0000000)
  /* compressed forms */
  TEST_CASE(28); mv a1, s1; c.fld fa0, 16(a1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xfff8000000abcdef)
  TEST_CASE(29); mv a1, s2; LDD(fa0, 0x0123456789abcdef); c.fsd fa0, 8(a1); ld a0, 8(s2); CHECK_EQ(a0, 0x0123456789abcdef)
  mv s3, sp; mv sp, s2
  TEST_CASE(30); c.fldsp fa3, 8(sp); fmv.x.d a0, fa3; CHECK_EQ(a0, 0x0123456789abcdef)
  TEST_CASE(31); LDD(fa3, 0x3ff0000000000000); c.fsdsp fa3, 24(sp); ld a0, 24(s2); CHECK_EQ(a0, 0x3ff0000000000000)
  mv sp, s3
  /* misaligned FP loads and stores to RAM complete */
  TEST_CASE(32); flw fa0, 2(s0); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xffffffff0fdb3f80)
  TEST_CASE(33); fld fa0, 4(s1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0x00000001400921fb)
  TEST_CASE(34); LDD(fa0, 0x1122334455667788); fsd fa0, 3(s2); ld a0, 0(s2); CHECK_EQ(a0, 0x4455667788442d18)
  TEST_CASE(35); ld a0, 8(s2); CHECK_EQ(a0, 0x0123456789112233)
  TEST_CASE(36); LDS(fa0, 0xaabbccdd); fsw fa0, 17(s2); ld a0, 16(s2); CHECK_EQ(a0, 0xc0490faabbccdd01)
  TEST_CASE(37); csrr a0, fflags; CHECK_EQ(a0, 0x10)
TEST_END

  .data
  .align 3
sdat:
  .word 0x3f800000, 0xc0490fdb, 0x7f800001, 0x80000000
ddat:
  .dword 0x400921fb54442d18, 0x7ff0000000000001, 0xfff8000000abcdef
buf:
  .dword 0, 0, 0, 0
