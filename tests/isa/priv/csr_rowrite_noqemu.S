/* csrrs/csrrc whose rs1 is a register other than x0 "attempt to write" the CSR even when
 * the register holds zero, so on a read-only CSR they raise illegal instruction (cause 2).
 * Why _noqemu: QEMU 7.2 decides "is a write" from the mask value instead of from rs1 != x0,
 * so it lets these instructions through without trapping. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* csrrs t1, mhartid, t0 with t0 = 0 */
  RESET_TRAP
  li t0, 0
  csrrs t1, mhartid, t0
  CHECK_TRAP(2)

  TEST_CASE(2)                       /* csrrc t1, mvendorid, t0 with t0 = 0 */
  RESET_TRAP
  li t0, 0
  csrrc t1, mvendorid, t0
  CHECK_TRAP(2)

  TEST_CASE(3)                       /* csrrs t1, cycle, t0 with t0 = 0 */
  RESET_TRAP
  li t0, 0
  csrrs t1, cycle, t0
  CHECK_TRAP(2)

  TEST_CASE(4)                       /* control: rs1 = x0 does not trap */
  RESET_TRAP
  csrrs t1, mhartid, x0
  csrrc t1, cycle, x0
  CHECK_NOTRAP
TEST_END
