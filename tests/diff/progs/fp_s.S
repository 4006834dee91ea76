/* Directed differential program: RV64F single precision — arithmetic in several rounding
 * modes, min/max, sign injection, compares, fclass, sqrt, FMA, over special operands,
 * including inputs that are not properly NaN-boxed (must read as the canonical NaN). */
#include "dump.h"
/* 64-bit register images: NaN-boxed singles, plus two improperly boxed values */
#define SV 0xffffffff00000000, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffffbfc00000, 0xffffffff7f800000, 0xffffffff7fc00000, 0xffffffff7f800001, 0xffffffff00000001, 0xffffffff7f7fffff, 0x000000003f800000, 0xfffffffe3f800000
#define SV3 0xffffffff80000000, 0xffffffff3f800000, 0xffffffffc0400000, 0xffffffff7f800000, 0xffffffff7fa00000, 0xffffffff007fffff, 0x0000000040000000

.macro LDV f, v
  li t0, \v
  fmv.d.x \f, t0
.endm
.macro BIN op, rm
  .irp a, SV
  .irp b, SV
  LDV f1, \a
  LDV f2, \b
  \op f3, f1, f2, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro BIN2 op
  .irp a, SV
  .irp b, SV
  LDV f1, \a
  LDV f2, \b
  \op f3, f1, f2
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro CMP op
  .irp a, SV
  .irp b, SV
  LDV f1, \a
  LDV f2, \b
  \op a0, f1, f2
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro FMA op, rm
  .irp a, SV3
  .irp b, SV3
  .irp c, SV3
  LDV f1, \a
  LDV f2, \b
  LDV f4, \c
  \op f3, f1, f2, f4, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  .irp rm, rne, rtz, rdn, rup, rmm
  .irp op, fadd.s, fsub.s, fmul.s, fdiv.s
  BIN \op, \rm
  .endr
  .endr
  fsrmi x0, 2                     /* dyn = rdn */
  BIN fmul.s, dyn
  .irp op, fmin.s, fmax.s, fsgnj.s, fsgnjn.s, fsgnjx.s
  BIN2 \op
  .endr
  .irp op, feq.s, flt.s, fle.s
  CMP \op
  .endr
  .irp rm, rne, rup
  .irp a, SV, 0xffffffff40000000, 0xffffffffbf800000
  LDV f1, \a
  fsqrt.s f3, f1, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
  .irp a, SV, 0xffffffffff800000, 0xffffffff807fffff
  LDV f1, \a
  fclass.s a0, f1
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
  fmv.x.w a0, f1                  /* no unboxing check: low word, sign-extended */
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
  .endr
  .irp op, fmadd.s, fmsub.s, fnmadd.s, fnmsub.s
  FMA \op, rne
  .endr
  FMA fmadd.s, rdn
DIFF_END_RESULTS 11000
