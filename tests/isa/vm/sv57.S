/* Sv57 (satp mode 10): 5-level walk (pt_x2[0] -> pt_x1 (level 3) -> Sv39 root), a 256 TiB
 * level-4 leaf, a 512 GiB level-3 leaf at a VA with bit 47 set (valid only in Sv57), fetch
 * through the big page, and non-canonical VAs (bits 63:57 != bit 56) faulting. */
#include "vm.h"
#define VA_PETA 0x0001000000000000        /* pt_x2[1] -> PA 0, 256 TiB */
#define VA_B47  0x0000800000000000        /* pt_x1[256] -> PA 0, 512 GiB */
#define ALIAS(reg, va_base, sym) la reg, sym; li t0, va_base; add reg, reg, t0
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_PTR(pt_x2, 0, pt_x1)
  PTE_LEAF_PA(pt_x2, 1, 0, PTE_V | PTE_RWX | PTE_AD)
  PTE_PTR(pt_x1, 0, pt_root)
  PTE_LEAF_PA(pt_x1, 256, 0, PTE_V | PTE_RWX | PTE_AD)
  la t0, pg0; li t1, 0x5757; sd t1, 0(t0)

  TEST_CASE(1)                       /* satp accepts mode 10 */
  SATP_ON(SATP_SV57, pt_x2)
  csrr t1, satp
  srli t1, t1, 60
  CHECK_EQ(t1, 10)

  TEST_CASE(2)                       /* 4 KiB page through five levels */
  ENTER 1
  RESET_TRAP
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x5757)

  TEST_CASE(3)                       /* 256 TiB page */
  ALIAS(a1, VA_PETA, pg0)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x5757)
  li a0, 0x5858
  sd a0, 8(a1)
  la t0, pg0; ld t1, 8(t0)
  CHECK_EQ(t1, 0x5858)

  TEST_CASE(4)                       /* VA with bit 47 set is canonical in Sv57 */
  ALIAS(a1, VA_B47, pg0)
  ld a0, 8(a1)
  CHECK_EQ(a0, 0x5858)

  TEST_CASE(5)                       /* fetch through the 256 TiB page */
  ALIAS(t3, VA_PETA, vcode)
  jalr ra, t3
  CHECK_REG(a0, t3)
  CHECK_NOTRAP

  TEST_CASE(6)                       /* bit 56 set, 63:57 clear: non-canonical */
  RESET_TRAP
  li a1, 0x0100000000000000 + VA_WIN
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)

  TEST_CASE(7)                       /* bit 63 set, 56 clear: non-canonical fetch */
  RESET_TRAP
  li a2, 0x8000000000000000 + VA_WIN
  jalr ra, a2
  CHECK_TRAP(CAUSE_FETCH_PF)

  TEST_CASE(8)                       /* unmapped level-4 slot: fault with tval = VA */
  RESET_TRAP
  li a1, 0x0002000000000000
  sd a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)
  CHECK_REG(s10, a1)
  LEAVE
TEST_END
  .text
  .balign 16
vcode: auipc a0, 0
  ret
VM_DATA
