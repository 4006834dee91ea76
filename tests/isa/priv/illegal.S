/* Illegal-instruction exception (cause 2): mepc = the instruction, mtval = its encoding or 0
 * (both allowed; when nonzero it must be the exact bits). Encodings: all-zero halfword,
 * reserved OP funct7, write to a read-only CSR, mret/sret from lower modes,
 * FP instruction with mstatus.FS = Off. */
#include "priv.h"
/* mtval must be 0 or `bits` */
#define CHECK_TVAL(bits) beqz s10, 9f; CHECK_EQ(s10, bits); 9:

PRIV_BEGIN
  TEST_CASE(1)                       /* 16-bit all-zero: defined illegal */
  RESET_TRAP
  la s0, 1f
1: .half 0x0000
  CHECK_TRAP(2)
  CHECK_REG(s11, s0)
  CHECK_TVAL(0)

  TEST_CASE(2)                       /* OP with funct7 = 0x7f: reserved */
  RESET_TRAP
  la s0, 1f
1: .word 0xfe000033
  CHECK_TRAP(2)
  CHECK_REG(s11, s0)
  CHECK_TVAL(0xfe000033)

  TEST_CASE(3)                       /* all-ones 32-bit word: not a valid instruction */
  RESET_TRAP
1: .word 0xffffffff
  CHECK_TRAP(2)
  CHECK_TVAL(0xffffffff)

  TEST_CASE(4)                       /* csrw mvendorid (read-only CSR) */
  RESET_TRAP
  la s0, 1f
1: csrw mvendorid, zero
  CHECK_TRAP(2)
  CHECK_REG(s11, s0)
  CHECK_TVAL(0xf1101073)

  TEST_CASE(5)                       /* mret from S */
  ENTER 1
  RESET_TRAP
  mret
  mv s1, s7; mv s2, s9; mv s3, s10
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  beqz s3, 9f; CHECK_EQ(s3, 0x30200073); 9:

  TEST_CASE(6)                       /* sret from U */
  ENTER 0
  RESET_TRAP
  sret
  mv s1, s7; mv s2, s9; mv s3, s10
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)
  beqz s3, 9f; CHECK_EQ(s3, 0x10200073); 9:

  TEST_CASE(7)                       /* mret from U */
  ENTER 0
  RESET_TRAP
  mret
  mv s1, s7; mv s2, s9
  LEAVE
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, 2)

  TEST_CASE(8)                       /* FP op with FS = Off traps */
  li t0, MSTATUS_FS; csrc mstatus, t0
  RESET_TRAP
1: fmv.d.x f1, zero
  CHECK_TRAP(2)
  CHECK_TVAL(0xf20000d3)

  TEST_CASE(9)                       /* fcsr access with FS = Off traps too */
  RESET_TRAP
  csrr t1, fcsr
  CHECK_TRAP(2)

  TEST_CASE(10)                      /* FS = Initial: the same instruction executes */
  li t0, 0x2000; csrs mstatus, t0
  RESET_TRAP
  fmv.d.x f1, zero
  CHECK_NOTRAP
TEST_END
