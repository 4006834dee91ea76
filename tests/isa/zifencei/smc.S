/* Self-modifying code. Code rewritten by the hart's own stores runs as rewritten after a
 * FENCE.I (what the ISA promises), and also without one when the rewritten code is another
 * block (what rvisor promises, as QEMU does: a store invalidates translated code at once).
 * Each function is called often enough first that the JIT has translated it. */
#include "test.h"
#define WARM(fn, expect)  li s0, 10; 9: jal fn; CHECK_EQ(a0, expect); addi s0, s0, -1; bnez s0, 9b
TEST_BEGIN
  .option norvc

  /* a word store, then FENCE.I */
  TEST_CASE(1)
  WARM(f, 1)
  lla t0, f
  lw t1, 8(t0)
  sw t1, 0(t0)
  fence.i
  jal f
  CHECK_EQ(a0, 2)

  /* a word store and no FENCE.I */
  TEST_CASE(2)
  WARM(g, 3)
  lla t0, g
  lw t1, 8(t0)
  sw t1, 0(t0)
  jal g
  CHECK_EQ(a0, 4)

  /* a byte store into the middle of an instruction: li a0, 5 (0x00500513) has imm[3:0] in
   * byte 2 (0x50); 0x70 there makes it li a0, 7 */
  TEST_CASE(3)
  WARM(h, 5)
  lla t0, h
  li t1, 0x70
  sb t1, 2(t0)
  jal h
  CHECK_EQ(a0, 7)

  /* a doubleword store replacing two instructions */
  TEST_CASE(4)
  WARM(k, 9)
  lla t0, k
  ld t1, 16(t0)
  sd t1, 0(t0)
  jal k
  CHECK_EQ(a0, 10)

  /* code right after the store in the same block: FENCE.I makes it visible */
  TEST_CASE(5)
  lla t0, 1f
  lla t1, m
  lw t1, 8(t1)          /* li a0, 12 */
  sw t1, 0(t0)
  fence.i
1: li a0, 11
  CHECK_EQ(a0, 12)

  /* a hot loop calls a function in its own page; the JIT links the call's jump straight
   * into the function's translation. At the tenth pass the loop's store, in the same block
   * as the call, rewrites the function: that very call must run the new code, so the store
   * must cut the link. (The other passes store to data, so the loop gets translated.) */
  TEST_CASE(6)
  lla t0, local_fn
  lla t5, scratch
  lw t1, 8(t0)          /* li a0, 21 */
  li s0, 20
  li a3, 0
9: addi s0, s0, -1
  xori a1, s0, 10
  seqz a1, a1           /* a1 = (s0 == 10) */
  sub a2, t0, t5
  mul a2, a2, a1
  add a2, a2, t5        /* local_fn on the tenth pass, else scratch */
  sw t1, 0(a2)
  jal local_fn
  mul a4, a0, a1
  add a3, a3, a4        /* a3 = what the tenth call returned */
  bnez s0, 9b
  CHECK_EQ(a3, 21)
  CHECK_EQ(a0, 21)
  j 2f
local_fn:
  li a0, 20
  ret
  li a0, 21
2:
TEST_END

  .text
  .align 12
f: li a0, 1
   ret
   li a0, 2             /* template copied over f's first instruction */
   .align 4
g: li a0, 3
   ret
   li a0, 4
   .align 4
h: li a0, 5
   ret
   .align 4
k: li a0, 8
   addi a0, a0, 1
   ret
   nop
   li a0, 10            /* k+16: these two replace k's first two */
   nop
   .align 4
m: nop
   nop
   li a0, 12

  .data
  .align 3
scratch: .dword 0
