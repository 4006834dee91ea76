/* RV64I: beq, bne, blt, bge, bltu, bgeu - taken and not taken, equal operands, signed versus
 * unsigned interpretation of the same bits, 64-bit extremes, backward branches. */
#include "test.h"

/* a2 = 2 if the branch was taken, 1 if it fell through */
#define BR(n, op, v1, v2, expect)                                              \
  TEST_CASE(n); li a0, v1; li a1, v2; li a2, 0;                                \
  op a0, a1, 2f; li a2, 1; j 3f; 2: li a2, 2; 3: CHECK_EQ(a2, expect)
#define TAKEN 2
#define NOT 1

TEST_BEGIN
  .option norvc

  BR(1,  beq,  5, 5, TAKEN)
  BR(2,  beq,  5, 6, NOT)
  BR(3,  beq,  0x100000000, 0, NOT)          /* differ only above bit 31 */
  BR(4,  bne,  5, 6, TAKEN)
  BR(5,  bne,  -1, -1, NOT)
  BR(6,  bne,  0x8000000000000000, 0, TAKEN)
  BR(7,  blt,  -1, 1, TAKEN)                 /* signed: -1 < 1 */
  BR(8,  blt,  1, -1, NOT)
  BR(9,  blt,  7, 7, NOT)
  BR(10, blt,  0x8000000000000000, 0x7fffffffffffffff, TAKEN)
  BR(11, blt,  0x7fffffffffffffff, 0x8000000000000000, NOT)
  BR(12, blt,  0x0000000080000000, 0x00000000ffffffff, TAKEN)  /* 64-bit compare, not 32 */
  BR(13, bge,  7, 7, TAKEN)                  /* equal -> taken */
  BR(14, bge,  -1, 1, NOT)
  BR(15, bge,  1, -1, TAKEN)
  BR(16, bge,  0x8000000000000000, 0x7fffffffffffffff, NOT)
  BR(17, bltu, -1, 1, NOT)                   /* unsigned: 0xff..ff is the largest */
  BR(18, bltu, 1, -1, TAKEN)
  BR(19, bltu, 7, 7, NOT)
  BR(20, bltu, 0x7fffffffffffffff, 0x8000000000000000, TAKEN)
  BR(21, bltu, 0, 1, TAKEN)
  BR(22, bgeu, -1, 1, TAKEN)
  BR(23, bgeu, 1, -1, NOT)
  BR(24, bgeu, 0, 0, TAKEN)
  BR(25, bgeu, 0x7fffffffffffffff, 0x8000000000000000, NOT)
  BR(26, bgeu, 0x100000000, 0xffffffff, TAKEN)

  /* backward branch loop: count down from 5 */
  TEST_CASE(27)
  li a0, 5
  li a1, 0
1: addi a1, a1, 1
  addi a0, a0, -1
  bnez a0, 1b
  CHECK_EQ(a1, 5)

  /* same register on both sides */
  TEST_CASE(28)
  li a0, -3
  li a2, 0
  blt a0, a0, 1f
  bltu a0, a0, 1f
  bne a0, a0, 1f
  li a2, 1
1: CHECK_EQ(a2, 1)

  /* x0 comparisons (beqz/bgtz/bltz forms) */
  TEST_CASE(29)
  li a0, -1
  li a2, 0
  bgez a0, 1f
  bgtz a0, 1f
  bltz a0, 2f
1: li a2, 1
2: CHECK_EQ(a2, 0)

TEST_END
