/* RV64I fence and Zifencei fence.i: every fence form executes as an ordering no-op for a
 * single hart; fence.i makes instructions stored to memory visible to instruction fetch
 * (patch an instruction, fence.i, execute it, patch again). */
#include "test.h"
TEST_BEGIN
  .option norvc

  TEST_CASE(1)
  li a0, 5
  fence
  fence rw, rw
  fence r, r
  fence w, w
  fence iorw, iorw
  fence.tso
  addi a0, a0, 1
  CHECK_EQ(a0, 6)

  /* store -> fence -> load sees the stored value */
  TEST_CASE(2)
  lla a1, fdata
  li a2, 0x1122334455667788
  sd a2, 0(a1)
  fence w, r
  ld a3, 0(a1)
  CHECK_EQ(a3, 0x1122334455667788)

  /* execute the patch site once unmodified: a0 = 1 */
  TEST_CASE(3)
  jal ra, patch_site
  CHECK_EQ(a0, 1)

  /* patch "addi a0, x0, 1" into "addi a0, x0, 42" */
  TEST_CASE(4)
  lla a1, patch_site
  li a2, (42 << 20) | (10 << 7) | 0x13
  sw a2, 0(a1)
  fence.i
  jal ra, patch_site
  CHECK_EQ(a0, 42)

  /* patch again: "addi a0, x0, -7" */
  TEST_CASE(5)
  lla a1, patch_site
  li a2, (0xff9 << 20) | (10 << 7) | 0x13
  sw a2, 0(a1)
  fence.i
  jal ra, patch_site
  CHECK_EQ(a0, -7)

  /* fence.i with no preceding store is harmless */
  TEST_CASE(6)
  fence.i
  jal ra, patch_site
  CHECK_EQ(a0, -7)

  j done
  .align 2
patch_site:
  addi a0, x0, 1
  ret
done:

TEST_END

  .data
  .align 3
fdata:
  .dword 0
