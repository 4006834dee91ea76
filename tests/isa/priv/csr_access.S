/* CSR access rules: writes to read-only CSRs trap, csrrs/csrrc with rs1 = x0 and
 * csrrsi/csrrci with uimm = 0 do not write (so no trap on read-only CSRs), M-mode CSRs
 * trap from S, S-mode CSRs trap from U; csrrw/csrrs/csrrc and the immediate forms
 * return the old value and write the right new value. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* csrrs rd, mvendorid, x0: read only, no trap */
  RESET_TRAP
  csrr t1, mvendorid
  csrrc t1, marchid, x0
  csrrsi t1, mimpid, 0
  csrrci t1, mhartid, 0
  CHECK_NOTRAP

  TEST_CASE(2)                       /* csrrsi with nonzero uimm on read-only traps */
  RESET_TRAP
  csrrsi t1, marchid, 1
  CHECK_TRAP(2)

  TEST_CASE(3)                       /* csrw cycle (user read-only counter) traps in M */
  RESET_TRAP
  csrw cycle, zero
  CHECK_TRAP(2)

  TEST_CASE(4)                       /* csrrwi with rd = x0 on read-only CSR traps */
  RESET_TRAP
  csrwi mimpid, 0
  CHECK_TRAP(2)

  TEST_CASE(5)                       /* csrrw returns old, writes new */
  li t0, 0x1234; csrw mscratch, t0
  li t1, 0x5678
  csrrw t2, mscratch, t1
  CHECK_EQ(t2, 0x1234)
  csrr t2, mscratch
  CHECK_EQ(t2, 0x5678)

  TEST_CASE(6)                       /* csrrs / csrrc */
  li t0, 0xf0f0; csrw mscratch, t0
  li t1, 0x0ff0
  csrrs t2, mscratch, t1
  CHECK_EQ(t2, 0xf0f0)
  csrrc t2, mscratch, t1
  CHECK_EQ(t2, 0xfff0)
  csrr t2, mscratch
  CHECK_EQ(t2, 0xf000)

  TEST_CASE(7)                       /* csrrwi / csrrsi / csrrci (5-bit zero-extended uimm) */
  li t0, -1; csrw mscratch, t0
  csrrwi t2, mscratch, 0x1f
  CHECK_EQ(t2, -1)
  csrrci t2, mscratch, 0x5
  CHECK_EQ(t2, 0x1f)
  csrrsi t2, mscratch, 0x10
  CHECK_EQ(t2, 0x1a)
  csrr t2, mscratch
  CHECK_EQ(t2, 0x1a)

  TEST_CASE(8)                       /* csrrsi/csrrci with uimm 0 leave the CSR unchanged */
  csrrsi t2, mscratch, 0
  csrrci t2, mscratch, 0
  csrr t2, mscratch
  CHECK_EQ(t2, 0x1a)

  TEST_CASE(9)                      /* M CSRs from S trap: read mstatus */
  ENTER 1
  RESET_TRAP
  csrr t1, mstatus
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(10)                      /* write mscratch from S traps and does not write */
  li t0, 77; csrw mscratch, t0
  ENTER 1
  RESET_TRAP
  li t1, 99
  csrw mscratch, t1
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  csrr t1, mscratch
  CHECK_EQ(t1, 77)

  TEST_CASE(11)                      /* S CSRs are accessible from S */
  ENTER 1
  RESET_TRAP
  li t1, 0x55
  csrw sscratch, t1
  csrr t2, sscratch
  mv s1, s7
  LEAVE
  CHECK_EQ(s1, 0)
  CHECK_EQ(t2, 0x55)

  TEST_CASE(12)                      /* S CSRs from U trap */
  ENTER 0
  RESET_TRAP
  csrw sscratch, zero
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  csrr t1, sscratch
  CHECK_EQ(t1, 0x55)

  TEST_CASE(13)                      /* M read-only CSRs from S trap even for reads */
  ENTER 1
  RESET_TRAP
  csrr t1, mhartid
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(14)                      /* csrr sstatus from U traps */
  ENTER 0
  RESET_TRAP
  csrr t1, sstatus
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
TEST_END
