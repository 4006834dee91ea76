/* RV64A misaligned LR: lr.w/lr.d on a misaligned address raise load address misaligned
 * (mcause 4) with mtval = the address and mepc = the LR; rd and memory are left unchanged.
 * Aligned atomics do not trap. (Misaligned SC/AMO -> mcause 6: misaligned_amo_noqemu.S.) */
#include "test.h"

/* s2 = mcause, s3 = mtval, s4 = mepc; resume after the (always 4-byte) faulting instruction */
#define EXPECT_TRAP(n, off, cause, ...)                                     \
  TEST_CASE(n); li s2, -1; li s3, -1; li s4, -1; lla a0, mabuf + off;          \
  li a3, 0x5a5a; li a2, 0x77;                                                  \
  1: __VA_ARGS__; CHECK_EQ(s2, cause); CHECK_REG(s3, a0); lla a1, 1b; CHECK_REG(s4, a1); \
  CHECK_EQ(a3, 0x5a5a); lla a1, mabuf; ld a4, 0(a1); CHECK_EQ(a4, 0x0706050403020100); \
  ld a4, 8(a1); CHECK_EQ(a4, 0x0f0e0d0c0b0a0908)

TEST_BEGIN
  .option norvc
  lla t0, trap_handler
  csrw mtvec, t0

  EXPECT_TRAP(1, 1, 4, lr.w a3, (a0))
  EXPECT_TRAP(2, 2, 4, lr.w a3, (a0))
  EXPECT_TRAP(3, 4, 4, lr.d a3, (a0))
  EXPECT_TRAP(4, 7, 4, lr.d.aq a3, (a0))
  EXPECT_TRAP(5, 3, 4, lr.w.aqrl a3, (a0))
  EXPECT_TRAP(6, 6, 4, lr.w.rl a3, (a0))
  EXPECT_TRAP(7, 1, 4, lr.d a3, (a0))
  EXPECT_TRAP(8, 2, 4, lr.d.rl a3, (a0))
  EXPECT_TRAP(9, 12, 4, lr.d.aqrl a3, (a0))

  /* aligned atomics still work with the handler installed (and do not trap) */
  TEST_CASE(10)
  li s2, -1
  lla a0, mabuf + 8
  li a2, 1
  amoadd.w a3, a2, (a0)
  CHECK_EQ(s2, -1)
  CHECK_EQ(a3, 0x0b0a0908)
  /* an aligned LR after the misaligned ones still works */
  TEST_CASE(11)
  li s2, -1
  lla a0, mabuf
  lr.w a3, (a0)
  CHECK_EQ(s2, -1)
  CHECK_EQ(a3, 0x03020100)

  lla t0, __unexpected_trap
  csrw mtvec, t0

TEST_END

  .align 2
trap_handler:
  csrr s2, mcause
  csrr s3, mtval
  csrr s4, mepc
  addi s5, s4, 4
  csrw mepc, s5
  mret

  .data
  .align 4
mabuf:
  .dword 0x0706050403020100, 0x0f0e0d0c0b0a0908
