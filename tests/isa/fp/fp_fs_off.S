/* mstatus.FS gating of the F/D extensions. With FS = Off (0) every FP instruction (loads, stores,
 * arithmetic, moves, conversions, compares, compressed c.fld/c.fsd/c.fldsp/c.fsdsp) and every access
 * to the fflags/frm/fcsr CSRs raises an illegal-instruction exception (mcause 2, mepc = the
 * instruction) and changes no state (integer destination, FP registers, memory, FS itself).
 * With FS = Initial the same instructions work, and writing FP state (an FP register or fcsr)
 * turns FS to Dirty (3) and sets mstatus.SD (bit 63). */
#include "fp_test.h"

TEST_BEGIN
  /* start with FS = Initial to prepare some FP state, then turn FP off */
  li t0, 0x2000; csrs mstatus, t0
  li t0, 0x3ff8000000000000; fmv.d.x fa1, t0      /* fa1 = 1.5 */
  li t0, 0x4004000000000000; fmv.d.x fa2, t0      /* fa2 = 2.5 */
  fmv.d.x fa0, zero
  fmv.d.x fs0, zero
  li t0, 0x21; csrw fcsr, t0                       /* frm = rtz, NX */
  la s6, fdata; mv s1, s6
  li t0, 0x6000; csrc mstatus, t0
  FP_TRAPS_ON

  TEST_CASE(1); csrr a0, mstatus; srli a0, a0, 13; andi a0, a0, 3; CHECK_EQ(a0, 0)
  EXPECT_ILL(2, fadd.d fa0, fa1, fa2)
  EXPECT_ILL(3, fadd.s fa0, fa1, fa2)
  EXPECT_ILL(4, flw fa0, 0(s6))
  EXPECT_ILL(5, fld fa0, 0(s6))
  EXPECT_ILL(6, fsw fa1, 8(s6))
  EXPECT_ILL(7, fsd fa1, 8(s6))
  li a0, 0x1234
  EXPECT_ILL(8, fmv.x.d a0, fa1)
  CHECK_EQ(a0, 0x1234)
  EXPECT_ILL(9, fmv.x.w a0, fa1)
  CHECK_EQ(a0, 0x1234)
  EXPECT_ILL(10, fmv.d.x fa0, a0)
  EXPECT_ILL(11, fmv.w.x fa0, a0)
  EXPECT_ILL(12, fcvt.w.d a0, fa1, rtz)
  CHECK_EQ(a0, 0x1234)
  EXPECT_ILL(13, fcvt.d.l fa0, a0)
  EXPECT_ILL(14, feq.d a0, fa1, fa1)
  CHECK_EQ(a0, 0x1234)
  EXPECT_ILL(15, fclass.s a0, fa1)
  EXPECT_ILL(16, fmadd.d fa0, fa1, fa2, fa2)
  EXPECT_ILL(17, fsqrt.s fa0, fa1)
  EXPECT_ILL(18, fmin.d fa0, fa1, fa2)
  EXPECT_ILL(19, fsgnj.d fa0, fa1, fa2)
  EXPECT_ILL(20, fcvt.s.d fa0, fa1)
  EXPECT_ILL(21, csrr a0, fflags)
  CHECK_EQ(a0, 0x1234)
  EXPECT_ILL(22, csrr a0, frm)
  EXPECT_ILL(23, csrr a0, fcsr)
  EXPECT_ILL(24, csrwi fflags, 0)
  EXPECT_ILL(25, csrw fcsr, zero)
  EXPECT_ILL(26, csrsi frm, 1)
  EXPECT_ILL(27, c.fld fs0, 0(s1))
  EXPECT_ILL(28, c.fsd fa1, 8(s1))
  EXPECT_ILL(29, c.fldsp fa0, 0(sp))
  EXPECT_ILL(30, c.fsdsp fa1, 0(sp))
  /* FS is still Off after the traps */
  TEST_CASE(31); csrr a0, mstatus; srli a0, a0, 13; andi a0, a0, 3; CHECK_EQ(a0, 0)
  /* memory untouched by the trapping stores */
  TEST_CASE(32); ld a0, 8(s6); CHECK_EQ(a0, 0x5555555555555555)

  /* FS = Initial: everything works again and no state was changed by the trapped instructions */
  li t0, 0x2000; csrs mstatus, t0
  TEST_CASE(33); csrr a0, mstatus; srli a0, a0, 13; andi a0, a0, 3; CHECK_EQ(a0, 1)
  TEST_CASE(34); csrr a0, fcsr; CHECK_EQ(a0, 0x21)
  TEST_CASE(35); fmv.x.d a0, fa0; CHECK_EQ(a0, 0)
  TEST_CASE(36); fmv.x.d a0, fs0; CHECK_EQ(a0, 0)
  TEST_CASE(37); fadd.d fa0, fa1, fa2; fmv.x.d a0, fa0; CHECK_EQ(a0, 0x4010000000000000)
  /* the FP register write made FS Dirty and SD set */
  TEST_CASE(38); csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; CHECK_EQ(a1, 3)
  TEST_CASE(39); srli a1, a0, 63; CHECK_EQ(a1, 1)
  /* Clean -> Dirty through a write to fcsr */
  li t0, 0x6000; csrc mstatus, t0; li t0, 0x4000; csrs mstatus, t0
  TEST_CASE(40); csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; CHECK_EQ(a1, 2)
  TEST_CASE(41); srli a1, a0, 63; CHECK_EQ(a1, 0)
  TEST_CASE(42); csrwi fflags, 1; csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; CHECK_EQ(a1, 3)
  /* Initial -> Dirty through an FP load */
  li t0, 0x6000; csrc mstatus, t0; li t0, 0x2000; csrs mstatus, t0
  TEST_CASE(43); fld fa3, 0(s6); csrr a0, mstatus; srli a1, a0, 13; andi a1, a1, 3; CHECK_EQ(a1, 3)
  TEST_CASE(44); fmv.x.d a0, fa3; CHECK_EQ(a0, 0x3ff0000000000000)
  TEST_CASE(45); fsd fa2, 8(s6); ld a0, 8(s6); CHECK_EQ(a0, 0x4004000000000000)
  FP_TRAPS_OFF
  csrwi fcsr, 0
TEST_END
FP_TRAP_HANDLER

  .data
  .align 3
fdata:
  .dword 0x3ff0000000000000
  .dword 0x5555555555555555
