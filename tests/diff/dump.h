/* rvisor differential tests: state-dump convention shared by the directed programs
 * (tests/diff/progs/*.S) and the random programs written by gen_random.py.
 *
 * A program is:
 *     #include "dump.h"
 *     DIFF_BEGIN                 -- HTIF section, _start, mtvec = recording trap handler
 *       ... body ...
 *     DIFF_END                   -- dump registers, CSRs and the trap log; exit 0
 *  or DIFF_END sym, ndwords      -- the same, then also dump ndwords dwords at sym
 *
 * Output (HTIF putchar, one "name=hex16" line each, 64-bit lowercase hex):
 *   x1..x31, f0..f31 (raw 64-bit), fcsr, then deterministic CSRs (mstatus, misa, mcause,
 *   mepc, mtval, mtvec, medeleg, mideleg, mie, satp, mcounteren), then traps=<count>,
 *   trapsum=<checksum over every trap>, the first DIFF_TRAP_LOG trap records as
 *   tcauseNNN / ttvalNNN / tepcNNN (NNN = trap index in hex), and the memory lines mNNN
 *   (NNN = dword index in hex). Not dumped: mscratch (the dump and the handler use it) and
 *   counters (cycle/time/instret are not deterministic across implementations).
 *
 * Trap handler contract: every synchronous trap is recorded and the trapping instruction
 * is skipped (mepc += 2 or 4 by the instruction's length); all registers are preserved.
 * The handler finds its save area through mscratch, so programs must not write mscratch.
 * mstatus.MIE stays 0, so no interrupt is ever taken.
 *
 * The comparator is tests/diff/tools/difftest.py. */
#ifndef RVISOR_DIFF_DUMP_H
#define RVISOR_DIFF_DUMP_H

#define DIFF_TRAP_LOG 32

/* ---------------------------------------------------------------- program frame ---- */
.macro DIFF_BEGIN
  .pushsection .tohost, "aw", @progbits
  .align 6; .global tohost; tohost: .dword 0; .size tohost, 8
  .align 6; .global fromhost; fromhost: .dword 0; .size fromhost, 8
  .popsection
  .section .text.init, "ax"
  .global _start
_start:
  lla t0, __diff_trap
  csrw mtvec, t0
  lla t0, __diff_trap_save
  csrw mscratch, t0
  /* Deterministic start: QEMU's reset ROM leaves a0-a2 set, so clear every register; turn
   * the FPU on (mstatus.FS) and clear the FP registers and fcsr. */
  li t0, 0x2000
  csrs mstatus, t0
  .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  fmv.d.x f\r, x0
  .endr
  csrw fcsr, x0
  .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  li x\r, 0
  .endr
  j __diff_body
  DIFF_TRAP_HANDLER
  .text
__diff_body:
.endm

.macro DIFF_END mem=0, ndw=0
  DIFF_DUMP_STATE
  .if \ndw
  lla s5, \mem
  li s6, 0
1001:
  lla a0, __diff_nm_mem
  ld a1, 0(s5)
  mv a2, s6
  jal ra, __diff_line
  addi s5, s5, 8
  addi s6, s6, 1
  li t1, \ndw
  bltu s6, t1, 1001b
  .endif
  li a0, 1
  lla t6, tohost
1002:
  sd a0, 0(t6)
  j 1002b
  DIFF_DUMP_ROUTINES
.endm

/* Directed programs: a results area, filled in order through s11 and dumped by
 * DIFF_END_RESULTS (mNNN lines). DIFF_RESULTS_INIT points s11 at it. */
.macro DIFF_RESULTS_INIT
  lla s11, diff_results
.endm
.macro DIFF_PUT reg
  sd \reg, 0(s11)
  addi s11, s11, 8
.endm
.macro DIFF_PUTF freg
  fsd \freg, 0(s11)
  addi s11, s11, 8
.endm
/* Store the FP result and the accrued flags, then clear the flags. */
.macro DIFF_PUTF_FLAGS freg
  fsd \freg, 0(s11)
  frflags t6
  sd t6, 8(s11)
  fsflags x0
  addi s11, s11, 16
.endm
.macro DIFF_END_RESULTS ndw
  /* overflow guard (clobbers t6): exit with status 3 if more than ndw results were put */
  lla t6, diff_results + 8 * \ndw
  bleu s11, t6, 1f
  li t6, (3 << 1) | 1
  lla s11, tohost
  sd t6, 0(s11)
  j .
1:
  li t6, 0
  DIFF_END diff_results, \ndw
  .pushsection .data
  .balign 8
diff_results:
  .zero 8 * \ndw
  .popsection
.endm

/* ---------------------------------------------------------------- trap handler ---- */
/* Save area: 0..39 t1..t5, 40 count, 48 checksum, 56.. log (cause, tval, epc) x LOG. */
.macro DIFF_TRAP_HANDLER
  .balign 4
__diff_trap:
  csrrw t6, mscratch, t6          /* t6 = save area; mscratch = program's t6 */
  sd t1, 0(t6)
  sd t2, 8(t6)
  sd t3, 16(t6)
  sd t4, 24(t6)
  sd t5, 32(t6)
  csrr t1, mcause
  csrr t2, mtval
  csrr t3, mepc
  /* mtval on a breakpoint is implementation-defined (0 on QEMU, the pc on others):
   * record it as 0, and clear it so the final dump of mtval agrees too. */
  li t4, 3
  bne t1, t4, 3f
  li t2, 0
  csrw mtval, x0
3:
  ld t4, 40(t6)                   /* count */
  li t5, DIFF_TRAP_LOG
  bgeu t4, t5, 1f
  slli t5, t4, 1
  add t5, t5, t4
  slli t5, t5, 3                  /* count * 24 */
  add t5, t5, t6
  sd t1, 56(t5)
  sd t2, 64(t5)
  sd t3, 72(t5)
1:
  addi t4, t4, 1
  sd t4, 40(t6)
  ld t4, 48(t6)                   /* checksum = (rotl(sum,5) ^ cause) * P + tval ^ epc */
  slli t5, t4, 5
  srli t4, t4, 59
  or t4, t4, t5
  xor t4, t4, t1
  li t5, 0x100000001b3
  mul t4, t4, t5
  add t4, t4, t2
  xor t4, t4, t3
  sd t4, 48(t6)
  lhu t4, 0(t3)                   /* skip the instruction: 4 bytes if bits[1:0] == 11 */
  andi t4, t4, 3
  li t5, 3
  addi t3, t3, 2
  bne t4, t5, 2f
  addi t3, t3, 2
2:
  csrw mepc, t3
  ld t1, 0(t6)
  ld t2, 8(t6)
  ld t3, 16(t6)
  ld t4, 24(t6)
  ld t5, 32(t6)
  csrrw t6, mscratch, t6
  mret
  .pushsection .data
  .balign 8
__diff_trap_save:
  .zero 56 + 24 * DIFF_TRAP_LOG
  .popsection
.endm

/* ---------------------------------------------------------------- state dump ---- */
/* Save area: 0..255 x0..x31, 256..511 f0..f31, 512.. CSRs in the order of DIFF_CSRS. */
#define DIFF_CSRS fcsr, mstatus, misa, mcause, mepc, mtval, mtvec, medeleg, mideleg, mie, satp, mcounteren
.macro DIFF_DUMP_STATE
  csrw mscratch, t6
  lla t6, __diff_dump_save
  .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30
  sd x\r, (\r * 8)(t6)
  .endr
  csrr t5, mscratch
  sd t5, 248(t6)
  csrr t5, mstatus                /* before FS is forced on below */
  sd t5, 520(t6)
  li t5, 0x6000
  csrs mstatus, t5
  .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  fsd f\r, (256 + \r * 8)(t6)
  .endr
  csrr t5, fcsr
  sd t5, 512(t6)
  .set __diff_off, 528
  .irp c, misa, mcause, mepc, mtval, mtvec, medeleg, mideleg, mie, satp, mcounteren
  csrr t5, \c
  .ifc \c, misa
  andi t5, t5, ~0x80              /* QEMU 7.2 has the H extension, rvisor does not: hide H */
  .endif
  sd t5, __diff_off(t6)
  .set __diff_off, __diff_off + 8
  .endr
  lla t5, __diff_fatal             /* a trap inside the dump itself ends the run (status 2) */
  csrw mtvec, t5
  /* print */
  lla s0, __diff_dump_save
  li a2, -1
  .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  lla a0, __diff_nm_x\r
  ld a1, (\r * 8)(s0)
  jal ra, __diff_line
  .endr
  .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  lla a0, __diff_nm_f\r
  ld a1, (256 + \r * 8)(s0)
  jal ra, __diff_line
  .endr
  .set __diff_off, 512
  .irp c, fcsr, mstatus, misa, mcause, mepc, mtval, mtvec, medeleg, mideleg, mie, satp, mcounteren
  lla a0, __diff_nm_\c
  ld a1, __diff_off(s0)
  jal ra, __diff_line
  .set __diff_off, __diff_off + 8
  .endr
  /* trap record */
  lla s5, __diff_trap_save
  lla a0, __diff_nm_traps
  ld a1, 40(s5)
  jal ra, __diff_line
  lla a0, __diff_nm_trapsum
  ld a1, 48(s5)
  jal ra, __diff_line
  ld s7, 40(s5)
  li t1, DIFF_TRAP_LOG
  bleu s7, t1, 1f
  mv s7, t1
1:
  li s6, 0
  addi s5, s5, 56
2:
  bgeu s6, s7, 3f
  lla a0, __diff_nm_tcause
  ld a1, 0(s5)
  mv a2, s6
  jal ra, __diff_line
  lla a0, __diff_nm_ttval
  ld a1, 8(s5)
  mv a2, s6
  jal ra, __diff_line
  lla a0, __diff_nm_tepc
  ld a1, 16(s5)
  mv a2, s6
  jal ra, __diff_line
  addi s5, s5, 24
  addi s6, s6, 1
  j 2b
3:
.endm

.macro DIFF_DUMP_ROUTINES
/* __diff_line: print name (a0, NUL-terminated), then index a2 as 3 hex digits unless
 * a2 < 0, then "=", value a1 as 16 hex digits, newline. Called with jal ra. */
__diff_line:
  mv s1, a0
  mv s2, a1
  mv s3, a2
1:
  lbu a0, 0(s1)
  beqz a0, 2f
  jal t0, __diff_putc
  addi s1, s1, 1
  j 1b
2:
  bltz s3, 3f
  srli a0, s3, 8
  jal t0, __diff_hexdig
  srli a0, s3, 4
  jal t0, __diff_hexdig
  mv a0, s3
  jal t0, __diff_hexdig
3:
  li a0, '='
  jal t0, __diff_putc
  li s4, 60
4:
  srl a0, s2, s4
  jal t0, __diff_hexdig
  addi s4, s4, -4
  bgez s4, 4b
  li a0, '\n'
  jal t0, __diff_putc
  li a2, -1
  ret
  .balign 4
__diff_fatal:
  li a0, (2 << 1) | 1
  lla t6, tohost
  sd a0, 0(t6)
  j __diff_fatal
/* __diff_hexdig: print the low nibble of a0 as a hex digit; returns through t0. */
__diff_hexdig:
  andi a0, a0, 15
  li t5, 10
  blt a0, t5, 1f
  addi a0, a0, 'a' - '0' - 10
1:
  addi a0, a0, '0'
/* __diff_putc: HTIF console putchar of a0; returns through t0. Clobbers t5, t6. */
__diff_putc:
  li t5, 0x0101000000000000
  andi a0, a0, 0xff
  or t5, t5, a0
  lla t6, tohost
  sd t5, 0(t6)
1:
  ld t5, 0(t6)
  bnez t5, 1b
  jr t0

  .pushsection .rodata
  .irp r, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
__diff_nm_x\r: .asciz "x\r"
  .endr
  .irp r, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
__diff_nm_f\r: .asciz "f\r"
  .endr
  .irp c, fcsr, mstatus, misa, mcause, mepc, mtval, mtvec, medeleg, mideleg, mie, satp, mcounteren, traps, trapsum, tcause, ttval, tepc, mem
__diff_nm_\c: .asciz "\c"
  .endr
  .popsection
  .pushsection .data
  .balign 8
__diff_dump_save:
  .zero 512 + 8 * 12
  .popsection
.endm

#endif
