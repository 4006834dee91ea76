/* AMO page faults when translation fails: an AMO to an invalid page or through a
 * misaligned superpage raises store/AMO page fault (15), not a load page fault, stval = VA.
 * Why _noqemu: QEMU 7.2 reports a load page fault (13) for an AMO whose translation fails. */
#include "vm.h"
#define CHECK_PF(cause, reg) CHECK_TRAP(cause); CHECK_REG(s10, reg)
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 2, pg1, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_PA(pt_l1, 2, 0x80001000, PTE_V | PTE_RWX | PTE_AD)
  SATP_ON(SATP_SV39, pt_root)
  ENTER 1

  TEST_CASE(1)                       /* AMO to an invalid page */
  RESET_TRAP
  li a1, VA_PAGE(1) + 8
  amoadd.d a0, a2, (a1)
  CHECK_PF(CAUSE_STORE_PF, a1)

  TEST_CASE(2)                       /* AMO on a misaligned megapage */
  RESET_TRAP
  li a1, 0x40400000 + 0x20
  amoor.d a0, a2, (a1)
  CHECK_PF(CAUSE_STORE_PF, a1)

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
