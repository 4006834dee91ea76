/* Sv39 accessed/dirty bits, updated by hardware (the behaviour QEMU and rvisor implement):
 * a load or fetch sets A, a store sets A and D, a faulting access updates nothing; and
 * sfence.vma (global and for one address) making a changed PTE visible. */
#include "vm.h"
/* t2 = PTE flags (low 8 bits) of window page i */
#define PTE_FLAGS(i) PTE_ADDR(i); ld t2, 0(t1); andi t2, t2, 0xff
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W)
  PTE_LEAF_SYM(pt_l0, 1, pg1, PTE_V | PTE_R | PTE_W | PTE_A)
  PTE_LEAF_SYM(pt_l0, 2, vcode, PTE_V | PTE_R | PTE_X)
  PTE_LEAF_SYM(pt_l0, 3, pg2, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 4, pg3, PTE_V | PTE_R | PTE_W)
  PTE_LEAF_SYM(pt_l0, 5, pg3, PTE_V | PTE_R)
  la t0, pg2; li t1, 0xaaaa; sd t1, 0(t0)
  la t0, pg3; li t1, 0xbbbb; sd t1, 0(t0)
  SATP_ON(SATP_SV39, pt_root)
  ENTER 1
  RESET_TRAP

  TEST_CASE(1)                       /* load sets A, not D */
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  PTE_FLAGS(0)
  CHECK_EQ(t2, PTE_V | PTE_R | PTE_W | PTE_A)

  TEST_CASE(2)                       /* store to an A=1, D=0 page sets D */
  li a1, VA_PAGE(1)
  sd a0, 0(a1)
  PTE_FLAGS(1)
  CHECK_EQ(t2, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

  TEST_CASE(3)                       /* store to page 0 (A now set) sets D */
  li a1, VA_PAGE(0)
  sw a0, 8(a1)
  PTE_FLAGS(0)
  CHECK_EQ(t2, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)

  TEST_CASE(4)                       /* fetch sets A (and not D) */
  li t3, VA_PAGE(2)
  jalr ra, t3
  CHECK_EQ(a0, 0x42)
  PTE_FLAGS(2)
  CHECK_EQ(t2, PTE_V | PTE_R | PTE_X | PTE_A)

  TEST_CASE(5)                       /* store to a fresh A=0, D=0 page sets both */
  li a1, VA_PAGE(4)
  sb a0, 0x20(a1)
  PTE_FLAGS(4)
  CHECK_EQ(t2, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
  CHECK_NOTRAP

  TEST_CASE(6)                       /* faulting store to a read-only A=0 page: no update */
  li a1, VA_PAGE(5)
  sd a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)
  PTE_FLAGS(5)
  CHECK_EQ(t2, PTE_V | PTE_R)

  TEST_CASE(7)                       /* PPN bits are untouched by the A/D update */
  PTE_ADDR(0); ld t2, 0(t1); srli t2, t2, 10
  la t3, pg0; srli t3, t3, 12
  CHECK_REG(t2, t3)

  TEST_CASE(8)                       /* sfence.vma (all) makes a remapped PTE visible */
  li a1, VA_PAGE(3)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0xaaaa)
  PTE_ADDR(3)
  la t0, pg3; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_AD
  sd t0, 0(t1)
  sfence.vma
  ld a0, 0(a1)
  CHECK_EQ(a0, 0xbbbb)

  TEST_CASE(9)                       /* sfence.vma rs1 = VA (one page) */
  PTE_ADDR(3)
  la t0, pg2; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_AD
  sd t0, 0(t1)
  sfence.vma a1, zero
  ld a0, 0(a1)
  CHECK_EQ(a0, 0xaaaa)

  TEST_CASE(10)                      /* invalidating a PTE + sfence.vma: the access faults */
  PTE_ADDR(3)
  sd zero, 0(t1)
  sfence.vma a1, zero
  RESET_TRAP
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)
  LEAVE
TEST_END
  .text
  .balign 4096
vcode: li a0, 0x42
  ret
  .balign 4096
VM_DATA
