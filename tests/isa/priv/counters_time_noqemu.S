/* time CSR: readable in M, mirrors CLINT mtime; mcounteren.TM / scounteren.TM gate it from
 * S and U. mcountinhibit.IR stops minstret.
 * Why _noqemu: QEMU 7.2 -M spike does not provide the time CSR (every read traps), and its
 * mcountinhibit.IR does not stop minstret. */
#include "priv.h"
.macro IN_MODE m, insn:vararg
  ENTER \m
  RESET_TRAP
  \insn
  mv s1, s7; mv s2, s9
  LEAVE
.endm
PRIV_BEGIN
  csrw mcounteren, zero
  csrw scounteren, zero
  TEST_CASE(1)                       /* mtime <= time <= mtime (reads in that order) */
  RESET_TRAP
  li t0, CLINT_MTIME
  ld t1, 0(t0)
  csrr t2, time
  ld t3, 0(t0)
  CHECK_NOTRAP
  bltu t2, t1, __test_fail
  bltu t3, t2, __test_fail

  TEST_CASE(2)                       /* S with mcounteren.TM = 0 traps */
  IN_MODE 1, csrr t1, time
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(3)                       /* S with TM = 1 reads */
  li t0, 2; csrw mcounteren, t0
  IN_MODE 1, csrr t1, time
  CHECK_EQ(s1, 0)

  TEST_CASE(4)                       /* U needs scounteren.TM too */
  IN_MODE 0, csrr t1, time
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  li t0, 2; csrw scounteren, t0
  IN_MODE 0, csrr t1, time
  CHECK_EQ(s1, 0)
  csrw mcounteren, zero
  csrw scounteren, zero

  TEST_CASE(5)                       /* mcountinhibit.IR = 1 stops minstret */
  li t0, 4; csrw mcountinhibit, t0
  csrr t1, minstret
  li t2, 100; 1: addi t2, t2, -1; bnez t2, 1b
  csrr t2, minstret
  CHECK_REG(t1, t2)
  csrw mcountinhibit, zero

  TEST_CASE(6)                       /* with IR clear again, minstret advances */
  csrr t1, minstret
  li t2, 100; 1: addi t2, t2, -1; bnez t2, 1b
  csrr t2, minstret
  sub t2, t2, t1
  sltiu t3, t2, 200
  CHECK_EQ(t3, 0)
TEST_END
