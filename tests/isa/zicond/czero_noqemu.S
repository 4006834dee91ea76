/* Zicond: czero.eqz (rd = rs2 == 0 ? 0 : rs1) and czero.nez (rd = rs2 != 0 ? 0 : rs1) - full
 * 64-bit test of rs2 (bits only above 31 count), rs2 = x0, rs1 == rs2, rd aliasing, and the
 * conditional-select idiom.
 * Why _noqemu: QEMU 7.2 does not implement Zicond (the encodings are illegal there).
 * The instructions are emitted with .insn (OP opcode, funct7 0000111, funct3 101 / 111) because
 * binutils 2.40 does not know the zicond mnemonics. */
#include "test.h"

  .macro czero_eqz rd, rs1, rs2
  .insn r 0x33, 5, 7, \rd, \rs1, \rs2
  .endm
  .macro czero_nez rd, rs1, rs2
  .insn r 0x33, 7, 7, \rd, \rs1, \rs2
  .endm

TEST_BEGIN
  .option norvc

  TEST_RR(1,  czero_eqz, 0, 5, 0)
  TEST_RR(2,  czero_eqz, 5, 5, 1)
  TEST_RR(3,  czero_eqz, 0xffffffffffffffff, -1, 0x8000000000000000)
  TEST_RR(4,  czero_eqz, 0x123456789abcdef0, 0x123456789abcdef0, 0x100000000)
  TEST_RR(5,  czero_eqz, 0x1234, 0x1234, -1)
  TEST_RR(6,  czero_eqz, 0, 0, 7)
  TEST_RR(7,  czero_nez, 5, 5, 0)
  TEST_RR(8,  czero_nez, 0, 5, 1)
  TEST_RR(9,  czero_nez, 0, -1, 0x8000000000000000)
  TEST_RR(10, czero_nez, 0, 0x123456789abcdef0, 0x100000000)
  TEST_RR(11, czero_nez, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR(12, czero_nez, 0, 0x1234, -1)

  /* rs2 = x0 */
  TEST_CASE(13); li a0, 77; czero_eqz a2, a0, x0; CHECK_EQ(a2, 0)
  TEST_CASE(14); li a0, 77; czero_nez a2, a0, x0; CHECK_EQ(a2, 77)
  /* rs1 == rs2 */
  TEST_CASE(15); li a0, -9; czero_eqz a2, a0, a0; CHECK_EQ(a2, -9)
  TEST_CASE(16); li a0, -9; czero_nez a2, a0, a0; CHECK_EQ(a2, 0)
  /* rd aliasing rs1 / rs2 */
  TEST_CASE(17); li a0, 0x55; li a1, 1; czero_eqz a0, a0, a1; CHECK_EQ(a0, 0x55)
  TEST_CASE(18); li a0, 0x55; li a1, 1; czero_nez a1, a0, a1; CHECK_EQ(a1, 0)
  TEST_CASE(19); li a0, 0x55; li a1, 0; czero_nez a1, a0, a1; CHECK_EQ(a1, 0x55)
  /* rd = x0 stays zero */
  TEST_CASE(20); li a0, 3; li a1, 1; czero_eqz x0, a0, a1; mv a2, x0; CHECK_EQ(a2, 0)
  /* select: c ? a : b = czero.eqz(a, c) | czero.nez(b, c) */
  TEST_CASE(21); li a0, 111; li a1, 222; li a3, 0x10000000000
  czero_eqz a4, a0, a3; czero_nez a5, a1, a3; or a4, a4, a5; CHECK_EQ(a4, 111)
  TEST_CASE(22); li a0, 111; li a1, 222; li a3, 0
  czero_eqz a4, a0, a3; czero_nez a5, a1, a3; or a4, a4, a5; CHECK_EQ(a4, 222)

TEST_END
