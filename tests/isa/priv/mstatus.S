/* mstatus fields: MPP is WARL (U/S/M legal, 2 never reads back), SPP/MPIE/SPIE/SUM/MXR/
 * TVM/TW/TSR are writable, FS and the SD summary bit, UXL/SXL = 2 (64-bit), and sstatus as
 * a restricted view of mstatus. */
#include "priv.h"
PRIV_BEGIN
  TEST_CASE(1)                       /* MPP = 0, 1, 3 read back */
  li t0, MSTATUS_MPP; csrc mstatus, t0
  csrr t1, mstatus; and t1, t1, t0
  CHECK_EQ(t1, 0)
  li t2, 0x0800; csrs mstatus, t2
  csrr t1, mstatus; and t1, t1, t0
  CHECK_EQ(t1, 0x0800)
  csrs mstatus, t0
  csrr t1, mstatus; and t1, t1, t0
  CHECK_EQ(t1, 0x1800)

  TEST_CASE(2)                       /* SPP, SPIE, MPIE, SUM, MXR, TVM, TW, TSR writable */
  li t0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR
  csrs mstatus, t0
  csrr t1, mstatus; and t1, t1, t0
  CHECK_REG(t1, t0)
  csrc mstatus, t0
  csrr t1, mstatus; and t1, t1, t0
  CHECK_EQ(t1, 0)

  TEST_CASE(3)                       /* UXL and SXL read 2 (XLEN 64) */
  csrr t1, mstatus
  srli t1, t1, 32; andi t1, t1, 0xf
  CHECK_EQ(t1, 0xa)

  TEST_CASE(4)                       /* FS = Off/Initial/Clean/Dirty; SD set only for Dirty */
  li t0, MSTATUS_FS; csrc mstatus, t0
  csrr t1, mstatus; srli t2, t1, 13; andi t2, t2, 3
  CHECK_EQ(t2, 0)
  srli t2, t1, 63
  CHECK_EQ(t2, 0)
  li t0, 0x4000; csrs mstatus, t0      /* Clean */
  csrr t1, mstatus; srli t2, t1, 13; andi t2, t2, 3
  CHECK_EQ(t2, 2)
  srli t2, t1, 63
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_FS; csrs mstatus, t0  /* Dirty */
  csrr t1, mstatus; srli t2, t1, 13; andi t2, t2, 3
  CHECK_EQ(t2, 3)
  srli t2, t1, 63
  CHECK_EQ(t2, 1)

  TEST_CASE(5)                       /* writing an FP register with FS = Clean makes it Dirty */
  li t0, MSTATUS_FS; csrc mstatus, t0
  li t0, 0x4000; csrs mstatus, t0
  li t1, 0x3ff0000000000000
  fmv.d.x f2, t1
  csrr t1, mstatus; srli t2, t1, 13; andi t2, t2, 3
  CHECK_EQ(t2, 3)
  srli t2, t1, 63
  CHECK_EQ(t2, 1)

  TEST_CASE(6)                       /* sstatus shows S fields, hides M fields */
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV
  csrs mstatus, t0
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
  csrc mstatus, t0
  csrr t1, sstatus
  li t0, 0x7fffffff00000000; and t2, t1, t0   /* high part: UXL only (SD checked below) */
  CHECK_EQ(t2, 0x200000000)
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV | MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
  and t2, t1, t0
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV
  csrc mstatus, t0

  TEST_CASE(7)                       /* S fields set in mstatus appear in sstatus */
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
  csrs mstatus, t0
  csrr t1, sstatus
  and t2, t1, t0
  CHECK_REG(t2, t0)
  csrc mstatus, t0

  TEST_CASE(8)                       /* writing sstatus = -1 changes only S-visible fields */
  li t0, MSTATUS_MPP; csrc mstatus, t0
  li t0, MSTATUS_FS; csrc mstatus, t0
  csrr s0, mstatus
  li t1, -1
  csrw sstatus, t1
  csrr t1, mstatus
  li t0, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_MPRV
  and t2, t1, t0
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_FS
  and t2, t1, t0
  CHECK_REG(t2, t0)

  TEST_CASE(9)                      /* clearing through sstatus clears mstatus bits */
  li t0, MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR
  csrc sstatus, t0
  csrr t1, mstatus
  and t2, t1, t0
  CHECK_EQ(t2, 0)
  li t0, MSTATUS_FS; csrs mstatus, t0
TEST_END
