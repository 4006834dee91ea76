/* RV64C traps: c.ebreak raises breakpoint (mcause 3) with mepc = the c.ebreak itself and mtval
 * 0 or that pc; the all-zero 16-bit parcel 0x0000 is an illegal instruction (mcause 2) with
 * mepc = its address and mtval 0 (either 0 or the encoding, which is 0 here). The handler
 * resumes after the trapping instruction using its encoded length. */
#include "test.h"
TEST_BEGIN
  .option rvc
  lla t0, trap_handler
  csrw mtvec, t0

  TEST_CASE(1)
  li s2, -1; li s3, -1; li s4, -1
1: c.ebreak
  CHECK_EQ(s2, 3)
  lla a1, 1b
  CHECK_REG(s4, a1)
  beqz s3, 2f
  CHECK_REG(s3, a1)
2:

  /* execution continued right after the 2-byte c.ebreak */
  TEST_CASE(2)
  li a0, 0
  li s2, -1
  c.ebreak
  c.addi a0, 5
  CHECK_EQ(s2, 3)
  CHECK_EQ(a0, 5)

  TEST_CASE(3)
  li s2, -1; li s3, -1; li s4, -1
1: .hword 0x0000
  CHECK_EQ(s2, 2)
  CHECK_EQ(s3, 0)
  lla a1, 1b
  CHECK_REG(s4, a1)

  /* the illegal parcel is 2 bytes long: the next 16-bit instruction executes */
  TEST_CASE(4)
  li a0, 0
  li s2, -1
  .hword 0x0000
  c.li a0, 9
  CHECK_EQ(s2, 2)
  CHECK_EQ(a0, 9)

  /* c.ebreak at a 2-byte (not 4-byte) aligned pc */
  TEST_CASE(5)
  li s2, -1; li s4, -1
  .balign 4
  c.nop
1: c.ebreak
  CHECK_EQ(s2, 3)
  lla a1, 1b
  CHECK_REG(s4, a1)

  lla t0, __unexpected_trap
  csrw mtvec, t0

TEST_END

  .align 2
trap_handler:
  csrr s2, mcause
  csrr s3, mtval
  csrr s4, mepc
  lhu s5, 0(s4)
  andi s5, s5, 3
  addi s5, s5, -3
  addi s6, s4, 2
  bnez s5, 1f
  addi s6, s6, 2
1: csrw mepc, s6
  mret
