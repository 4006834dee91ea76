/* Directed differential program: FP conversions — float<->int (w/wu/l/lu, s/d) in every
 * rounding mode with out-of-range, NaN and infinite inputs, s<->d, fmv.x/fmv.*.x — each
 * result stored with its fflags. */
#include "dump.h"
#define DV 0x0000000000000000, 0x8000000000000000, 0x3fe0000000000000, 0xbff8000000000000, 0x4004000000000000, 0xc004000000000000, 0x41dfffffffc00000, 0x41e0000000000000, 0xc1e0000000200000, 0x41efffffffe00000, 0x43e0000000000000, 0xc3e0000000000000, 0x43f0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x0000000000000001, 0x3ff0000000000001
#define SV 0xffffffff00000000, 0xffffffff3f000000, 0xffffffffbfc00000, 0xffffffff40200000, 0xffffffff4effffff, 0xffffffff4f000000, 0xffffffffcf000000, 0xffffffff5f000000, 0xffffffffdf000000, 0xffffffff5f800000, 0xffffffff7f800000, 0xffffffff7fc00000, 0xffffffff7f800001, 0x000000003f800000
#define IV 0, 1, -1, 3, 0x7fffffff, 0x80000000, 0xffffffff80000001, 0xffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0x0020000000000001, 0xfffffffffffffff7, 0x1000001

.macro LDV f, v
  li t0, \v
  fmv.d.x \f, t0
.endm
.macro F2I_ONE op, rm, a
  LDV f1, \a
  \op a0, f1, \rm
  fmv.d.x f3, a0
  DIFF_PUTF_FLAGS f3
.endm
.macro F2I p
  .irp rm, rne, rtz, rdn, rup, rmm
  .irp op, fcvt.w.\p, fcvt.wu.\p, fcvt.l.\p, fcvt.lu.\p
  .ifc \p, d
  .irp a, DV
  F2I_ONE \op, \rm, \a
  .endr
  .else
  .irp a, SV
  F2I_ONE \op, \rm, \a
  .endr
  .endif
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  F2I d
  F2I s
  .irp rm, rne, rtz, rdn, rup, rmm
  .irp op, fcvt.s.w, fcvt.s.wu, fcvt.s.l, fcvt.s.lu, fcvt.d.l, fcvt.d.lu
  .irp a, IV
  li a0, \a
  \op f3, a0, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
  .irp a, DV, 0x36a0000000000000, 0x47efffffe0000000, 0x3810000000000000, 0x380fffffffffffff
  LDV f1, \a
  fcvt.s.d f3, f1, \rm
  DIFF_PUTF_FLAGS f3
  .endr
  .endr
  .irp a, IV
  li a0, \a
  fcvt.d.w f3, a0
  DIFF_PUTF_FLAGS f3
  fcvt.d.wu f3, a0
  DIFF_PUTF_FLAGS f3
  fmv.w.x f3, a0
  DIFF_PUTF_FLAGS f3
  .endr
  .irp a, SV
  LDV f1, \a
  fcvt.d.s f3, f1
  DIFF_PUTF_FLAGS f3
  .endr
DIFF_END_RESULTS 4000
