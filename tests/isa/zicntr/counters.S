/* Zicntr: rdcycle, rdinstret (and the M-mode mcycle/minstret) are readable from M-mode, also
 * with mcounteren = 0, and never go backwards; instret strictly increases across instructions,
 * cycle advances across a loop. rdtime: time_noqemu.S. Exact instret counts: instret_noqemu.S. */
#include "test.h"

/* read `csr` 64 times; fail if any read is below (unsigned) the previous one */
#define MONOTONIC(n, rd)                                                       \
  TEST_CASE(n); li a5, 64; rd a0;                                              \
  1: rd a1; bltu a1, a0, __test_fail; mv a0, a1; addi a5, a5, -1; bnez a5, 1b

  .macro rd_mcycle r
  csrr \r, mcycle
  .endm
  .macro rd_minstret r
  csrr \r, minstret
  .endm

TEST_BEGIN
  .option norvc

  /* mcounteren only gates lower privilege modes */
  csrw mcounteren, zero

  MONOTONIC(1, rdcycle)
  MONOTONIC(2, rdinstret)
  /* the machine-mode counters mcycle/minstret */
  MONOTONIC(3, rd_mcycle)
  MONOTONIC(4, rd_minstret)

  /* instret: reads separated by instructions strictly increase */
  TEST_CASE(5)
  rdinstret a0
  nop
  nop
  rdinstret a1
  bgeu a0, a1, __test_fail

  /* minstret and instret are the same counter: a later minstret read is >= an earlier instret */
  TEST_CASE(6)
  rdinstret a0
  csrr a1, minstret
  bltu a1, a0, __test_fail
  rdinstret a2
  bltu a2, a1, __test_fail

  /* cycle counts up across a busy loop */
  TEST_CASE(7)
  rdcycle a0
  li a5, 1000
1: addi a5, a5, -1
  bnez a5, 1b
  rdcycle a1
  bgeu a0, a1, __test_fail

  /* a 100-iteration, 2-instruction loop retires at least 200 instructions */
  TEST_CASE(8)
  rdinstret a0
  li a5, 100
1: addi a5, a5, -1
  bnez a5, 1b
  rdinstret a1
  sub a2, a1, a0
  li a3, 200
  bltu a2, a3, __test_fail       /* at least 200 instructions retired in the loop */

  /* mcycle and cycle are the same counter */
  TEST_CASE(9)
  rdcycle a0
  csrr a1, mcycle
  bltu a1, a0, __test_fail
  rdcycle a2
  bltu a2, a1, __test_fail

TEST_END
