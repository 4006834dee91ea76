/* The floating-point CSRs: fflags (0x001, 5 bits), frm (0x002, 3 bits) and fcsr (0x003,
 * frm in bits 7:5, fflags in bits 4:0, bits 31:8 read as zero) are views of the same state;
 * writes through one are visible through the others, csrrw/csrrs/csrrc and the immediate forms
 * return the old value. Accrued flags are sticky: FP instructions only ever OR into fflags.
 * An instruction with rm = dyn is illegal (mcause 2, no state change) while frm holds a reserved
 * value 5, 6 or 7, while static rounding modes and instructions without a rounding mode still work;
 * a static rm field of 5 or 6 in the instruction is illegal too. */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  FP_TRAPS_ON
  /* --- field views --- */
  TEST_CASE(1); li a0, 0xff; csrw fcsr, a0; csrr a1, fcsr; CHECK_EQ(a1, 0xff)
  TEST_CASE(2); csrr a1, fflags; CHECK_EQ(a1, 0x1f)
  TEST_CASE(3); csrr a1, frm; CHECK_EQ(a1, 7)
  TEST_CASE(4); li a0, -1; csrw fcsr, a0; csrr a1, fcsr; CHECK_EQ(a1, 0xff)
  TEST_CASE(5); li a0, 0x9a; csrw fcsr, a0; csrr a1, frm; CHECK_EQ(a1, 4)
  TEST_CASE(6); csrr a1, fflags; CHECK_EQ(a1, 0x1a)
  TEST_CASE(7); li a0, 0xe5; csrw fflags, a0; csrr a1, fflags; CHECK_EQ(a1, 0x5)
  TEST_CASE(8); csrr a1, fcsr; CHECK_EQ(a1, 0x85)
  TEST_CASE(9); li a0, 0xfa; csrw frm, a0; csrr a1, frm; CHECK_EQ(a1, 2)
  TEST_CASE(10); csrr a1, fcsr; CHECK_EQ(a1, 0x45)
  /* --- read-modify-write forms return the old value --- */
  TEST_CASE(11); li a0, 0x10; csrrw a1, fflags, a0; CHECK_EQ(a1, 0x5)
  TEST_CASE(12); csrr a1, fflags; CHECK_EQ(a1, 0x10)
  TEST_CASE(13); li a0, 0x3; csrrs a1, fflags, a0; CHECK_EQ(a1, 0x10)
  TEST_CASE(14); csrr a1, fflags; CHECK_EQ(a1, 0x13)
  TEST_CASE(15); li a0, 0x11; csrrc a1, fflags, a0; CHECK_EQ(a1, 0x13)
  TEST_CASE(16); csrr a1, fcsr; CHECK_EQ(a1, 0x42)
  TEST_CASE(17); csrrwi a1, frm, 3; CHECK_EQ(a1, 2)
  TEST_CASE(18); csrrsi a1, frm, 4; CHECK_EQ(a1, 3)
  TEST_CASE(19); csrrci a1, frm, 1; CHECK_EQ(a1, 7)
  TEST_CASE(20); csrr a1, fcsr; CHECK_EQ(a1, 0xc2)
  TEST_CASE(21); csrrwi a1, fcsr, 0x1f; CHECK_EQ(a1, 0xc2)
  TEST_CASE(22); csrr a1, frm; CHECK_EQ(a1, 0)
  TEST_CASE(23); csrrci a1, fflags, 0x1f; CHECK_EQ(a1, 0x1f)
  TEST_CASE(24); csrr a1, fcsr; CHECK_EQ(a1, 0)

  /* --- sticky accrued flags (frm = rdn to check fcsr keeps both fields) --- */
  csrwi fcsr, 0; csrwi frm, 2
  LDD(fa0, 0x3ff0000000000000)          /* 1.0 */
  LDD(fa1, 0x4008000000000000)          /* 3.0 */
  fmv.d.x fa3, zero                     /* +0 */
  TEST_CASE(25); fdiv.d fa2, fa0, fa1; csrr a1, fflags; CHECK_EQ(a1, 0x01)          /* NX */
  TEST_CASE(26); fdiv.d fa2, fa0, fa3; csrr a1, fflags; CHECK_EQ(a1, 0x09)          /* + DZ */
  TEST_CASE(27); fadd.d fa2, fa0, fa1; csrr a1, fflags; CHECK_EQ(a1, 0x09)          /* exact: unchanged */
  TEST_CASE(28); fmv.x.d a1, fa2; CHECK_EQ(a1, 0x4010000000000000)
  TEST_CASE(29); fmul.d fa2, fa3, fa3; feq.d a2, fa0, fa1; csrr a1, fflags; CHECK_EQ(a1, 0x09)
  TEST_CASE(30); fsgnjn.d fa4, fa0, fa0; fsqrt.d fa2, fa4; csrr a1, fflags; CHECK_EQ(a1, 0x19)   /* + NV */
  TEST_CASE(31); csrr a1, fcsr; CHECK_EQ(a1, 0x59)
  TEST_CASE(32); fcvt.w.d a2, fa1, rne; csrr a1, fflags; CHECK_EQ(a1, 0x19)
  TEST_CASE(33); CHECK_EQ(a2, 3)
  LDD(fa5, 0x7fefffffffffffff)          /* max double */
  TEST_CASE(34); fmul.s fa2, fa5, fa5, rne; csrr a1, fflags; CHECK_EQ(a1, 0x19)      /* fa5 not NaN-boxed: qNaN in, no flag */
  TEST_CASE(35); fmul.d fa2, fa5, fa5; csrr a1, fflags; CHECK_EQ(a1, 0x1d)          /* + OF (NX already set) */
  TEST_CASE(36); fmv.x.d a1, fa2; CHECK_EQ(a1, 0x7fefffffffffffff)                  /* rdn: largest finite */
  LDD(fa6, 0x0010000000000000)          /* min normal double */
  TEST_CASE(37); fmul.d fa2, fa6, fa1; fdiv.d fa2, fa6, fa1; csrr a1, fflags; CHECK_EQ(a1, 0x1f)  /* + UF */
  TEST_CASE(38); csrr a1, fcsr; CHECK_EQ(a1, 0x5f)
  /* flags set from a fresh start by one instruction */
  TEST_CASE(39); csrwi fflags, 0; fdiv.d fa2, fa6, fa1; csrr a1, fflags; CHECK_EQ(a1, 0x03)
  TEST_CASE(40); csrwi fflags, 0; fcvt.wu.d a2, fa4, rtz; csrr a1, fflags; CHECK_EQ(a1, 0x10)
  TEST_CASE(41); CHECK_EQ(a2, 0)

  /* --- reserved frm values make dyn-rounding instructions illegal --- */
  LDS(fa0, 0x3f800000)                  /* 1.0f */
  LDS(fa1, 0x40400000)                  /* 3.0f */
  LDS(fa2, 0x12345678)
  csrwi fcsr, 0
  csrwi frm, 5
  EXPECT_ILL(42, fdiv.s fa2, fa0, fa1, dyn)
  TEST_CASE(43); fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff12345678)     /* rd unchanged */
  TEST_CASE(44); csrr a1, fcsr; CHECK_EQ(a1, 0xa0)                     /* no flag, frm kept */
  EXPECT_ILL(45, fadd.d fa2, fa0, fa1, dyn)
  EXPECT_ILL(46, fsqrt.s fa2, fa1, dyn)
  csrwi frm, 6
  EXPECT_ILL(47, fmadd.s fa2, fa0, fa1, fa1, dyn)
  EXPECT_ILL(48, fmul.d fa2, fa0, fa1, dyn)
  li a2, 0x77
  EXPECT_ILL(49, fcvt.w.s a2, fa1, dyn)
  CHECK_EQ(a2, 0x77)
  csrwi frm, 7
  EXPECT_ILL(50, fcvt.s.l fa2, a2, dyn)
  EXPECT_ILL(51, fsub.s fa2, fa0, fa1, dyn)
  EXPECT_ILL(52, fnmadd.d fa2, fa0, fa1, fa1, dyn)
  EXPECT_ILL(53, fcvt.s.d fa2, fa1, dyn)
  TEST_CASE(54); csrr a1, fcsr; CHECK_EQ(a1, 0xe0)
  /* static rounding modes and rm-less instructions still work with frm = 7 */
  TEST_CASE(55); fdiv.s fa2, fa0, fa1, rtz; fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff3eaaaaaa)
  TEST_CASE(56); fdiv.s fa2, fa0, fa1, rup; fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff3eaaaaab)
  TEST_CASE(57); fmin.s fa2, fa0, fa1; fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff3f800000)
  TEST_CASE(58); flt.s a1, fa0, fa1; CHECK_EQ(a1, 1)
  TEST_CASE(59); fsgnjn.s fa2, fa0, fa0; fmv.x.w a1, fa2; CHECK_EQ(a1, 0xffffffffbf800000)
  TEST_CASE(60); csrr a1, fcsr; CHECK_EQ(a1, 0xe1)
  /* back to a valid frm: dyn works and uses it */
  csrwi frm, 3
  TEST_CASE(61); fdiv.s fa2, fa0, fa1, dyn; fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff3eaaaaab)
  csrwi frm, 1
  TEST_CASE(62); fdiv.s fa2, fa0, fa1; fmv.x.d a1, fa2; CHECK_EQ(a1, 0xffffffff3eaaaaaa)   /* assembler default rm is dyn */
  /* --- reserved static rm values 5 and 6 in the instruction --- */
  csrwi fcsr, 0
  EXPECT_ILL(63, .word 0x00b55653)      /* fadd.s fa2, fa0, fa1 with rm = 5 */
  EXPECT_ILL(64, .word 0x00b56653)      /* fadd.s fa2, fa0, fa1 with rm = 6 */
  EXPECT_ILL(65, .word 0x02b55653)      /* fadd.d fa2, fa0, fa1 with rm = 5 */
  EXPECT_ILL(66, .word 0x02b56653)      /* fadd.d fa2, fa0, fa1 with rm = 6 */
  TEST_CASE(67); csrr a1, fcsr; CHECK_EQ(a1, 0)
  FP_TRAPS_OFF
TEST_END
FP_TRAP_HANDLER
