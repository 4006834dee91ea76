/* Shared helpers for the virtual-memory tests (tests/isa/vm). Builds on ../priv/priv.h
 * (trap recording, ENTER/LEAVE; see there).
 *
 * VM_SETUP builds Sv39 tables in memory (all zeroed first):
 *   pt_root[2]  -> pt_idl1;  pt_idl1[0] -> pt_idl0: 512 identity 4 KiB pages for
 *                  0x80000000..0x801fffff (the whole test image), RWX, A = D = 1, not U
 *   pt_root[1]  -> pt_l1;    pt_l1[0] -> pt_l0: the 4 KiB test window at VA_WIN
 *                  (0x40000000 + i * 4 KiB = pt_l0[i]), initially all invalid.
 * Tests add leaves with the PTE_* macros and switch translation on with SATP_ON. */
#ifndef RVISOR_VM_H
#define RVISOR_VM_H
#include "../priv/priv.h"

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define PTE_RWX (PTE_R | PTE_W | PTE_X)
#define PTE_AD (PTE_A | PTE_D)

#define SATP_SV39 0x8000000000000000
#define SATP_SV48 0x9000000000000000
#define SATP_SV57 0xa000000000000000
#define VA_WIN 0x40000000
#define VA_PAGE(i) (VA_WIN + (i) * 0x1000)

#define CAUSE_FETCH_PF 12
#define CAUSE_LOAD_PF 13
#define CAUSE_STORE_PF 15

/* table[idx] = leaf for physical address `pa` (constant) with `flags` (clobbers t0, t1) */
#define PTE_LEAF_PA(table, idx, pa, flags)                                     \
  li t0, (((pa) >> 12) << 10) | (flags); la t1, table; li t2, (idx) * 8;       \
  add t1, t1, t2; sd t0, 0(t1)
/* table[idx] = leaf for the page at symbol `sym` with `flags` (clobbers t0-t2) */
#define PTE_LEAF_SYM(table, idx, sym, flags)                                   \
  la t0, sym; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, (flags);           \
  la t1, table; li t2, (idx) * 8; add t1, t1, t2; sd t0, 0(t1)
/* table[idx] = pointer to the next-level table `next` (clobbers t0-t2) */
#define PTE_PTR(table, idx, next) PTE_LEAF_SYM(table, idx, next, PTE_V)
/* t1 = address of the PTE of window page i */
#define PTE_ADDR(i) la t1, pt_l0; addi t1, t1, (i) * 8
/* t1 = address of the identity PTE of the page holding `sym` */
#define PTE_ID_ADDR(sym)                                                       \
  la t1, sym; li t0, 0x80000000; sub t1, t1, t0; srli t1, t1, 12; slli t1, t1, 3; \
  la t0, pt_idl0; add t1, t1, t0

#define SATP_ON(mode, root)                                                    \
  la t0, root; srli t0, t0, 12; li t1, mode; or t0, t0, t1;                    \
  csrw satp, t0; sfence.vma

.macro VM_SETUP
  la t0, pt_root; la t1, pt_end
.Lz\@: sd zero, 0(t0); addi t0, t0, 8; bltu t0, t1, .Lz\@
  PTE_PTR(pt_root, 2, pt_idl1)
  PTE_PTR(pt_idl1, 0, pt_idl0)
  la t1, pt_idl0; li t0, ((0x80000000 >> 12) << 10) | PTE_V | PTE_RWX | PTE_AD
  li t2, 512; li t3, 1 << 10
.Lid\@: sd t0, 0(t1); add t0, t0, t3; addi t1, t1, 8; addi t2, t2, -1; bnez t2, .Lid\@
  PTE_PTR(pt_root, 1, pt_l1)
  PTE_PTR(pt_l1, 0, pt_l0)
.endm

/* Page tables and four 4 KiB data pages; put after TEST_END. */
#define VM_DATA                                                                \
  .bss; .balign 4096;                                                          \
  pt_root: .zero 4096; pt_idl1: .zero 4096; pt_idl0: .zero 4096;              \
  pt_l1: .zero 4096; pt_l0: .zero 4096; pt_x1: .zero 4096; pt_x2: .zero 4096;  \
  pt_end:                                                                      \
  pg0: .zero 4096; pg1: .zero 4096; pg2: .zero 4096; pg3: .zero 4096

#endif
