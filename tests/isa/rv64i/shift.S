/* RV64I 64-bit shifts: sll, srl, sra, slli, srli, srai - amounts 0, 1, 31, 32, 63, and
 * masking of the register shift amount to its low 6 bits. (W forms: alu_w.S.) */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1,  sll, 0x8000000000000001, 0x8000000000000001, 0)
  TEST_RR(2,  sll, 0x0000000080000000, 1, 31)
  TEST_RR(3,  sll, 0x0000000100000000, 1, 32)
  TEST_RR(4,  sll, 0x8000000000000000, 1, 63)
  TEST_RR(5,  sll, 0x0000000000000002, 1, 65)           /* 65 & 63 = 1 */
  TEST_RR(6,  sll, 0xffffffffffffffff, -1, 64)          /* 64 & 63 = 0 */
  TEST_RR(7,  sll, 0x8000000000000000, 0x0000000100000001, 0xffffffffffffffff)
  TEST_RR(8,  srl, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR(9,  srl, 0x0000000100000000, 0x8000000000000000, 31)
  TEST_RR(10, srl, 0x00000000ffffffff, 0xffffffffffffffff, 32)
  TEST_RR(11, srl, 1, 0x8000000000000000, 63)
  TEST_RR(12, srl, 0x4000000000000000, 0x8000000000000000, 0x41)
  TEST_RR(13, sra, 0x8000000000000000, 0x8000000000000000, 0)
  TEST_RR(14, sra, 0xffffffff00000000, 0x8000000000000000, 31)
  TEST_RR(15, sra, 0xffffffff80000000, 0x8000000000000000, 32)
  TEST_RR(16, sra, 0xffffffffffffffff, 0x8000000000000000, 63)
  TEST_RR(17, sra, 0x3fffffffffffffff, 0x7fffffffffffffff, 1)
  TEST_RR(18, sra, 0xc000000000000000, 0x8000000000000000, 0xffffffffffffffc1)
  TEST_RI(19, slli, 0x123456789abcdef0, 0x123456789abcdef0, 0)
  TEST_RI(20, slli, 0x4d5e6f7800000000, 0x123456789abcdef0 >> 1 << 1, 31)
  TEST_RI(21, slli, 0x9abcdef000000000, 0x123456789abcdef0, 32)
  TEST_RI(22, slli, 0x8000000000000000, 0xffffffffffffffff, 63)
  TEST_RI(23, srli, 0x00000000ffffffff, 0xffffffffffffffff, 32)
  TEST_RI(24, srli, 0x00000001ffffffff, 0xffffffffffffffff, 31)
  TEST_RI(25, srli, 1, 0xffffffffffffffff, 63)
  TEST_RI(26, srai, 0xffffffff80000000, 0x8000000000000000, 32)
  TEST_RI(27, srai, 0xffffffffffffffff, 0x8000000000000000, 63)
  TEST_RI(28, srai, 0x0000000000000000, 0x7fffffffffffffff, 63)
  TEST_RI(29, srai, 0xffffffff00000000, 0x8000000000000000, 31)

TEST_END
