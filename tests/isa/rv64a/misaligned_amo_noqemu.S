/* RV64A misaligned SC and AMO: sc.w/sc.d and every AMO (.w and .d, with and without aq/rl)
 * on a misaligned address raise store/AMO address misaligned (mcause 6) with mtval = the
 * address and mepc = the instruction; rd and memory are left unchanged (project policy; the
 * spec requires a store/AMO-class misaligned or access-fault exception).
 * Why _noqemu: QEMU 7.2 reports misaligned AMOs with mcause 4 (load address misaligned)
 * instead of 6, and for SC it compares the address with the reservation before any access and
 * just fails the SC (rd = 1) without raising an exception. */
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

  EXPECT_TRAP(1, 2, 6, sc.w a3, a2, (a0))
  EXPECT_TRAP(2, 4, 6, sc.d a3, a2, (a0))
  EXPECT_TRAP(3, 1, 6, sc.d.rl a3, a2, (a0))
  EXPECT_TRAP(4, 1, 6, amoswap.w a3, a2, (a0))
  EXPECT_TRAP(5, 2, 6, amoadd.w a3, a2, (a0))
  EXPECT_TRAP(6, 3, 6, amoxor.w a3, a2, (a0))
  EXPECT_TRAP(7, 6, 6, amoand.w a3, a2, (a0))
  EXPECT_TRAP(8, 5, 6, amoor.w a3, a2, (a0))
  EXPECT_TRAP(9, 2, 6, amomin.w a3, a2, (a0))
  EXPECT_TRAP(10, 2, 6, amomax.w a3, a2, (a0))
  EXPECT_TRAP(11, 2, 6, amominu.w a3, a2, (a0))
  EXPECT_TRAP(12, 2, 6, amomaxu.w a3, a2, (a0))
  EXPECT_TRAP(13, 4, 6, amoswap.d a3, a2, (a0))
  EXPECT_TRAP(14, 1, 6, amoadd.d a3, a2, (a0))
  EXPECT_TRAP(15, 4, 6, amomaxu.d.aqrl a3, a2, (a0))
  EXPECT_TRAP(16, 2, 6, amomin.d a3, a2, (a0))

  /* a valid reservation on an aligned address does not stop a misaligned SC from trapping */
  TEST_CASE(17)
  li s2, -1; li s3, -1; li s4, -1
  lla a1, mabuf; lr.d a5, (a1)
  CHECK_EQ(a5, 0x0706050403020100)
  lla a0, mabuf + 2; li a3, 0x5a5a
1: sc.w a3, a2, (a0)
  CHECK_EQ(s2, 6); CHECK_REG(s3, a0); lla a1, 1b; CHECK_REG(s4, a1); CHECK_EQ(a3, 0x5a5a)
  lla a1, mabuf; ld a4, 0(a1); CHECK_EQ(a4, 0x0706050403020100)

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
