/* RV64A lr.w/lr.d/sc.w/sc.d: an SC with no reservation fails (rd = 1, memory untouched), an
 * LR/SC pair succeeds (rd = 0), every SC invalidates the reservation so a second SC fails,
 * lr.w sign-extends, sc.w writes only 32 bits, .aq/.rl/.aqrl forms behave the same, and an
 * LR/SC retry loop performs an atomic increment. */
#include "test.h"
TEST_BEGIN
  .option norvc

  /* no LR has executed yet: SC fails with 1 and does not write */
  TEST_CASE(1)
  lla a0, lrbuf
  li a1, 0x1111111111111111
  sd a1, 0(a0)
  li a2, 0x2222222222222222
  sc.d a3, a2, (a0)
  CHECK_EQ(a3, 1)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x1111111111111111)

  /* lr.d / sc.d pair succeeds */
  TEST_CASE(2)
  lla a0, lrbuf
  lr.d a1, (a0)
  CHECK_EQ(a1, 0x1111111111111111)
  li a2, 0x2222222222222222
  sc.d a3, a2, (a0)
  CHECK_EQ(a3, 0)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x2222222222222222)

  /* the successful SC consumed the reservation: a second SC fails */
  TEST_CASE(3)
  lla a0, lrbuf
  li a2, 0x3333333333333333
  sc.d a3, a2, (a0)
  CHECK_EQ(a3, 1)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x2222222222222222)

  /* lr.w sign-extends bit 31 */
  TEST_CASE(4)
  lla a0, lrbuf
  li a1, 0x7777777780000000
  sd a1, 0(a0)
  lr.w a1, (a0)
  CHECK_EQ(a1, 0xffffffff80000000)

  /* ... and the following sc.w writes only the low word */
  TEST_CASE(5)
  li a2, 0xabcdef0012345678
  sc.w a3, a2, (a0)
  CHECK_EQ(a3, 0)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x7777777712345678)

  /* sc.w without reservation fails */
  TEST_CASE(6)
  lla a0, lrbuf
  li a2, 0
  sc.w a3, a2, (a0)
  CHECK_EQ(a3, 1)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x7777777712345678)

  /* a failed SC also leaves no reservation */
  TEST_CASE(7)
  sc.w a3, a2, (a0)
  CHECK_EQ(a3, 1)

  /* lr.w on the upper word of a dword returns that word, sign-extended */
  TEST_CASE(8)
  lla a0, lrbuf + 4
  lr.w a1, (a0)
  CHECK_EQ(a1, 0x77777777)
  li a2, -1
  sc.w a3, a2, (a0)
  CHECK_EQ(a3, 0)
  lla a0, lrbuf
  ld a4, 0(a0)
  CHECK_EQ(a4, 0xffffffff12345678)

  /* acquire / release forms */
  TEST_CASE(9)
  lla a0, lrbuf
  lr.d.aq a1, (a0)
  CHECK_EQ(a1, 0xffffffff12345678)
  li a2, 5
  sc.d.rl a3, a2, (a0)
  CHECK_EQ(a3, 0)
  ld a4, 0(a0)
  CHECK_EQ(a4, 5)

  TEST_CASE(10)
  lla a0, lrbuf
  lr.w.aqrl a1, (a0)
  CHECK_EQ(a1, 5)
  li a2, 6
  sc.w.aqrl a3, a2, (a0)
  CHECK_EQ(a3, 0)
  lw a4, 0(a0)
  CHECK_EQ(a4, 6)

  TEST_CASE(11)
  lla a0, lrbuf
  lr.d.aqrl a1, (a0)
  addi a2, a1, 1
  sc.d.aq a3, a2, (a0)
  CHECK_EQ(a3, 0)
  lr.w.rl a1, (a0)
  addi a2, a1, 1
  sc.w.rl a3, a2, (a0)
  CHECK_EQ(a3, 0)
  ld a4, 0(a0)
  CHECK_EQ(a4, 8)

  /* LR/SC retry loop: atomic increment, 10 times */
  TEST_CASE(12)
  lla a0, lrbuf
  sd zero, 0(a0)
  li a5, 10
1: lr.d a1, (a0)
  addi a1, a1, 3
  sc.d a3, a1, (a0)
  bnez a3, 1b
  addi a5, a5, -1
  bnez a5, 1b
  ld a4, 0(a0)
  CHECK_EQ(a4, 30)

  /* sc.d with rd == rs2: rd receives the status, memory the old rs2 */
  TEST_CASE(13)
  lla a0, lrbuf
  lr.d a1, (a0)
  li a2, 0x4444
  sc.d a2, a2, (a0)
  CHECK_EQ(a2, 0)
  ld a4, 0(a0)
  CHECK_EQ(a4, 0x4444)

TEST_END

  .data
  .align 3
lrbuf:
  .dword 0, 0
