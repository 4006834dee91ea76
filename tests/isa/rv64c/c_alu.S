/* RV64C integer computation: c.li, c.lui, c.addi, c.addiw, c.addi16sp, c.addi4spn, c.slli,
 * c.srli, c.srai, c.andi, c.mv, c.add, c.sub, c.xor, c.or, c.and, c.subw, c.addw, c.nop -
 * immediate ranges and sign extension, W-form 32-bit wrap and sign extension. Written with
 * explicit c.* mnemonics so every instruction under test is a 16-bit encoding. */
#include "test.h"
TEST_BEGIN
  .option rvc

  TEST_CASE(1);  c.li a0, 31;   CHECK_EQ(a0, 31)
  TEST_CASE(2);  c.li a0, -32;  CHECK_EQ(a0, 0xffffffffffffffe0)
  TEST_CASE(3);  c.lui a0, 1;   CHECK_EQ(a0, 0x1000)
  TEST_CASE(4);  c.lui s1, 0x1f; CHECK_EQ(s1, 0x1f000)
  TEST_CASE(5);  c.lui a0, 0xfffff; CHECK_EQ(a0, 0xfffffffffffff000)
  TEST_CASE(6);  c.lui t0, 0xfffe0; CHECK_EQ(t0, 0xfffffffffffe0000)
  TEST_CASE(7);  li a0, 0; c.addi a0, -32; CHECK_EQ(a0, -32)
  TEST_CASE(8);  li a0, 0x7fffffffffffffff; c.addi a0, 1; CHECK_EQ(a0, 0x8000000000000000)
  TEST_CASE(9);  li a0, 0x7fffffff; c.addiw a0, 1; CHECK_EQ(a0, 0xffffffff80000000)
  TEST_CASE(10); li a0, 0x123456789abcdef0; c.addiw a0, 0; CHECK_EQ(a0, 0xffffffff9abcdef0)
  TEST_CASE(11); li a0, 0xffffffff80000000; c.addiw a0, -1; CHECK_EQ(a0, 0x7fffffff)

  TEST_CASE(12)
  lla sp, cstack
  c.addi16sp sp, 496
  lla a1, cstack + 496
  CHECK_REG(sp, a1)
  c.addi16sp sp, -512
  lla a1, cstack - 16
  CHECK_REG(sp, a1)

  TEST_CASE(13)
  lla sp, cstack
  c.addi4spn a0, sp, 4
  lla a1, cstack + 4
  CHECK_REG(a0, a1)
  c.addi4spn s0, sp, 1020
  lla a1, cstack + 1020
  CHECK_REG(s0, a1)

  TEST_CASE(14); li a0, 0x0000000000000003; c.slli a0, 63; CHECK_EQ(a0, 0x8000000000000000)
  TEST_CASE(15); li t1, 0x00000000ffffffff; c.slli t1, 32; CHECK_EQ(t1, 0xffffffff00000000)
  TEST_CASE(16); li s0, 0x8000000000000001; c.srli s0, 63; CHECK_EQ(s0, 1)
  TEST_CASE(17); li a0, 0x8000000000000001; c.srli a0, 32; CHECK_EQ(a0, 0x80000000)
  TEST_CASE(18); li a5, 0x8000000000000000; c.srai a5, 63; CHECK_EQ(a5, 0xffffffffffffffff)
  TEST_CASE(19); li a0, 0x8000000000000001; c.srai a0, 1;  CHECK_EQ(a0, 0xc000000000000000)
  TEST_CASE(20); li a0, 0x123456789abcdeff; c.andi a0, -32; CHECK_EQ(a0, 0x123456789abcdee0)
  TEST_CASE(21); li a0, 0xffffffffffffffff; c.andi a0, 31;  CHECK_EQ(a0, 31)
  TEST_CASE(22); li a0, 0x8000000000000000; c.andi a0, -1;  CHECK_EQ(a0, 0x8000000000000000)
  TEST_CASE(23); li a1, 0x0123456789abcdef; li a0, 0; c.mv a0, a1; CHECK_EQ(a0, 0x0123456789abcdef)
  TEST_CASE(24); li t2, 0x7fffffffffffffff; li a4, 2; c.add t2, a4; CHECK_EQ(t2, 0x8000000000000001)
  TEST_CASE(25); li a0, 0; li a1, 1; c.sub a0, a1; CHECK_EQ(a0, 0xffffffffffffffff)
  TEST_CASE(26); li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.xor a0, a1; CHECK_EQ(a0, 0xf0f0f0f0f0f0f0f0)
  TEST_CASE(27); li a2, 0xff00000000000000; li a3, 0xff; c.or a2, a3; CHECK_EQ(a2, 0xff000000000000ff)
  TEST_CASE(28); li s1, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.and s1, a1; CHECK_EQ(s1, 0x0f000f000f000f00)
  TEST_CASE(29); li a0, 0x7fffffff; li a1, -1; c.subw a0, a1; CHECK_EQ(a0, 0xffffffff80000000)
  TEST_CASE(30); li a0, 0x100000000; li a1, 0x1; c.subw a0, a1; CHECK_EQ(a0, 0xffffffffffffffff)
  TEST_CASE(31); li a0, 0x7fffffff; li a1, 1; c.addw a0, a1; CHECK_EQ(a0, 0xffffffff80000000)
  TEST_CASE(32); li a0, 0xabcdef0000000005; li a1, 0x1234567800000003; c.addw a0, a1; CHECK_EQ(a0, 8)
  TEST_CASE(33); li a0, 77; c.nop; c.nop; CHECK_EQ(a0, 77)

TEST_END

  .data
  .align 4
  .space 1024
cstack:
  .space 1024
