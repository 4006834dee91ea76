/* Zicntr exact instret: two rdinstret reads separated by N instructions differ by exactly N + 1
 * (the first read retires too); every retired instruction counts once whatever its kind or
 * length (compressed, taken jump, loads/stores, M, A, fences, CSR accesses); skipped
 * instructions do not count; minstret is the same counter.
 * Why _noqemu: QEMU 7.2 without -icount derives instret from host time, so differences are not
 * exact. This file passes on QEMU 7.2 when run with "-icount shift=0". */
#include "test.h"

#define diff_is(expect) rdinstret a1; sub a1, a1, a0; CHECK_EQ(a1, expect)

TEST_BEGIN
  .option norvc

  TEST_CASE(1)
  rdinstret a0
  diff_is(1)

  TEST_CASE(2)
  rdinstret a0
  nop; nop; nop; nop; nop
  diff_is(6)

  /* 16-bit instructions count as one each */
  TEST_CASE(3)
  rdinstret a0
  .option rvc
  c.nop; c.nop; c.nop; c.nop; c.nop; c.nop; c.nop; c.nop; c.nop; c.nop
  .option norvc
  diff_is(11)

  /* taken branches count once per execution: 1 + 1 (addi) + 10 * 2 */
  TEST_CASE(4)
  rdinstret a0
  addi a5, zero, 10
1: addi a5, a5, -1
  bnez a5, 1b
  diff_is(22)

  /* instructions jumped over are not counted */
  TEST_CASE(5)
  rdinstret a0
  j 1f
  nop
  nop
  nop
1: diff_is(2)

  /* memory, M and A instructions: 1 + auipc + addi + sd + ld + mul + div + amoadd */
  TEST_CASE(6)
  addi a3, zero, 7
  rdinstret a0
6: auipc a2, %pcrel_hi(ibuf)
  addi a2, a2, %pcrel_lo(6b)
  sd a3, 0(a2)
  ld a4, 0(a2)
  mul a4, a4, a3
  div a4, a4, a3
  amoadd.d a4, a3, (a2)
  diff_is(8)

  /* fence, fence.i, CSR accesses */
  TEST_CASE(7)
  rdinstret a0
  fence
  fence.i
  csrr a2, mscratch
  csrw mscratch, a2
  diff_is(5)

  /* minstret reads the same counter */
  TEST_CASE(8)
  rdinstret a0
  csrr a1, minstret
  sub a1, a1, a0
  CHECK_EQ(a1, 1)

  TEST_CASE(9)
  csrr a0, minstret
  nop
  csrr a1, minstret
  sub a1, a1, a0
  CHECK_EQ(a1, 2)

TEST_END

  .data
  .align 3
ibuf:
  .dword 0
