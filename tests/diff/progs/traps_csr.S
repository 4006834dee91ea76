/* Directed differential program: synchronous traps and CSR instructions — ecall, ebreak,
 * c.ebreak, illegal encodings, reserved rounding modes (static and dyn with invalid frm),
 * writes to read-only CSRs, nonexistent CSRs, load/store access faults; csrrw/s/c and the
 * immediate forms on fcsr/frm/fflags and M-mode scratch-like CSRs; mstatus.FS off makes FP
 * instructions illegal. Results and the trap log (mcause/mtval/mepc) are dumped.
 * Avoided (QEMU 7.2 bugs, see gen_random.py): misaligned SC/AMO, csrrs/csrrc with a
 * zero-valued rs1 != x0 on read-only CSRs, odd values written to mepc. */
#include "dump.h"

DIFF_BEGIN
  DIFF_RESULTS_INIT
  ecall
  ebreak
  c.ebreak
  .half 0x0000
  .word 0xffffffff & 0x0000006b
  .insn r 0x53, 5, 0x01, f1, f2, f3     /* fadd.d, rm=5 */
  .insn r 0x53, 6, 0x08, f1, f2, f3     /* fmul.s, rm=6 */
  fsrmi a0, 6
  DIFF_PUT a0
  fadd.d f1, f2, f3, dyn                /* frm invalid: illegal */
  fsgnj.d f4, f2, f3                    /* no rounding: legal */
  fsrmi a0, 2
  DIFF_PUT a0
  csrw mhartid, a0
  csrw mvendorid, x0
  li a1, 4
  csrrs a2, mhartid, a1
  csrrs a2, mhartid, x0                 /* rs1 = x0: a read, legal */
  DIFF_PUT a2
  csrr a2, 0x7c0
  csrr a2, 0x5c0
  lw a3, 8(x0)                          /* load access fault, mtval = 8 */
  sd a3, 16(x0)                         /* store access fault */
  fld f5, 24(x0)
  /* CSR read-modify-write */
  li a0, 0xff
  csrrw a1, fcsr, a0
  DIFF_PUT a1
  csrr a1, fcsr
  DIFF_PUT a1
  csrrci a1, fflags, 0x5
  DIFF_PUT a1
  csrrsi a1, frm, 0x4
  DIFF_PUT a1
  csrr a1, fcsr
  DIFF_PUT a1
  fscsr a1, x0
  DIFF_PUT a1
  li a0, -1
  csrrw a1, mcause, a0
  csrrc a1, mcause, a0
  DIFF_PUT a1
  csrrwi a1, mtval, 17
  csrrsi a1, mtval, 8
  DIFF_PUT a1
  csrr a1, mtval
  DIFF_PUT a1
  li a0, 0x123456789abcdef0
  csrw sscratch, a0
  csrrc a1, sscratch, a0
  DIFF_PUT a1
  csrr a1, sscratch
  DIFF_PUT a1
  csrr a1, mstatus
  DIFF_PUT a1
  csrr a1, sstatus
  DIFF_PUT a1
  /* FS = off: FP loads, ops and fcsr accesses are illegal */
  li a0, 0x6000
  csrc mstatus, a0
  csrr a1, mstatus
  DIFF_PUT a1
  fadd.d f1, f1, f1
  fld f1, 0(s11)
  frcsr a1
  fmv.x.d a1, f2
  li a0, 0x2000                         /* FS = initial, then an FP write makes it dirty */
  csrs mstatus, a0
  csrr a1, mstatus
  DIFF_PUT a1
  fmv.d.x f1, x0
  csrr a1, mstatus
  DIFF_PUT a1
  li a0, 0
  li a1, 0
  li a2, 0
  li a3, 0
DIFF_END_RESULTS 64
