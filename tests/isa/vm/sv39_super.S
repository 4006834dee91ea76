/* Sv39 superpages: a 2 MiB megapage (level-1 leaf) and a 1 GiB gigapage (level-2 leaf) for
 * loads, stores and fetch; misaligned superpages (low PPN fields nonzero) are reserved and
 * raise page faults of the access type with stval = the virtual address. */
#include "vm.h"
#define VA_MEGA 0x40200000                /* pt_l1[1] -> PA 0x80000000, 2 MiB */
#define VA_GIGA 0xc0000000                /* pt_root[3] -> PA 0x80000000, 1 GiB */
#define VA_BADMEGA 0x40400000             /* pt_l1[2] -> PA 0x80001000 (misaligned) */
#define VA_BADGIGA 0x100000000            /* pt_root[4] -> PA 0x80200000 (misaligned) */
/* reg = va_base + (sym - 0x80000000) */
#define ALIAS(reg, va_base, sym) la reg, sym; li t0, 0x80000000; sub reg, reg, t0; li t0, va_base; add reg, reg, t0
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_PA(pt_l1, 1, 0x80000000, PTE_V | PTE_RWX | PTE_AD)
  PTE_LEAF_PA(pt_root, 3, 0x80000000, PTE_V | PTE_RWX | PTE_AD)
  PTE_LEAF_PA(pt_l1, 2, 0x80001000, PTE_V | PTE_RWX | PTE_AD)
  PTE_LEAF_PA(pt_root, 4, 0x80200000, PTE_V | PTE_RWX | PTE_AD)
  la t0, pg1; li t1, 0xabcd; sd t1, 0(t0)
  SATP_ON(SATP_SV39, pt_root)
  ENTER 1

  TEST_CASE(1)                       /* load through the 2 MiB page */
  RESET_TRAP
  ALIAS(a1, VA_MEGA, pg1)
  ld a0, 0(a1)
  CHECK_EQ(a0, 0xabcd)

  TEST_CASE(2)                       /* store through the 2 MiB page */
  li a0, 0x1357
  sd a0, 8(a1)
  la t0, pg1; ld t1, 8(t0)
  CHECK_EQ(t1, 0x1357)

  TEST_CASE(3)                       /* load / store through the 1 GiB page */
  ALIAS(a2, VA_GIGA, pg1)
  ld a0, 8(a2)
  CHECK_EQ(a0, 0x1357)
  li a0, 0x2468
  sd a0, 16(a2)
  ld t1, 16(a1)
  CHECK_EQ(t1, 0x2468)

  TEST_CASE(4)                       /* fetch through the 1 GiB page (auipc = virtual pc) */
  ALIAS(t3, VA_GIGA, vcode)
  jalr ra, t3
  CHECK_REG(a0, t3)

  TEST_CASE(5)                       /* fetch through the 2 MiB page */
  ALIAS(t3, VA_MEGA, vcode)
  jalr ra, t3
  CHECK_REG(a0, t3)
  CHECK_NOTRAP

  TEST_CASE(6)                       /* misaligned megapage: load page fault, stval = VA */
  RESET_TRAP
  li a1, VA_BADMEGA + 0x18
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)
  CHECK_REG(s10, a1)

  TEST_CASE(7)                       /* misaligned megapage: store page fault */
  RESET_TRAP
  sd a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)
  CHECK_REG(s10, a1)

  TEST_CASE(8)                       /* misaligned megapage: fetch page fault */
  RESET_TRAP
  li t3, VA_BADMEGA
  jalr ra, t3
  CHECK_TRAP(CAUSE_FETCH_PF)
  CHECK_REG(s10, t3)

  TEST_CASE(9)                       /* misaligned gigapage: load page fault */
  RESET_TRAP
  li a1, VA_BADGIGA + 0x120
  lw a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)
  CHECK_REG(s10, a1)

  TEST_CASE(10)                      /* misaligned gigapage: store page fault (AMO: see
                                        amo_fault_noqemu.S) */
  RESET_TRAP
  sw a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)
  CHECK_REG(s10, a1)
  LEAVE
TEST_END
  .text
  .balign 16
vcode: auipc a0, 0
  ret
VM_DATA
