/* Sstc: with menvcfg.STCE = 1, stimecmp (0x14d) drives mip.STIP = (time >= stimecmp), that
 * bit is then read-only to M, and a delegated STI is taken in S. S-mode access to stimecmp
 * needs mcounteren.TM = 1 and menvcfg.STCE = 1, else illegal instruction.
 * Why _noqemu: QEMU 7.2 -M spike does not implement Sstc (stimecmp traps even in M). */
#include "priv.h"
#define CSR_STIMECMP 0x14d
#define STCE 0x8000000000000000
#define SPIN li t1, 200; 8: addi t1, t1, -1; bnez t1, 8b
PRIV_BEGIN
  li t0, STCE; csrs menvcfg, t0
  li t0, 1 << IRQ_STI; csrc mip, t0  /* (ignored once STCE = 1; harmless) */

  TEST_CASE(1)                       /* menvcfg.STCE reads back 1 */
  csrr t1, menvcfg
  srli t1, t1, 63
  CHECK_EQ(t1, 1)

  TEST_CASE(2)                       /* stimecmp read / write in M */
  li t0, -1; csrw CSR_STIMECMP, t0
  csrr t1, CSR_STIMECMP
  CHECK_EQ(t1, -1)

  TEST_CASE(3)                       /* stimecmp = -1: STIP clear */
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_STI
  CHECK_EQ(t1, 0)

  TEST_CASE(4)                       /* stimecmp = 0 <= time: STIP set */
  csrw CSR_STIMECMP, zero
  SPIN
  csrr t1, mip; andi t1, t1, 1 << IRQ_STI
  CHECK_EQ(t1, 1 << IRQ_STI)

  TEST_CASE(5)                       /* mip.STIP cannot be cleared by M while STCE = 1 */
  li t0, 1 << IRQ_STI; csrc mip, t0
  csrr t1, mip; andi t1, t1, 1 << IRQ_STI
  CHECK_EQ(t1, 1 << IRQ_STI)

  TEST_CASE(6)                       /* STIP follows a future compare value */
  li t0, CLINT_MTIME; ld t1, 0(t0)
  addi t1, t1, 50
  csrw CSR_STIMECMP, t1
  li t2, 50000000
1: csrr t1, mip; andi t1, t1, 1 << IRQ_STI
  bnez t1, 2f
  addi t2, t2, -1; bnez t2, 1b
  j __test_fail
2: li t0, CLINT_MTIME; ld t1, 0(t0)
  csrr t2, CSR_STIMECMP
  bltu t1, t2, __test_fail

  TEST_CASE(7)                       /* S without mcounteren.TM: stimecmp access traps */
  csrw mcounteren, zero
  ENTER 1
  RESET_TRAP
  csrr t1, CSR_STIMECMP
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(8)                       /* S with TM = 1: stimecmp accessible; STI delegated and
                                        taken in S with SIE after S writes stimecmp = 0 */
  li t0, 2; csrw mcounteren, t0
  li t0, -1; csrw CSR_STIMECMP, t0
  li t0, 1 << IRQ_STI; csrw mideleg, t0; csrs mie, t0
  ENTER 1
  RESET_TRAP
  csrw CSR_STIMECMP, zero
  li t0, MSTATUS_SIE; csrs sstatus, t0
  SPIN
  li t0, MSTATUS_SIE; csrc sstatus, t0
  li t0, -1; csrw CSR_STIMECMP, t0
  mv s1, s7; mv s2, s9; mv s3, s6
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, INTR(IRQ_STI))
  CHECK_EQ(s3, 1)

  TEST_CASE(9)                       /* STCE = 0: S access traps even with TM = 1 */
  li t0, STCE; csrc menvcfg, t0
  ENTER 1
  RESET_TRAP
  csrr t1, CSR_STIMECMP
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  csrw mcounteren, zero
  csrw mideleg, zero
TEST_END
