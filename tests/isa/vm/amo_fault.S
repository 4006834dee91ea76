/* AMO / LR page faults: an AMO to a read-only page raises store/AMO page fault (15), LR from
 * an invalid page a load page fault (13), stval = VA; AMOs to writable pages work.
 * (AMOs whose translation fails outright are in amo_fault_noqemu.S.) */
#include "vm.h"
#define CHECK_PF(cause, reg) CHECK_TRAP(cause); CHECK_REG(s10, reg)
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 2, pg1, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_PA(pt_l1, 2, 0x80001000, PTE_V | PTE_RWX | PTE_AD)
  SATP_ON(SATP_SV39, pt_root)
  ENTER 1

  TEST_CASE(1)                       /* AMO to a read-only page */
  RESET_TRAP
  li a1, VA_PAGE(0) + 16
  amoswap.w a0, a2, (a1)
  CHECK_PF(CAUSE_STORE_PF, a1)

  TEST_CASE(2)                       /* LR from an invalid page: load fault */
  RESET_TRAP
  li a1, VA_PAGE(1)
  lr.d a0, (a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(3)                       /* control: AMO to a writable page works */
  RESET_TRAP
  li a1, VA_PAGE(2)
  li a2, 5
  amoadd.d a0, a2, (a1)
  amoadd.d a0, a2, (a1)
  CHECK_NOTRAP
  CHECK_EQ(a0, 5)
  LEAVE
TEST_END
VM_DATA
