/* Directed differential program: RV64M (mul/mulh/mulhsu/mulhu/div/divu/rem/remu and the
 * W forms) over edge-case operands: division by zero, signed overflow, sign extension. */
#include "dump.h"
#define VALS 0, 1, -1, 2, -2, 3, 0x7fffffffffffffff, 0x8000000000000000, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0xffffffff, 0x123456789abcdef0

.macro RR op
  .irp a, VALS
  .irp b, VALS
  li a0, \a
  li a1, \b
  \op a2, a0, a1
  DIFF_PUT a2
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  .irp op, mul, mulh, mulhsu, mulhu, div, divu, rem, remu, mulw, divw, divuw, remw, remuw
  RR \op
  .endr
  /* rd == rs1 == rs2 */
  li a0, 0xfedcba9876543210
  mulhsu a0, a0, a0
  DIFF_PUT a0
DIFF_END_RESULTS 2200
