/* mstatus.MPRV: with MPRV = 1, M-mode loads and stores are translated and checked as if in
 * mode MPP (S: SUM applies; U: only U pages), MXR applies too; instruction fetch stays
 * untranslated; MPP = M means no translation. The identity PTE of page pg1 is redirected to
 * frame pg2 so that translated and untranslated accesses read different data. */
#include "vm.h"
#define SET_MPP(m) li t0, MSTATUS_MPP; csrc mstatus, t0; li t0, (m) << 11; csrs mstatus, t0
#define MPRV_ON li t0, MSTATUS_MPRV; csrs mstatus, t0
#define MPRV_OFF li t0, MSTATUS_MPRV; csrc mstatus, t0
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 1, pg3, PTE_V | PTE_R | PTE_W | PTE_U | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 2, pg3, PTE_V | PTE_X | PTE_AD)
  PTE_ID_ADDR(pg1)
  la t0, pg2; srli t0, t0, 12; slli t0, t0, 10; ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_AD
  sd t0, 0(t1)
  la t0, pg0; li t1, 0x1000; sd t1, 0(t0)
  la t0, pg1; li t1, 0x1111; sd t1, 0(t0)
  la t0, pg2; li t1, 0x2222; sd t1, 0(t0)
  la t0, pg3; li t1, 0x3333; sd t1, 0(t0)
  SATP_ON(SATP_SV39, pt_root)
  la s0, pg1
  RESET_TRAP

  TEST_CASE(1)                       /* MPRV = 0: M loads are physical */
  ld a0, 0(s0)
  CHECK_EQ(a0, 0x1111)

  TEST_CASE(2)                       /* MPRV = 1, MPP = S: translated (pg1 -> frame pg2) */
  SET_MPP(1)
  MPRV_ON
  ld a0, 0(s0)
  MPRV_OFF
  CHECK_EQ(a0, 0x2222)

  TEST_CASE(3)                       /* window VA only exists in the page tables */
  MPRV_ON
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  li a2, 0x1234
  sd a2, 8(a1)
  MPRV_OFF
  CHECK_EQ(a0, 0x1000)
  la t0, pg0; ld t1, 8(t0)
  CHECK_EQ(t1, 0x1234)

  TEST_CASE(4)                       /* MPRV = 1, MPP = M: physical again */
  SET_MPP(3)
  MPRV_ON
  ld a0, 0(s0)
  MPRV_OFF
  CHECK_EQ(a0, 0x1111)
  CHECK_NOTRAP

  TEST_CASE(5)                       /* MPP = S, SUM = 0: U page faults (13), mtval = VA,
                                        fetch keeps working (code is not executable by U) */
  SET_MPP(1)
  li t0, MSTATUS_SUM; csrc mstatus, t0
  li a1, VA_PAGE(1)
  MPRV_ON
  ld a0, 0(a1)                       /* trap: MPP becomes M */
  MPRV_OFF
  CHECK_TRAP(CAUSE_LOAD_PF)
  CHECK_REG(s10, a1)

  TEST_CASE(6)                       /* MPP = S, SUM = 1: allowed */
  SET_MPP(1)
  li t0, MSTATUS_SUM; csrs mstatus, t0
  RESET_TRAP
  MPRV_ON
  ld a0, 0(a1)
  MPRV_OFF
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x3333)
  li t0, MSTATUS_SUM; csrc mstatus, t0

  TEST_CASE(7)                       /* MPP = U: U page readable, while M keeps fetching
                                        from non-U pages */
  SET_MPP(0)
  MPRV_ON
  ld a0, 0(a1)
  MPRV_OFF
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x3333)

  TEST_CASE(8)                       /* MPP = U: non-U page faults; store -> 15 */
  SET_MPP(0)
  li a1, VA_PAGE(0)
  MPRV_ON
  sd a0, 0(a1)
  MPRV_OFF
  CHECK_TRAP(CAUSE_STORE_PF)
  CHECK_REG(s10, a1)

  TEST_CASE(9)                       /* MPP = S: execute-only page needs MXR */
  SET_MPP(1)
  RESET_TRAP
  li a1, VA_PAGE(2)
  MPRV_ON
  ld a0, 0(a1)
  MPRV_OFF
  CHECK_TRAP(CAUSE_LOAD_PF)
  SET_MPP(1)
  li t0, MSTATUS_MXR; csrs mstatus, t0
  RESET_TRAP
  MPRV_ON
  ld a0, 0(a1)
  MPRV_OFF
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x3333)
  li t0, MSTATUS_MXR; csrc mstatus, t0
TEST_END
VM_DATA
