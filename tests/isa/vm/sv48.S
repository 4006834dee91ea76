/* Sv48 (satp mode 9): 4-level walk (level-3 table pt_x1 whose entry 0 points at the Sv39
 * root used as level 2), a 512 GiB level-3 leaf, a gigapage at a VA with bit 38 set (valid in
 * Sv48), fetch through the big page, and non-canonical VAs (bits 63:48 != bit 47) faulting. */
#include "vm.h"
#define VA_TERA 0x8000000000              /* pt_x1[1] -> PA 0, 512 GiB */
#define VA_HIGH 0x4000000000              /* pt_root[256] -> PA 0x80000000, 1 GiB */
#define ALIAS(reg, va_base, sym) la reg, sym; li t0, va_base; add reg, reg, t0
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_PTR(pt_x1, 0, pt_root)
  PTE_LEAF_PA(pt_x1, 1, 0, PTE_V | PTE_RWX | PTE_AD)
  PTE_LEAF_PA(pt_root, 256, 0x80000000, PTE_V | PTE_RWX | PTE_AD)
  la t0, pg0; li t1, 0x4848; sd t1, 0(t0)

  TEST_CASE(1)                       /* satp accepts mode 9 */
  SATP_ON(SATP_SV48, pt_x1)
  csrr t1, satp
  srli t1, t1, 60
  CHECK_EQ(t1, 9)

  TEST_CASE(2)                       /* 4 KiB page through four levels */
  ENTER 1
  RESET_TRAP
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x4848)

  TEST_CASE(3)                       /* 512 GiB page: VA_TERA + PA */
  ALIAS(a1, VA_TERA, pg0)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x4848)
  li a0, 0x4949
  sd a0, 8(a1)
  la t0, pg0; ld t1, 8(t0)
  CHECK_EQ(t1, 0x4949)

  TEST_CASE(4)                       /* VA with bit 38 set is canonical in Sv48 */
  la a1, pg0; li t0, 0x80000000; sub a1, a1, t0; li t0, VA_HIGH; add a1, a1, t0
  ld a0, 8(a1)
  CHECK_EQ(a0, 0x4949)

  TEST_CASE(5)                       /* fetch through the 512 GiB page */
  ALIAS(t3, VA_TERA, vcode)
  jalr ra, t3
  CHECK_REG(a0, t3)
  CHECK_NOTRAP

  TEST_CASE(6)                       /* bit 47 set, bits 63:48 clear: non-canonical */
  RESET_TRAP
  li a1, 0x0000800000000000 + VA_WIN
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)

  TEST_CASE(7)                       /* bit 63 set, 47 clear: non-canonical (store) */
  RESET_TRAP
  li a1, 0x8000000000000000 + VA_WIN
  sd a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)

  TEST_CASE(8)                       /* unmapped level-3 slot: fault */
  RESET_TRAP
  li a1, 0x10000000000
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)
  CHECK_REG(s10, a1)
  LEAVE
TEST_END
  .text
  .balign 16
vcode: auipc a0, 0
  ret
VM_DATA
