/* RV64I word ops: addw, subw, sllw, srlw, sraw, addiw, slliw, srliw, sraiw - operate on the low
 * 32 bits, ignore the upper bits of the sources, sign-extend the 32-bit result (also for
 * srlw/srliw by 0), mask the register shift amount to 5 bits. */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_RR(1,  addw, 0xffffffff80000000, 0x7fffffff, 1)
  TEST_RR(2,  addw, 0, 0xffffffff, 1)
  TEST_RR(3,  addw, 0x23456789, 0x123456789, 0)                 /* upper bits dropped */
  TEST_RR(4,  addw, 3, 0xfffffffe00000001, 0x100000002)
  TEST_RR(5,  subw, 0xffffffffffffffff, 0, 1)
  TEST_RR(6,  subw, 0x7fffffff, 0x80000000, 1)
  TEST_RR(7,  subw, 0, 0x100000000, 0x100000000)
  TEST_RR(8,  sllw, 0xffffffff80000000, 1, 31)
  TEST_RR(9,  sllw, 1, 1, 32)                                    /* 32 & 31 = 0 */
  TEST_RR(10, sllw, 0xffffffff80000000, 0xffffffff00000001, 0x3f)
  TEST_RR(11, srlw, 0xffffffff80000000, 0x80000000, 0)           /* result sign-extended */
  TEST_RR(12, srlw, 1, 0x80000000, 31)
  TEST_RR(13, srlw, 0x7fffffff, 0xffffffffffffffff, 1)
  TEST_RR(14, srlw, 1, 0xffffffff00000010, 36)                   /* 36 & 31 = 4 */
  TEST_RR(15, sraw, 0xffffffffffffffff, 0x80000000, 31)
  TEST_RR(16, sraw, 0, 0x7fffffff, 31)
  TEST_RR(17, sraw, 0xfffffffff8000000, 0x180000000, 4)          /* bit 32 ignored */
  TEST_RR(18, sraw, 0xffffffffc0000000, 0x80000000, 33)          /* 33 & 31 = 1 */
  TEST_RI(19, addiw, 0xffffffff80000000, 0x7fffffff, 1)
  TEST_RI(20, addiw, 0x7fffffff, 0x80000000, -1)
  TEST_RI(21, addiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0)  /* sext.w */
  TEST_RI(22, addiw, 0xfffffffffffff800, 0xffffffff00000000, -2048)
  TEST_RI(23, slliw, 0xffffffff80000000, 1, 31)
  TEST_RI(24, slliw, 0x12345678, 0xab12345678, 0)
  TEST_RI(25, srliw, 0xffffffff80000000, 0x80000000, 0)
  TEST_RI(26, srliw, 1, 0xffffffff80000000, 31)
  TEST_RI(27, srliw, 0x0fffffff, 0xffffffffffffffff, 4)
  TEST_RI(28, sraiw, 0xffffffffffffffff, 0x80000000, 31)
  TEST_RI(29, sraiw, 0x00000000, 0xffffffff7fffffff, 31)
  TEST_RI(30, sraiw, 0xfffffffff8000000, 0x0000000180000000, 4)

TEST_END
