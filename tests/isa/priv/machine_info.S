/* Machine information registers: misa (MXL = 2 and extensions I M A F D C S U), mhartid = 0,
 * mvendorid / marchid / mimpid readable; PMP CSRs writable (pmpcfg0, pmpaddr0..3, write and
 * read back); menvcfg / senvcfg readable and FIOM writable. */
#include "priv.h"
#define EXT(c) (1 << ((c) - 'A'))
PRIV_BEGIN
  TEST_CASE(1)                       /* misa.MXL = 2 */
  csrr s0, misa
  srli t1, s0, 62
  CHECK_EQ(t1, 2)

  TEST_CASE(2)                       /* I M A F D C S U all present */
  li t0, EXT('I') | EXT('M') | EXT('A') | EXT('F') | EXT('D') | EXT('C') | EXT('S') | EXT('U')
  and t1, s0, t0
  CHECK_REG(t1, t0)

  TEST_CASE(3)                       /* E is absent (I is present) */
  li t0, EXT('E')
  and t1, s0, t0
  CHECK_EQ(t1, 0)

  TEST_CASE(4)                       /* mhartid = 0 */
  csrr t1, mhartid
  CHECK_EQ(t1, 0)

  TEST_CASE(5)                       /* id registers readable */
  RESET_TRAP
  csrr t1, mvendorid
  csrr t1, marchid
  csrr t1, mimpid
  CHECK_NOTRAP

  TEST_CASE(6)                       /* pmpaddr1..3 write / read back (values with the low 12
                                        bits clear fit any granularity up to 16 KiB) */
  csrw pmpcfg0, zero                 /* entries OFF (entry 0 re-enabled below) */
  li t0, 0x12345000; csrw pmpaddr1, t0
  li t0, 0x00abc000; csrw pmpaddr2, t0
  li t0, 0x3ffff000; csrw pmpaddr3, t0
  csrr t1, pmpaddr1
  CHECK_EQ(t1, 0x12345000)
  csrr t1, pmpaddr2
  CHECK_EQ(t1, 0x00abc000)
  csrr t1, pmpaddr3
  CHECK_EQ(t1, 0x3ffff000)

  TEST_CASE(7)                       /* pmpcfg0: entry 1 TOR R, entry 2 NAPOT RWX, entry 3 TOR RWX
                                        (not locked: M is unaffected) */
  li t0, 0x0f1f0900
  csrw pmpcfg0, t0
  csrr t1, pmpcfg0
  CHECK_EQ(t1, 0x0f1f0900)

  TEST_CASE(8)                       /* restore: entry 0 NAPOT over all memory, RWX */
  li t0, -1; csrw pmpaddr0, t0
  li t0, 0x1f; csrw pmpcfg0, t0
  csrr t1, pmpcfg0
  CHECK_EQ(t1, 0x1f)

  TEST_CASE(9)                      /* menvcfg: readable, FIOM writable */
  RESET_TRAP
  csrr s1, menvcfg
  li t0, 1; csrs menvcfg, t0
  csrr t1, menvcfg; andi t1, t1, 1
  CHECK_EQ(t1, 1)
  csrc menvcfg, t0
  csrr t1, menvcfg; andi t1, t1, 1
  CHECK_EQ(t1, 0)
  CHECK_NOTRAP

  TEST_CASE(10)                      /* senvcfg: readable, FIOM writable, accessible from S */
  li t0, 1; csrs senvcfg, t0
  csrr t1, senvcfg; andi t1, t1, 1
  CHECK_EQ(t1, 1)
  ENTER 1
  RESET_TRAP
  csrr s1, senvcfg
  csrw senvcfg, zero
  mv s2, s7
  LEAVE
  CHECK_EQ(s2, 0)
  andi s1, s1, 1
  CHECK_EQ(s1, 1)
  csrr t1, senvcfg
  CHECK_EQ(t1, 0)
TEST_END
