/* Sv39 page faults: causes 12 (fetch), 13 (load), 15 (store) with stval/mtval = the faulting
 * virtual address and epc = the faulting instruction, for: invalid PTE, store to a read-only
 * page, fetch from a non-executable page, load from an execute-only page (MXR = 0), the
 * reserved W-without-R encoding, a pointer PTE at the last level, reserved PTE bits 63:54,
 * non-canonical addresses; and delegation of page faults to S via medeleg. */
#include "vm.h"
/* expect one page fault `cause` with tval = reg */
#define CHECK_PF(cause, reg) CHECK_TRAP(cause); CHECK_REG(s10, reg)
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_AD)
  /* window page 1: invalid (zero) */
  PTE_LEAF_SYM(pt_l0, 2, pg1, PTE_V | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 3, pg2, PTE_V | PTE_X | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 4, pg1, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 5, pg3, PTE_V)
  PTE_LEAF_SYM(pt_l0, 7, pg1, PTE_RWX | PTE_AD)
  la t0, pg1; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_AD
  li t1, 1 << 54; or t0, t0, t1
  PTE_ADDR(6); sd t0, 0(t1)
  la t0, pg1; li t1, 0x9999; sd t1, 0x40(t0)
  la t0, pg1; li t1, 0x0000006f; sw t1, 0(t0)  /* "j ." at the start of pg1 */
  SATP_ON(SATP_SV39, pt_root)
  ENTER 1

  TEST_CASE(1)                       /* load from an invalid page: 13, tval = VA, epc */
  RESET_TRAP
  li a1, VA_PAGE(1) + 0x28
  la s0, 1f
1: ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)
  CHECK_REG(s11, s0)

  TEST_CASE(2)                       /* store to an invalid page: 15 */
  RESET_TRAP
  sh a0, 6(a1)
  addi a2, a1, 6
  CHECK_PF(CAUSE_STORE_PF, a2)

  TEST_CASE(3)                       /* fetch from an invalid page: 12, tval = epc = target */
  RESET_TRAP
  li a2, VA_PAGE(1) + 0x100
  jalr ra, a2
  CHECK_PF(CAUSE_FETCH_PF, a2)
  CHECK_REG(s11, a2)

  TEST_CASE(4)                       /* load from a read-only page works */
  RESET_TRAP
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  CHECK_NOTRAP

  TEST_CASE(5)                       /* store to a read-only page: 15 */
  RESET_TRAP
  sd a0, 0x10(a1)
  addi a2, a1, 0x10
  CHECK_PF(CAUSE_STORE_PF, a2)

  TEST_CASE(6)                       /* fetch from a readable, non-executable page: 12 */
  RESET_TRAP
  li a2, VA_PAGE(4)
  jalr ra, a2
  CHECK_PF(CAUSE_FETCH_PF, a2)

  TEST_CASE(7)                       /* load from an execute-only page with MXR = 0: 13 */
  RESET_TRAP
  li a1, VA_PAGE(3) + 8
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(8)                       /* W without R is reserved: load and store fault */
  RESET_TRAP
  li a1, VA_PAGE(2)
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)
  RESET_TRAP
  sd a0, 0(a1)
  CHECK_PF(CAUSE_STORE_PF, a1)

  TEST_CASE(9)                       /* pointer PTE at level 0: load faults */
  RESET_TRAP
  li a1, VA_PAGE(5)
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(10)                      /* V = 0 with permission bits set: still invalid */
  RESET_TRAP
  li a1, VA_PAGE(7) + 0x40
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(11)                      /* reserved PTE bit 54 set: load faults */
  RESET_TRAP
  li a1, VA_PAGE(6) + 0x40
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(12)                      /* control: the same frame through a good PTE */
  RESET_TRAP
  li a1, VA_PAGE(4) + 0x40
  ld a0, 0(a1)
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x9999)

  TEST_CASE(13)                      /* non-canonical: bits 63:39 differ from bit 38, though
                                        the low 39 bits name a mapped page */
  RESET_TRAP
  li a1, 0x8000000000000000 + VA_PAGE(4) + 0x40
  ld a0, 0(a1)
  CHECK_TRAP(CAUSE_LOAD_PF)
  RESET_TRAP
  li a1, 0x0000004000000000 | VA_PAGE(4)
  sd a0, 0(a1)
  CHECK_TRAP(CAUSE_STORE_PF)

  TEST_CASE(14)                      /* non-canonical fetch */
  RESET_TRAP
  li a2, 0xffff000000000000 | VA_PAGE(4)
  jalr ra, a2
  CHECK_TRAP(CAUSE_FETCH_PF)
  LEAVE

  TEST_CASE(15)                      /* medeleg 12/13/15: page faults go to S with scause and
                                        stval; mcause untouched */
  li t0, (1 << 12) | (1 << 13) | (1 << 15); csrw medeleg, t0
  li t0, 0x55; csrw mcause, t0
  ENTER 1
  RESET_TRAP
  li a1, VA_PAGE(1) + 0x30
  ld a0, 0(a1)
  mv s1, s6; mv s2, s9; mv s3, s10
  RESET_TRAP
  sd a0, 0(a1)
  mv s4, s9
  RESET_TRAP
  li a2, VA_PAGE(1)
  jalr ra, a2
  mv s5, s9; mv a3, s10
  LEAVE
  csrw medeleg, zero
  CHECK_EQ(s1, 1)
  CHECK_EQ(s2, CAUSE_LOAD_PF)
  CHECK_REG(s3, a1)
  CHECK_EQ(s4, CAUSE_STORE_PF)
  CHECK_EQ(s5, CAUSE_FETCH_PF)
  CHECK_REG(a3, a2)
  csrr t1, mcause
  CHECK_EQ(t1, 9)                    /* only the LEAVE ecall reached M */
TEST_END
VM_DATA
