/* Zicntr time: rdtime (csrr time) is readable from M-mode, also with mcounteren = 0, never goes
 * backwards, and advances within a bounded busy loop (it is a real-time counter).
 * Why _noqemu: QEMU 7.2's -M spike machine does not connect its timer to the time CSR, so any
 * read of time from M-mode raises an illegal-instruction exception there. */
#include "test.h"

TEST_BEGIN
  .option norvc
  csrw mcounteren, zero

  /* 64 successive reads never decrease */
  TEST_CASE(1)
  li a5, 64
  rdtime a0
1: rdtime a1
  bltu a1, a0, __test_fail
  mv a0, a1
  addi a5, a5, -1
  bnez a5, 1b

  TEST_CASE(2)
  li a5, 64
  csrr a0, time
1: csrr a1, time
  bltu a1, a0, __test_fail
  mv a0, a1
  addi a5, a5, -1
  bnez a5, 1b

  /* time advances within 2 million polls */
  TEST_CASE(3)
  rdtime a0
  li a5, 2000000
1: rdtime a1
  bne a1, a0, 2f
  addi a5, a5, -1
  bnez a5, 1b
  j __test_fail
2: bltu a1, a0, __test_fail

  /* reading time does not disturb other state */
  TEST_CASE(4)
  li a2, 0x1234
  rdtime a0
  CHECK_EQ(a2, 0x1234)

TEST_END
