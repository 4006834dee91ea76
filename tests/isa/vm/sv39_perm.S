/* Sv39 permissions: the U bit (U-mode needs it, S-mode may load/store U pages only with
 * sstatus.SUM = 1 and may never execute them), and sstatus.MXR (loads from execute-only
 * pages allowed only with MXR = 1, in S and U). U-mode code runs from a page of this image
 * whose identity PTE gets the U bit. */
#include "vm.h"
#define CHECK_PF(cause, reg) CHECK_TRAP(cause); CHECK_REG(s10, reg)
/* run U routine `fn` (it ends with a TRAP_MAGIC ecall back to M); ra = ucode_exit */
.macro RUN_U fn
  la a6, .Lru\@
  li t0, MSTATUS_MPP; csrc mstatus, t0
  la t0, \fn; csrw mepc, t0
  la ra, ucode_exit
  mret
.Lru\@:
.endm
PRIV_BEGIN
  VM_SETUP
  PTE_LEAF_SYM(pt_l0, 0, pg0, PTE_V | PTE_R | PTE_W | PTE_U | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 1, pg1, PTE_V | PTE_R | PTE_W | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 2, pg2, PTE_V | PTE_X | PTE_AD)
  PTE_LEAF_SYM(pt_l0, 3, pg3, PTE_V | PTE_X | PTE_U | PTE_AD)
  PTE_ID_ADDR(ucode); ld t0, 0(t1); ori t0, t0, PTE_U; sd t0, 0(t1)
  la t0, pg0; li t1, 0x1010; sd t1, 0(t0)
  la t0, pg1; li t1, 0x2020; sd t1, 0(t0)
  la t0, pg2; li t1, 0x3030; sd t1, 0(t0)
  la t0, pg3; li t1, 0x4040; sd t1, 0(t0)
  SATP_ON(SATP_SV39, pt_root)

  TEST_CASE(1)                       /* S, SUM = 0: load from a U page faults (13) */
  ENTER 1
  li t0, MSTATUS_SUM | MSTATUS_MXR; csrc sstatus, t0
  RESET_TRAP
  li a1, VA_PAGE(0)
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(2)                       /* S, SUM = 0: store to a U page faults (15) */
  RESET_TRAP
  sd a0, 8(a1)
  addi a2, a1, 8
  CHECK_PF(CAUSE_STORE_PF, a2)

  TEST_CASE(3)                       /* S, SUM = 1: load and store allowed */
  li t0, MSTATUS_SUM; csrs sstatus, t0
  RESET_TRAP
  ld a0, 0(a1)
  CHECK_EQ(a0, 0x1010)
  li a0, 0x1111
  sd a0, 8(a1)
  ld a0, 8(a1)
  CHECK_EQ(a0, 0x1111)
  CHECK_NOTRAP

  TEST_CASE(4)                       /* S fetch from a U page faults even with SUM = 1 */
  RESET_TRAP
  la a2, ucode_val
  jalr ra, a2
  CHECK_PF(CAUSE_FETCH_PF, a2)

  TEST_CASE(5)                       /* S, MXR = 0: load from execute-only page faults */
  RESET_TRAP
  li a1, VA_PAGE(2)
  ld a0, 0(a1)
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(6)                       /* S, MXR = 1: allowed */
  li t0, MSTATUS_MXR; csrs sstatus, t0
  RESET_TRAP
  ld a0, 0(a1)
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x3030)

  TEST_CASE(7)                       /* MXR does not make it writable */
  RESET_TRAP
  sd a0, 0(a1)
  CHECK_PF(CAUSE_STORE_PF, a1)
  li t0, MSTATUS_SUM | MSTATUS_MXR; csrc sstatus, t0
  LEAVE

  TEST_CASE(8)                       /* U runs code from its U page (returns a constant) */
  RESET_TRAP
  RUN_U ucode_val
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x5a5a)

  TEST_CASE(9)                       /* U load from a U page works */
  RESET_TRAP
  li a1, VA_PAGE(0)
  RUN_U ucode_ld
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x1010)

  TEST_CASE(10)                      /* U load from a non-U page: 13 (SUM irrelevant) */
  li t0, MSTATUS_SUM; csrs mstatus, t0
  RESET_TRAP
  li a1, VA_PAGE(1)
  RUN_U ucode_ld
  CHECK_PF(CAUSE_LOAD_PF, a1)

  TEST_CASE(11)                      /* U store to a U page works, to a non-U page: 15 */
  RESET_TRAP
  li a1, VA_PAGE(0) + 16
  li a0, 0x7777
  RUN_U ucode_sd
  CHECK_NOTRAP
  la t0, pg0; ld t1, 16(t0)
  CHECK_EQ(t1, 0x7777)
  RESET_TRAP
  li a1, VA_PAGE(1) + 16
  RUN_U ucode_sd
  CHECK_PF(CAUSE_STORE_PF, a1)
  li t0, MSTATUS_SUM; csrc mstatus, t0

  TEST_CASE(12)                      /* U fetch from a non-U page: 12 */
  RESET_TRAP
  la a2, vcode_s
  la a6, 1f
  li t0, MSTATUS_MPP; csrc mstatus, t0
  csrw mepc, a2
  la ra, ucode_exit
  mret
1: CHECK_PF(CAUSE_FETCH_PF, a2)

  TEST_CASE(13)                      /* U load from a U execute-only page: 13 with MXR = 0,
                                        allowed with MXR = 1 */
  RESET_TRAP
  li a1, VA_PAGE(3)
  RUN_U ucode_ld
  CHECK_PF(CAUSE_LOAD_PF, a1)
  li t0, MSTATUS_MXR; csrs mstatus, t0
  RESET_TRAP
  RUN_U ucode_ld
  CHECK_NOTRAP
  CHECK_EQ(a0, 0x4040)
  li t0, MSTATUS_MXR; csrc mstatus, t0
TEST_END
  .text
  .balign 16
vcode_s: ret
  .balign 4096
ucode:
ucode_val: li a0, 0x5a5a
ucode_exit: li a7, TRAP_MAGIC
  ecall
ucode_ld: ld a0, 0(a1)
  li a7, TRAP_MAGIC
  ecall
ucode_sd: sd a0, 0(a1)
  li a7, TRAP_MAGIC
  ecall
  .balign 4096
VM_DATA
