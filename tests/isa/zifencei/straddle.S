/* An instruction that straddles a page boundary: run hot (the JIT translates it on its own,
 * belonging to both pages), then its second half is rewritten by a store to the second page,
 * with no FENCE.I: the next run must see the new instruction (as on QEMU). */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_CASE(1)
  li s0, 20
1: jal straddler
  CHECK_EQ(a0, 7)
  addi s0, s0, -1
  bnez s0, 1b

  /* addi a0, x0, 7 is 0x00700513: its upper half (0x0070, at the second page's first byte)
   * becomes 0x0090: addi a0, x0, 9 */
  TEST_CASE(2)
  lla t0, straddler
  li t1, 0x0090
  sh t1, 2(t0)
  jal straddler
  CHECK_EQ(a0, 9)

  /* and hot again */
  TEST_CASE(3)
  li s0, 20
1: jal straddler
  CHECK_EQ(a0, 9)
  addi s0, s0, -1
  bnez s0, 1b
TEST_END

  .text
  .align 12
  .skip 4094
straddler:
  li a0, 7              /* bytes 4094..4097: across the boundary */
  ret
