/* Directed differential program: control flow and RVC — every conditional branch taken and
 * not taken on signed/unsigned edge operands, jal/jalr (incl. odd jalr target, rd == rs1),
 * explicit compressed instructions (c.addi16sp/c.addi4spn/c.lwsp/c.sdsp/c.lw/c.sd/c.srli/
 * c.srai/c.andi/c.sub/c.xor/c.or/c.and/c.subw/c.addw/c.addiw/c.slli/c.mv/c.add/c.lui/c.j/
 * c.jr/c.jalr/c.beqz/c.bnez), and a counted loop. */
#include "dump.h"
#define VALS 0, 1, -1, 0x7fffffffffffffff, 0x8000000000000000

.macro BR op
  .irp a, VALS
  .irp b, VALS
  li a0, \a
  li a1, \b
  li a2, 0
  \op a0, a1, 1f
  li a2, 1
1:
  DIFF_PUT a2
  .endr
  .endr
.endm

DIFF_BEGIN
  DIFF_RESULTS_INIT
  .irp op, beq, bne, blt, bge, bltu, bgeu
  BR \op
  .endr
  /* jal / jalr: store link values relative to a label */
  lla s1, 10f
  jal a0, 10f
  li a5, 99                       /* skipped */
10:
  sub a0, a0, s1
  DIFF_PUT a0
  lla a1, 11f
  addi a1, a1, 1                  /* jalr clears bit 0 of the target */
  jalr a1, 0(a1)
  li a5, 98
11:
  lla s1, 11b
  sub a1, a1, s1
  DIFF_PUT a1
  lla t1, 12f
  c.jalr t1
  li a5, 97
12:
  lla s1, 12b
  sub ra, ra, s1
  DIFF_PUT ra
  lla t2, 13f
  c.jr t2
  li a5, 96
13:
  c.j 14f
  li a5, 95
14:
  li s0, 0
  c.beqz s0, 15f
  li a5, 94
15:
  c.bnez s0, 16f
  li a5, 93
16:
  DIFF_PUT a5
  /* compressed ALU and stack/memory forms */
  lla sp, stack_top
  c.addi16sp sp, -64
  c.addi4spn s0, sp, 16
  li s1, 0x0123456789abcdef
  c.sdsp s1, 8(sp)
  c.swsp s1, 20(sp)
  c.ldsp a0, 8(sp)
  DIFF_PUT a0
  c.lwsp a0, 20(sp)
  DIFF_PUT a0
  c.sd s1, 0(s0)
  c.lw a2, 4(s0)
  DIFF_PUT a2
  c.ld a3, 0(s0)
  DIFF_PUT a3
  mv a4, s1
  c.srli a4, 7
  DIFF_PUT a4
  mv a4, s1
  c.srai a4, 63
  DIFF_PUT a4
  li a5, -1
  c.andi a5, -17
  DIFF_PUT a5
  .irp op, c.sub, c.xor, c.or, c.and, c.subw, c.addw
  li a4, 0x7fffffff80000001
  li a5, 0xffffffff
  \op a4, a5
  DIFF_PUT a4
  .endr
  li a4, 0x7fffffff
  c.addiw a4, 1
  DIFF_PUT a4
  c.slli a4, 33
  DIFF_PUT a4
  c.mv a3, a4
  c.add a3, a4
  DIFF_PUT a3
  c.lui a3, 0x1f
  DIFF_PUT a3
  c.lui a3, 0xfffe0
  DIFF_PUT a3
  c.li a3, -32
  DIFF_PUT a3
  /* counted loop */
  li t0, 10
  li t1, 0
20:
  add t1, t1, t0
  c.addi t0, -1
  bnez t0, 20b
  DIFF_PUT t1
  li sp, 0
  li s0, 0
  li s1, 0
  li ra, 0
  li t1, 0
  li t2, 0
DIFF_END_RESULTS 200
  .data
  .balign 16
stack: .zero 256
stack_top:
