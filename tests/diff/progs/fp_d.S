/* Directed differential program: RV64D arithmetic (fadd/fsub/fmul/fdiv in all five static
 * rounding modes and dyn, fsqrt, fmin/fmax, sign injection, compares, fclass, fused
 * multiply-add) over special operands (±0, ±inf, qNaN, sNaN, subnormals, extremes); each
 * result is stored with the accrued fflags. */
#include "dump.h"
#define DV 0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff8000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001, 0x0000000000000001, 0x7fefffffffffffff, 0x3fd5555555555555
#define DV3 0x8000000000000000, 0x3ff0000000000000, 0xc008000000000000, 0x7ff0000000000000, 0x7ff4000000000000, 0x000fffffffffffff, 0x7fefffffffffffff

.macro LDV f, v
  li t0, \v
  fmv.d.x \f, t0
.endm
.macro BIN op, rm
  .irp a, DV
  .irp b, DV
  LDV f1, \a
  LDV f2, \b
  \op f3, f1, f2, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro BIN2 op
  .irp a, DV
  .irp b, DV
  LDV f1, \a
  LDV f2, \b
  \op f3, f1, f2
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro CMP op
  .irp a, DV
  .irp b, DV
  LDV f1, \a
  LDV f2, \b
  \op a0, f1, f2
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
.endm
.macro FMA op, rm
  .irp a, DV3
  .irp b, DV3
  .irp c, DV3
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
  .irp op, fadd.d, fsub.d, fmul.d, fdiv.d
  BIN \op, \rm
  .endr
  .endr
  fsrmi x0, 3                     /* dyn = rup */
  BIN fdiv.d, dyn
  .irp op, fmin.d, fmax.d, fsgnj.d, fsgnjn.d, fsgnjx.d
  BIN2 \op
  .endr
  .irp op, feq.d, flt.d, fle.d
  CMP \op
  .endr
  .irp rm, rne, rdn, rmm
  .irp a, DV, 0x4000000000000000, 0xbff0000000000000, 0x0010000000000001
  LDV f1, \a
  fsqrt.d f3, f1, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
  .irp a, DV, 0x000fffffffffffff, 0x0010000000000000, 0xfff4000000000000
  LDV f1, \a
  fclass.d a0, f1
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
  .endr
  .irp op, fmadd.d, fmsub.d, fnmadd.d, fnmsub.d
  FMA \op, rne
  .endr
  FMA fmadd.d, rtz
  FMA fnmsub.d, rup
DIFF_END_RESULTS 12000
