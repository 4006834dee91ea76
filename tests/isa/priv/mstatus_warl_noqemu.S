/* mstatus.MPP is WARL over the legal modes U (0), S (1), M (3): writing the reserved value 2
 * (no hypervisor) must read back as some legal value, never 2.
 * Why _noqemu: QEMU 7.2 stores and returns MPP = 2 unchanged. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)
  li t0, MSTATUS_MPP; csrc mstatus, t0
  li t2, 0x1000; csrs mstatus, t2
  csrr t1, mstatus; and t1, t1, t0
  CHECK_NE(t1, 0x1000)

  TEST_CASE(2)                       /* the same through csrw of the whole register */
  csrr t1, mstatus
  li t0, ~MSTATUS_MPP; and t1, t1, t0
  li t2, 0x1000; or t1, t1, t2
  csrw mstatus, t1
  csrr t1, mstatus; li t0, MSTATUS_MPP; and t1, t1, t0
  CHECK_NE(t1, 0x1000)
  li t0, MSTATUS_MPP; csrs mstatus, t0
TEST_END
