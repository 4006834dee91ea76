/* Counters: mcounteren gates cycle/instret reads from S and U, scounteren additionally
 * gates them from U (illegal instruction when disabled); M reads them regardless.
 * mcycle/minstret are writable; mcountinhibit.CY stops mcycle. (time: counters_time_noqemu.S) */
#include "priv.h"
/* run `insn` in mode `m` and leave s1 = number of traps, s2 = cause */
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
  TEST_CASE(1)                       /* M: readable with both enables clear */
  RESET_TRAP
  csrr t1, cycle
  csrr t1, instret
  CHECK_NOTRAP

  TEST_CASE(2)                       /* S, mcounteren.CY = 0: cycle traps */
  IN_MODE 1, csrr t1, cycle
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(3)                       /* S, mcounteren.IR = 0: instret traps */
  IN_MODE 1, csrr t1, instret
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(4)                       /* S, mcounteren.CY = 1: cycle readable; instret still not */
  li t0, 1; csrw mcounteren, t0
  IN_MODE 1, csrr t1, cycle
  CHECK_EQ(s1, 0)
  IN_MODE 1, csrr t1, instret
  CHECK_EQ(s1, 1)

  TEST_CASE(5)                       /* S, mcounteren.IR = 1 */
  li t0, 5; csrw mcounteren, t0
  IN_MODE 1, csrr t1, instret
  CHECK_EQ(s1, 0)

  TEST_CASE(6)                       /* U, mcounteren set but scounteren clear: traps */
  IN_MODE 0, csrr t1, cycle
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  IN_MODE 0, csrr t1, instret
  CHECK_EQ(s1, 1)

  TEST_CASE(7)                       /* U, both set: readable */
  li t0, 5; csrw scounteren, t0
  csrr t1, scounteren
  CHECK_EQ(t1, 5)
  IN_MODE 0, csrr t1, cycle
  CHECK_EQ(s1, 0)
  IN_MODE 0, csrr t1, instret
  CHECK_EQ(s1, 0)

  TEST_CASE(8)                       /* U, scounteren set but mcounteren clear: traps */
  csrw mcounteren, zero
  IN_MODE 0, csrr t1, cycle
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  IN_MODE 0, csrr t1, instret
  CHECK_EQ(s1, 1)

  TEST_CASE(9)                       /* S ignores scounteren */
  IN_MODE 1, csrr t1, cycle
  CHECK_EQ(s1, 1)
  csrw scounteren, zero

  TEST_CASE(10)                      /* mcounteren CY/IR bits read back */
  li t0, 5; csrw mcounteren, t0
  csrr t1, mcounteren
  andi t1, t1, 5
  CHECK_EQ(t1, 5)
  csrw mcounteren, zero

  TEST_CASE(11)                      /* mcycle writable: reads back >= value, < value + 2^32 */
  li t0, 0x123400000000
  csrw mcycle, t0
  csrr t1, mcycle
  sub t1, t1, t0
  srli t2, t1, 32
  CHECK_EQ(t2, 0)
  csrr t1, cycle                     /* cycle mirrors mcycle */
  sub t1, t1, t0
  srli t2, t1, 32
  CHECK_EQ(t2, 0)

  TEST_CASE(12)                      /* minstret writable, instret mirrors it */
  li t0, 0x567800000000
  csrw minstret, t0
  csrr t1, minstret
  sub t1, t1, t0
  srli t2, t1, 32
  CHECK_EQ(t2, 0)
  csrr t1, instret
  sub t1, t1, t0
  srli t2, t1, 32
  CHECK_EQ(t2, 0)

  TEST_CASE(13)                      /* minstret counts: 100 loop iterations retire >= 200 */
  csrr t1, minstret
  li t2, 100; 1: addi t2, t2, -1; bnez t2, 1b
  csrr t2, minstret
  sub t2, t2, t1
  sltiu t3, t2, 200
  CHECK_EQ(t3, 0)

  TEST_CASE(14)                      /* mcountinhibit.CY = 1 stops mcycle */
  li t0, 1; csrw mcountinhibit, t0
  csrr t1, mcountinhibit
  andi t1, t1, 1
  CHECK_EQ(t1, 1)
  csrr t1, mcycle
  li t2, 1000; 1: addi t2, t2, -1; bnez t2, 1b
  csrr t2, mcycle
  CHECK_REG(t1, t2)
  csrw mcountinhibit, zero
TEST_END
