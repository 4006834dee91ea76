/* Priv 1.12: an xRET whose new mode is not M also clears mstatus.MPRV (mret to S or U,
 * sret to S or U, including sret executed in M).
 * Why _noqemu: QEMU 7.2 leaves MPRV set after mret/sret to a lower mode. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* mret to S */
  li t0, MSTATUS_MPRV; csrs mstatus, t0
  ENTER 1
  RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 9)
  li t0, MSTATUS_MPRV; and t2, s2, t0
  CHECK_EQ(t2, 0)

  TEST_CASE(2)                       /* mret to U */
  li t0, MSTATUS_MPRV; csrs mstatus, t0
  ENTER 0
  RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 8)
  li t0, MSTATUS_MPRV; and t2, s2, t0
  CHECK_EQ(t2, 0)

  TEST_CASE(3)                       /* sret executed in M, SPP = S */
  li t0, MSTATUS_SPP | MSTATUS_MPRV; csrs mstatus, t0
  la t0, 1f; csrw sepc, t0
  sret
1: RESET_TRAP
  ecall
  mv s1, s9; mv s2, s8
  LEAVE
  CHECK_EQ(s1, 9)
  li t0, MSTATUS_MPRV; and t2, s2, t0
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_MPRV; csrc mstatus, t0
TEST_END
