/* RV64C loads and stores: c.ld, c.lw (sign-extending), c.sd, c.sw, c.ldsp, c.lwsp, c.sdsp,
 * c.swsp, c.fld, c.fsd, c.fldsp, c.fsdsp - smallest and largest scaled offsets, only the
 * addressed bytes written. FP state is enabled (mstatus.FS) for the FP forms. */
#include "test.h"
TEST_BEGIN
  .option rvc
  li t0, 0x6000
  csrs mstatus, t0

  /* ctab: dword i = 0xc0000000_80000000 | i << 40 | i, for i = 0..63 */
  TEST_CASE(1);  lla a1, ctab; c.ld a0, 0(a1);   CHECK_EQ(a0, 0xc000000080000000)
  TEST_CASE(2);  lla a1, ctab; c.ld a0, 248(a1); CHECK_EQ(a0, 0xc0001f008000001f)
  TEST_CASE(3);  lla s0, ctab; c.lw a2, 0(s0);   CHECK_EQ(a2, 0xffffffff80000000)
  TEST_CASE(4);  lla a1, ctab; c.lw a0, 124(a1); CHECK_EQ(a0, 0xffffffffc0000f00)
  TEST_CASE(5);  lla a1, ctab; c.lw a0, 8(a1);   CHECK_EQ(a0, 0xffffffff80000001)
  TEST_CASE(6);  lla sp, ctab; c.ldsp a0, 0(sp);   CHECK_EQ(a0, 0xc000000080000000)
  TEST_CASE(7);  lla sp, ctab; c.ldsp t3, 504(sp); CHECK_EQ(t3, 0xc0003f008000003f)
  TEST_CASE(8);  lla sp, ctab; c.lwsp a0, 252(sp); CHECK_EQ(a0, 0xffffffffc0001f00)
  TEST_CASE(9);  lla sp, ctab; c.lwsp ra, 16(sp);  CHECK_EQ(ra, 0xffffffff80000002)
  TEST_CASE(10); lla a1, ctab; c.fld fa0, 16(a1); fmv.x.d a0, fa0; CHECK_EQ(a0, 0xc000020080000002)
  TEST_CASE(11); lla a1, ctab; c.fld fs1, 248(a1); fmv.x.d a0, fs1; CHECK_EQ(a0, 0xc0001f008000001f)
  TEST_CASE(12); lla sp, ctab; c.fldsp ft3, 504(sp); fmv.x.d a0, ft3; CHECK_EQ(a0, 0xc0003f008000003f)

  /* stores into sbuf (pre-filled with 0xaa.. by the macro below) */
#define FILL lla a1, sbuf; li a3, 0xaaaaaaaaaaaaaaaa; li a4, 64; 1: sd a3, 0(a1); addi a1, a1, 8; addi a4, a4, -1; bnez a4, 1b

  TEST_CASE(13); FILL; lla a1, sbuf; li a2, 0x0123456789abcdef; c.sd a2, 8(a1)
  ld a0, 8(a1); CHECK_EQ(a0, 0x0123456789abcdef); ld a0, 0(a1); CHECK_EQ(a0, 0xaaaaaaaaaaaaaaaa)
  ld a0, 16(a1); CHECK_EQ(a0, 0xaaaaaaaaaaaaaaaa)
  TEST_CASE(14); FILL; lla a1, sbuf; li a2, 0x5555; c.sd a2, 248(a1); ld a0, 248(a1); CHECK_EQ(a0, 0x5555)
  TEST_CASE(15); FILL; lla a5, sbuf; li a2, 0x1122334455667788; c.sw a2, 4(a5)
  ld a0, 0(a5); CHECK_EQ(a0, 0x55667788aaaaaaaa)
  TEST_CASE(16); FILL; lla a1, sbuf; li a2, -1; c.sw a2, 124(a1); ld a0, 120(a1); CHECK_EQ(a0, 0xffffffffaaaaaaaa)
  TEST_CASE(17); FILL; lla sp, sbuf; li a2, 0x7766554433221100; c.sdsp a2, 504(sp)
  lla a1, sbuf; ld a0, 504(a1); CHECK_EQ(a0, 0x7766554433221100); ld a0, 496(a1); CHECK_EQ(a0, 0xaaaaaaaaaaaaaaaa)
  TEST_CASE(18); FILL; lla sp, sbuf; li t4, 0x99887766; c.swsp t4, 252(sp)
  lla a1, sbuf; ld a0, 248(a1); CHECK_EQ(a0, 0x99887766aaaaaaaa)
  TEST_CASE(19); FILL; lla sp, sbuf; c.swsp zero, 0(sp); lla a1, sbuf; ld a0, 0(a1); CHECK_EQ(a0, 0xaaaaaaaa00000000)
  TEST_CASE(20); FILL; lla a1, sbuf; li a2, 0x400921fb54442d18; fmv.d.x fa5, a2; c.fsd fa5, 32(a1)
  ld a0, 32(a1); CHECK_EQ(a0, 0x400921fb54442d18)
  TEST_CASE(21); FILL; lla sp, sbuf; li a2, 0xfff0000000000001; fmv.d.x ft11, a2; c.fsdsp ft11, 504(sp)
  lla a1, sbuf; ld a0, 504(a1); CHECK_EQ(a0, 0xfff0000000000001)
  /* round trip through c.sdsp/c.ldsp with sp-relative offsets */
  TEST_CASE(22); lla sp, sbuf; li a2, -12345; c.sdsp a2, 64(sp); c.ldsp a3, 64(sp); CHECK_EQ(a3, -12345)

TEST_END

  .data
  .align 4
ctab:
  .set i, 0
  .rept 64
  .dword 0xc000000080000000 | (i << 40) | i
  .set i, i + 1
  .endr
sbuf:
  .space 512
