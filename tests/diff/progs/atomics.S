/* Directed differential program: RV64A — every AMO (.w/.d, with aq/rl) over edge values,
 * LR/SC success and failure cases (SC without reservation, SC to another address, second
 * SC after a successful one), and misaligned LR (address-misaligned trap, cause 4). */
#include "dump.h"
#define VALS 0, 1, -1, 0x7fffffff, 0x80000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffff00000005

.macro AMO op, p
  .irp a, VALS
  .irp b, VALS
  li a0, \a
  sd a0, 0(s1)
  li a1, \b
  \op\().\p a2, a1, (s1)
  DIFF_PUT a2
  ld a3, 0(s1)
  DIFF_PUT a3
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  lla s1, amo_word
  .irp p, w, d, w.aq, d.rl, w.aqrl
  .irp op, amoswap, amoadd, amoxor, amoand, amoor, amomin, amomax, amominu, amomaxu
  AMO \op, \p
  .endr
  .endr
  /* LR/SC */
  li a0, 0x1111222233334444
  sd a0, 0(s1)
  sd a0, 8(s1)
  li a1, 0x5555
  sc.d a2, a1, (s1)               /* no reservation: fails (nonzero), no store */
  DIFF_PUT a2
  lr.d a3, (s1)
  DIFF_PUT a3
  sc.d a2, a1, (s1)               /* succeeds: 0 */
  DIFF_PUT a2
  sc.d a2, a0, (s1)               /* reservation consumed: fails */
  DIFF_PUT a2
  lr.w a3, (s1)
  DIFF_PUT a3
  addi a4, s1, 8
  sc.w a2, a1, (a4)               /* different address: fails */
  DIFF_PUT a2
  addi a4, s1, 4
  lr.w.aq a3, (a4)
  DIFF_PUT a3
  li a1, -7
  sc.w.rl a2, a1, (a4)
  DIFF_PUT a2
  ld a3, 0(s1)
  DIFF_PUT a3
  ld a3, 8(s1)
  DIFF_PUT a3
  addi a4, s1, 2
  lr.w a3, (a4)                   /* misaligned LR: trap 4, mtval = address */
  DIFF_PUT a3
  addi a4, s1, 4
  lr.d a3, (a4)                   /* misaligned LR.D */
  DIFF_PUT a3
  lla a0, amo_word                /* don't leave addresses in the dump */
  sub a4, a4, a0
  sub s1, s1, a0
  li a0, 0
DIFF_END_RESULTS 6000
  .data
  .balign 16
amo_word: .dword 0, 0
