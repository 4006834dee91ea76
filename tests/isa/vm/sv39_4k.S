/* Sv39 with 4 KiB pages, entered in S through mret: satp read-back, loads and stores through
 * a window mapping, two virtual pages aliasing one physical page, page offset preserved,
 * instruction fetch from a mapped code page (auipc sees the virtual pc), bare mode in S. */
#include "vm.h"
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 1, pg0, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 2, vcode, PTE_V | PTE_R | PTE_X | PTE_AD)
  la t0, pg0; li t1, 0x1111; sd t1, 0(t0)
  li t1, 0x2222; li t2, 0xff8; add t0, t0, t2; sd t1, 0(t0)

  TEST_CASE(1)                       /* satp reads back mode 8 and the root PPN */
  SATP_ON(SATP_SV39, pt_root)
  csrr t1, satp
  la t2, pt_root; srli t2, t2, 12; li t3, SATP_SV39; or t2, t2, t3
  CHECK_REG(t1, t2)

  TEST_CASE(2)                       /* S load through the window reads pg0 */
  ENTER 1
  RESET_TRAP
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x1111)
  CHECK_NOTRAP

  TEST_CASE(3)                       /* page offset preserved */
  li t0, 0xff8; add t0, a1, t0
  ld a0, 0(t0)
  CHECK_EQ(a0, 0x2222)

  TEST_CASE(4)                       /* store through the window lands in pg0 */
  li a0, 0x3333
  sd a0, 8(a1)
  la t0, pg0
  ld t1, 8(t0)                       /* identity-mapped view */
  CHECK_EQ(t1, 0x3333)

  TEST_CASE(5)                       /* second virtual page aliases the same frame */
  li a0, 0x4444
  li a2, VA_PAGE(1)
  sw a0, 16(a1)
  lw t1, 16(a2)
  CHECK_EQ(t1, 0x4444)
  li a0, 0x55
  sb a0, 17(a2)
  lhu t1, 16(a1)
  CHECK_EQ(t1, 0x5544)

  TEST_CASE(6)                       /* fetch from a mapped code page */
  li t0, VA_PAGE(2)
  jalr ra, t0
  CHECK_EQ(a0, 0x77)

  TEST_CASE(7)                       /* auipc there yields the virtual address */
  li t0, VA_PAGE(2) + 0x100
  jalr ra, t0
  CHECK_EQ(a0, VA_PAGE(2) + 0x100)
  CHECK_NOTRAP
  LEAVE

  TEST_CASE(8)                       /* M ignores satp: M store to pg0 is physical */
  la t0, pg0; li t1, 0x6666; sd t1, 24(t0)
  ENTER 1
  li a1, VA_PAGE(0)
  ld a0, 24(a1)
  LEAVE
  CHECK_EQ(a0, 0x6666)

  TEST_CASE(9)                       /* satp mode Bare: S addresses untranslated */
  csrw satp, zero
  sfence.vma
  ENTER 1
  la t0, pg0
  ld a0, 0(t0)
  LEAVE
  CHECK_EQ(a0, 0x1111)
TEST_END
  .text
  .balign 4096
vcode: li a0, 0x77
  ret
  . = vcode + 0x100
vcode_auipc: auipc a0, 0
  ret
  .balign 4096
VM_DATA
