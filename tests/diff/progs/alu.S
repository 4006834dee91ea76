/* Directed differential program: RV64I integer register-register and register-immediate
 * ALU instructions (incl. the W forms) over a grid of edge-case operands; every result is
 * stored to the results area and dumped. */
#include "dump.h"
#define VALS 0, 1, -1, 2, 63, 0x7fffffffffffffff, 0x8000000000000000, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0x123456789abcdef0
#define IMMS 0, 1, -1, 31, 32, 63, 2047, -2048, 0x555

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
.macro RI op
  .irp a, VALS
  .irp i, IMMS
  li a0, \a
  \op a2, a0, \i
  DIFF_PUT a2
  .endr
  .endr
.endm
.macro SH op, max
  .irp a, VALS
  .irp i, 0, 1, 5, 31, 32, 33, 62, 63
  .if \i < \max
  li a0, \a
  \op a2, a0, \i
  DIFF_PUT a2
  .endif
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  .irp op, add, sub, sll, slt, sltu, xor, srl, sra, or, and, addw, subw, sllw, srlw, sraw
  RR \op
  .endr
  .irp op, addi, slti, sltiu, xori, ori, andi, addiw
  RI \op
  .endr
  .irp op, slli, srli, srai
  SH \op, 64
  .endr
  .irp op, slliw, srliw, sraiw
  SH \op, 32
  .endr
  /* lui/auipc: upper immediates incl. the sign bit of imm20 */
  .irp i, 0, 1, 0x7ffff, 0x80000, 0xfffff, 0x12345
  lui a2, \i
  DIFF_PUT a2
  auipc a2, \i
  la a3, diff_results
  sub a2, a2, a3                 /* position independent of the link address */
  DIFF_PUT a2
  .endr
  sub s11, s11, a3               /* don't leave an address in the dump */
DIFF_END_RESULTS 3000
