/* rvisor ISA test harness: HTIF (tohost/fromhost) contract, shared by every test in tests/isa.
 *
 * A test file includes this header, then writes:
 *     TEST_BEGIN
 *       ... cases, each ending in a CHECK_* macro ...
 *     TEST_END
 * A failing check writes tohost = (case << 1) | 1, as riscv-tests do, so the exit status of
 * `rvisor test-elf` (and of QEMU -M spike) is the failing case number; 0 means every case
 * passed. An unexpected trap exits with 1337 (seen as 1337 & 0xff = 57 in a shell status).
 * gp (x3) holds the current case number; t6 (x31) is scratch for the macros. Tests must not
 * clobber gp except through TESTNUM. */
#ifndef RVISOR_ISA_TEST_H
#define RVISOR_ISA_TEST_H

#define TESTNUM gp

/* -------- HTIF -------- */
#define HTIF_TOHOST_SECTION                                                    \
  .pushsection .tohost, "aw", @progbits;                                       \
  .align 6; .global tohost; tohost: .dword 0; .size tohost, 8;                 \
  .align 6; .global fromhost; fromhost: .dword 0; .size fromhost, 8;           \
  .popsection

/* Exit with code in register `reg` (0 = pass). Never returns. */
#define HTIF_EXIT_REG(reg)                                                     \
  slli reg, reg, 1; ori reg, reg, 1;                                           \
  la t6, tohost; 1: sd reg, 0(t6); j 1b

/* Print the low byte of `reg` (clobbers t5, t6). */
#define HTIF_PUTCHAR_REG(reg)                                                  \
  li t5, 0x0101000000000000; andi t6, reg, 0xff; or t5, t5, t6;                \
  la t6, tohost; sd t5, 0(t6);                                                 \
  1: ld t5, 0(t6); bnez t5, 1b

/* -------- test structure -------- */
/* Default trap handler: any trap that a test did not expect ends the run with 1337.
 * A test that expects traps installs its own handler in mtvec (see trap-expecting tests). */
#define TEST_BEGIN                                                             \
  HTIF_TOHOST_SECTION;                                                         \
  .section .text.init, "ax";                                                   \
  .global _start; _start:                                                      \
  la t0, __unexpected_trap; csrw mtvec, t0;                                    \
  li TESTNUM, 0;                                                               \
  j __test_body;                                                               \
  .align 2; __unexpected_trap:                                                 \
  li a0, (1337 << 1) | 1; la t6, tohost; 1: sd a0, 0(t6); j 1b;                         \
  .text; __test_body:

#define TEST_END                                                               \
  li a0, 1; la t6, tohost; 1: sd a0, 0(t6); j 1b;                              \
  __test_fail:                                                                 \
  mv a0, TESTNUM; HTIF_EXIT_REG(a0)

/* Start case n (n >= 1). */
#define TEST_CASE(n) li TESTNUM, n

/* Fail the current case unless register `reg` == 64-bit constant `val` (clobbers t6). */
#define CHECK_EQ(reg, val) li t6, val; bne reg, t6, __test_fail
/* Fail unless two registers are equal. */
#define CHECK_REG(a, b) bne a, b, __test_fail

/* One-line helpers for the common shape: result register, expected value, code.
 *   TEST_RR(n, add, 3, 1, 2)  -> a0 = 1, a1 = 2, add a2, a0, a1; expect 3 */
#define TEST_RR(n, op, expect, v1, v2)                                         \
  TEST_CASE(n); li a0, v1; li a1, v2; op a2, a0, a1; CHECK_EQ(a2, expect)
#define TEST_RI(n, op, expect, v1, imm)                                        \
  TEST_CASE(n); li a0, v1; op a2, a0, imm; CHECK_EQ(a2, expect)
#define TEST_R(n, op, expect, v1)                                              \
  TEST_CASE(n); li a0, v1; op a2, a0; CHECK_EQ(a2, expect)

#endif
