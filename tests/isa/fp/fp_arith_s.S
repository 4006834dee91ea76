/* Single-precision fadd/fsub/fmul/fdiv/fsqrt: exact results (no flags), signed-zero
 * results of x - x under every rounding mode, and inexact results under every rounding mode: rne, rtz,
 * rdn, rup, rmm given statically in the instruction, and dyn with frm set through frm or fcsr. For each
 * operation three operand sets are used whose exact result lies (1) below the halfway point, positive;
 * (2) above the halfway point, negative; (3) exactly halfway (add/sub/mul) or above halfway (div/sqrt),
 * so that every mode's result is distinguished somewhere.
 * (177 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: 1.5 + 2.25 = 3.75 */
  FT2(S, 1, fadd.s, rne, 0x40700000, 0x0, 0x3fc00000, 0x40100000)
  /* 2: -1.5 + 0.25 = -1.25 */
  FT2(S, 2, fadd.s, rne, 0xbfa00000, 0x0, 0xbfc00000, 0x3e800000)
  /* 3: 1 + -1 = 0 */
  FT2(S, 3, fadd.s, rne, 0x0, 0x0, 0x3f800000, 0xbf800000)
  /* 4: -0 + -0 = -0 */
  FT2(S, 4, fadd.s, rne, 0x80000000, 0x0, 0x80000000, 0x80000000)
  /* 5: 1048576 + -0.125 = 1048575.88 */
  FT2(S, 5, fadd.s, rne, 0x497ffffe, 0x0, 0x49800000, 0xbe000000)
  /* 6: -0.605893075 + 5.86096859 [lo, rne] */
  FT2(S, 6, fadd.s, rne, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 7: -0.605893075 + 5.86096859 [lo, rtz] */
  FT2(S, 7, fadd.s, rtz, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 8: -0.605893075 + 5.86096859 [lo, rdn] */
  FT2(S, 8, fadd.s, rdn, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 9: -0.605893075 + 5.86096859 [lo, rup] */
  FT2(S, 9, fadd.s, rup, 0x40a82995, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 10: -0.605893075 + 5.86096859 [lo, rmm] */
  FT2(S, 10, fadd.s, rmm, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 11: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 11, fadd.s, dyn, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 12: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 12, fadd.s, dyn, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 13: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 13, fadd.s, dyn, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 14: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 14, fadd.s, dyn, 0x40a82995, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  /* 15: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 15, fadd.s, dyn, 0x40a82994, 0x1, 0xbf1b1bcf, 0x40bb8d0e)
  csrwi frm, 0
  /* 16: -1.30054486 + -0.841966867 [hi, rne] */
  FT2(S, 16, fadd.s, rne, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  /* 17: -1.30054486 + -0.841966867 [hi, rtz] */
  FT2(S, 17, fadd.s, rtz, 0xc0091ee9, 0x1, 0xbfa67841, 0xbf578b24)
  /* 18: -1.30054486 + -0.841966867 [hi, rdn] */
  FT2(S, 18, fadd.s, rdn, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  /* 19: -1.30054486 + -0.841966867 [hi, rup] */
  FT2(S, 19, fadd.s, rup, 0xc0091ee9, 0x1, 0xbfa67841, 0xbf578b24)
  /* 20: -1.30054486 + -0.841966867 [hi, rmm] */
  FT2(S, 20, fadd.s, rmm, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  /* 21: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 21, fadd.s, dyn, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  /* 22: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 22, fadd.s, dyn, 0xc0091ee9, 0x1, 0xbfa67841, 0xbf578b24)
  /* 23: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 23, fadd.s, dyn, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  /* 24: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 24, fadd.s, dyn, 0xc0091ee9, 0x1, 0xbfa67841, 0xbf578b24)
  /* 25: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 25, fadd.s, dyn, 0xc0091eea, 0x1, 0xbfa67841, 0xbf578b24)
  csrwi frm, 0
  /* 26: 1.73550451 + -2.98023224e-07 [tie, rne] */
  FT2(S, 26, fadd.s, rne, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 27: 1.73550451 + -2.98023224e-07 [tie, rtz] */
  FT2(S, 27, fadd.s, rtz, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 28: 1.73550451 + -2.98023224e-07 [tie, rdn] */
  FT2(S, 28, fadd.s, rdn, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 29: 1.73550451 + -2.98023224e-07 [tie, rup] */
  FT2(S, 29, fadd.s, rup, 0x3fde2501, 0x1, 0x3fde2503, 0xb4a00000)
  /* 30: 1.73550451 + -2.98023224e-07 [tie, rmm] */
  FT2(S, 30, fadd.s, rmm, 0x3fde2501, 0x1, 0x3fde2503, 0xb4a00000)
  /* 31: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 31, fadd.s, dyn, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 32: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 32, fadd.s, dyn, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 33: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 33, fadd.s, dyn, 0x3fde2500, 0x1, 0x3fde2503, 0xb4a00000)
  /* 34: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 34, fadd.s, dyn, 0x3fde2501, 0x1, 0x3fde2503, 0xb4a00000)
  /* 35: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 35, fadd.s, dyn, 0x3fde2501, 0x1, 0x3fde2503, 0xb4a00000)
  csrwi frm, 0
  /* 36: 1.5 - 2.25 = -0.75 */
  FT2(S, 36, fsub.s, rne, 0xbf400000, 0x0, 0x3fc00000, 0x40100000)
  /* 37: -1.5 - -0.25 = -1.25 */
  FT2(S, 37, fsub.s, rne, 0xbfa00000, 0x0, 0xbfc00000, 0xbe800000)
  /* 38: 3 - 3 = 0 */
  FT2(S, 38, fsub.s, rne, 0x0, 0x0, 0x40400000, 0x40400000)
  /* 39: -0 - 0 = -0 */
  FT2(S, 39, fsub.s, rne, 0x80000000, 0x0, 0x80000000, 0x0)
  /* 40: 1024 - 0.5 = 1023.5 */
  FT2(S, 40, fsub.s, rne, 0x447fe000, 0x0, 0x44800000, 0x3f000000)
  /* 41: 0.303783178 - -0.217804328 [lo, rne] */
  FT2(S, 41, fsub.s, rne, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 42: 0.303783178 - -0.217804328 [lo, rtz] */
  FT2(S, 42, fsub.s, rtz, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 43: 0.303783178 - -0.217804328 [lo, rdn] */
  FT2(S, 43, fsub.s, rdn, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 44: 0.303783178 - -0.217804328 [lo, rup] */
  FT2(S, 44, fsub.s, rup, 0x3f0586c3, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 45: 0.303783178 - -0.217804328 [lo, rmm] */
  FT2(S, 45, fsub.s, rmm, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 46: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 46, fsub.s, dyn, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 47: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 47, fsub.s, dyn, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 48: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 48, fsub.s, dyn, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 49: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 49, fsub.s, dyn, 0x3f0586c3, 0x1, 0x3e9b8978, 0xbe5f0819)
  /* 50: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 50, fsub.s, dyn, 0x3f0586c2, 0x1, 0x3e9b8978, 0xbe5f0819)
  csrwi frm, 0
  /* 51: -1.05870533 - 0.159017503 [hi, rne] */
  FT2(S, 51, fsub.s, rne, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 52: -1.05870533 - 0.159017503 [hi, rtz] */
  FT2(S, 52, fsub.s, rtz, 0xbf9bde57, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 53: -1.05870533 - 0.159017503 [hi, rdn] */
  FT2(S, 53, fsub.s, rdn, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 54: -1.05870533 - 0.159017503 [hi, rup] */
  FT2(S, 54, fsub.s, rup, 0xbf9bde57, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 55: -1.05870533 - 0.159017503 [hi, rmm] */
  FT2(S, 55, fsub.s, rmm, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 56: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 56, fsub.s, dyn, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 57: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 57, fsub.s, dyn, 0xbf9bde57, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 58: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 58, fsub.s, dyn, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 59: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 59, fsub.s, dyn, 0xbf9bde57, 0x1, 0xbf8783a8, 0x3e22d57c)
  /* 60: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 60, fsub.s, dyn, 0xbf9bde58, 0x1, 0xbf8783a8, 0x3e22d57c)
  csrwi frm, 0
  /* 61: 8.64721966 - 4.76837158e-07 [tie, rne] */
  FT2(S, 61, fsub.s, rne, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 62: 8.64721966 - 4.76837158e-07 [tie, rtz] */
  FT2(S, 62, fsub.s, rtz, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 63: 8.64721966 - 4.76837158e-07 [tie, rdn] */
  FT2(S, 63, fsub.s, rdn, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 64: 8.64721966 - 4.76837158e-07 [tie, rup] */
  FT2(S, 64, fsub.s, rup, 0x410a5b03, 0x1, 0x410a5b03, 0x35000000)
  /* 65: 8.64721966 - 4.76837158e-07 [tie, rmm] */
  FT2(S, 65, fsub.s, rmm, 0x410a5b03, 0x1, 0x410a5b03, 0x35000000)
  /* 66: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 66, fsub.s, dyn, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 67: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 67, fsub.s, dyn, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 68: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 68, fsub.s, dyn, 0x410a5b02, 0x1, 0x410a5b03, 0x35000000)
  /* 69: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 69, fsub.s, dyn, 0x410a5b03, 0x1, 0x410a5b03, 0x35000000)
  /* 70: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 70, fsub.s, dyn, 0x410a5b03, 0x1, 0x410a5b03, 0x35000000)
  csrwi frm, 0
  /* 71: 1.5 * 2.25 = 3.375 */
  FT2(S, 71, fmul.s, rne, 0x40580000, 0x0, 0x3fc00000, 0x40100000)
  /* 72: -3 * 0.125 = -0.375 */
  FT2(S, 72, fmul.s, rne, 0xbec00000, 0x0, 0xc0400000, 0x3e000000)
  /* 73: -0 * 5 = -0 */
  FT2(S, 73, fmul.s, rne, 0x80000000, 0x0, 0x80000000, 0x40a00000)
  /* 74: -7 * -9 = 63 */
  FT2(S, 74, fmul.s, rne, 0x427c0000, 0x0, 0xc0e00000, 0xc1100000)
  /* 75: 0.295887113 * 0.227534056 [lo, rne] */
  FT2(S, 75, fmul.s, rne, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 76: 0.295887113 * 0.227534056 [lo, rtz] */
  FT2(S, 76, fmul.s, rtz, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 77: 0.295887113 * 0.227534056 [lo, rdn] */
  FT2(S, 77, fmul.s, rdn, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 78: 0.295887113 * 0.227534056 [lo, rup] */
  FT2(S, 78, fmul.s, rup, 0x3d89e160, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 79: 0.295887113 * 0.227534056 [lo, rmm] */
  FT2(S, 79, fmul.s, rmm, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 80: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 80, fmul.s, dyn, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 81: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 81, fmul.s, dyn, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 82: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 82, fmul.s, dyn, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 83: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 83, fmul.s, dyn, 0x3d89e160, 0x1, 0x3e977e84, 0x3e68feb0)
  /* 84: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 84, fmul.s, dyn, 0x3d89e15f, 0x1, 0x3e977e84, 0x3e68feb0)
  csrwi frm, 0
  /* 85: 0.187817886 * -0.651335001 [hi, rne] */
  FT2(S, 85, fmul.s, rne, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  /* 86: 0.187817886 * -0.651335001 [hi, rtz] */
  FT2(S, 86, fmul.s, rtz, 0xbdfa8963, 0x1, 0x3e405355, 0xbf26bde4)
  /* 87: 0.187817886 * -0.651335001 [hi, rdn] */
  FT2(S, 87, fmul.s, rdn, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  /* 88: 0.187817886 * -0.651335001 [hi, rup] */
  FT2(S, 88, fmul.s, rup, 0xbdfa8963, 0x1, 0x3e405355, 0xbf26bde4)
  /* 89: 0.187817886 * -0.651335001 [hi, rmm] */
  FT2(S, 89, fmul.s, rmm, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  /* 90: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 90, fmul.s, dyn, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  /* 91: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 91, fmul.s, dyn, 0xbdfa8963, 0x1, 0x3e405355, 0xbf26bde4)
  /* 92: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 92, fmul.s, dyn, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  /* 93: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 93, fmul.s, dyn, 0xbdfa8963, 0x1, 0x3e405355, 0xbf26bde4)
  /* 94: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 94, fmul.s, dyn, 0xbdfa8964, 0x1, 0x3e405355, 0xbf26bde4)
  csrwi frm, 0
  /* 95: -0.769775391 * -2.64111328 [tie, rne] */
  FT2(S, 95, fmul.s, rne, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 96: -0.769775391 * -2.64111328 [tie, rtz] */
  FT2(S, 96, fmul.s, rtz, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 97: -0.769775391 * -2.64111328 [tie, rdn] */
  FT2(S, 97, fmul.s, rdn, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 98: -0.769775391 * -2.64111328 [tie, rup] */
  FT2(S, 98, fmul.s, rup, 0x40021db9, 0x1, 0xbf451000, 0xc0290800)
  /* 99: -0.769775391 * -2.64111328 [tie, rmm] */
  FT2(S, 99, fmul.s, rmm, 0x40021db9, 0x1, 0xbf451000, 0xc0290800)
  /* 100: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 100, fmul.s, dyn, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 101: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 101, fmul.s, dyn, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 102: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 102, fmul.s, dyn, 0x40021db8, 0x1, 0xbf451000, 0xc0290800)
  /* 103: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 103, fmul.s, dyn, 0x40021db9, 0x1, 0xbf451000, 0xc0290800)
  /* 104: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 104, fmul.s, dyn, 0x40021db9, 0x1, 0xbf451000, 0xc0290800)
  csrwi frm, 0
  /* 105: 7.5 / 2.5 = 3 */
  FT2(S, 105, fdiv.s, rne, 0x40400000, 0x0, 0x40f00000, 0x40200000)
  /* 106: -1 / 8 = -0.125 */
  FT2(S, 106, fdiv.s, rne, 0xbe000000, 0x0, 0xbf800000, 0x41000000)
  /* 107: -0 / 3 = -0 */
  FT2(S, 107, fdiv.s, rne, 0x80000000, 0x0, 0x80000000, 0x40400000)
  /* 108: 100 / -0.25 = -400 */
  FT2(S, 108, fdiv.s, rne, 0xc3c80000, 0x0, 0x42c80000, 0xbe800000)
  /* 109: -4.21390724 / -0.99782002 [lo, rne] */
  FT2(S, 109, fdiv.s, rne, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 110: -4.21390724 / -0.99782002 [lo, rtz] */
  FT2(S, 110, fdiv.s, rtz, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 111: -4.21390724 / -0.99782002 [lo, rdn] */
  FT2(S, 111, fdiv.s, rdn, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 112: -4.21390724 / -0.99782002 [lo, rup] */
  FT2(S, 112, fdiv.s, rup, 0x408723c0, 0x1, 0xc086d854, 0xbf7f7122)
  /* 113: -4.21390724 / -0.99782002 [lo, rmm] */
  FT2(S, 113, fdiv.s, rmm, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 114: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 114, fdiv.s, dyn, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 115: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 115, fdiv.s, dyn, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 116: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 116, fdiv.s, dyn, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  /* 117: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 117, fdiv.s, dyn, 0x408723c0, 0x1, 0xc086d854, 0xbf7f7122)
  /* 118: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 118, fdiv.s, dyn, 0x408723bf, 0x1, 0xc086d854, 0xbf7f7122)
  csrwi frm, 0
  /* 119: 3.34824491 / -3.10755897 [hi, rne] */
  FT2(S, 119, fdiv.s, rne, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  /* 120: 3.34824491 / -3.10755897 [hi, rtz] */
  FT2(S, 120, fdiv.s, rtz, 0xbf89e9f0, 0x1, 0x405649a5, 0xc046e23f)
  /* 121: 3.34824491 / -3.10755897 [hi, rdn] */
  FT2(S, 121, fdiv.s, rdn, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  /* 122: 3.34824491 / -3.10755897 [hi, rup] */
  FT2(S, 122, fdiv.s, rup, 0xbf89e9f0, 0x1, 0x405649a5, 0xc046e23f)
  /* 123: 3.34824491 / -3.10755897 [hi, rmm] */
  FT2(S, 123, fdiv.s, rmm, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  /* 124: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 124, fdiv.s, dyn, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  /* 125: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 125, fdiv.s, dyn, 0xbf89e9f0, 0x1, 0x405649a5, 0xc046e23f)
  /* 126: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 126, fdiv.s, dyn, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  /* 127: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 127, fdiv.s, dyn, 0xbf89e9f0, 0x1, 0x405649a5, 0xc046e23f)
  /* 128: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 128, fdiv.s, dyn, 0xbf89e9f1, 0x1, 0x405649a5, 0xc046e23f)
  csrwi frm, 0
  /* 129: 6.04167557 / 0.579603016 [hi, rne] */
  FT2(S, 129, fdiv.s, rne, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  /* 130: 6.04167557 / 0.579603016 [hi, rtz] */
  FT2(S, 130, fdiv.s, rtz, 0x4126c7f3, 0x1, 0x40c15568, 0x3f1460dd)
  /* 131: 6.04167557 / 0.579603016 [hi, rdn] */
  FT2(S, 131, fdiv.s, rdn, 0x4126c7f3, 0x1, 0x40c15568, 0x3f1460dd)
  /* 132: 6.04167557 / 0.579603016 [hi, rup] */
  FT2(S, 132, fdiv.s, rup, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  /* 133: 6.04167557 / 0.579603016 [hi, rmm] */
  FT2(S, 133, fdiv.s, rmm, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  /* 134: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(S, 134, fdiv.s, dyn, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  /* 135: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(S, 135, fdiv.s, dyn, 0x4126c7f3, 0x1, 0x40c15568, 0x3f1460dd)
  /* 136: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(S, 136, fdiv.s, dyn, 0x4126c7f3, 0x1, 0x40c15568, 0x3f1460dd)
  /* 137: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(S, 137, fdiv.s, dyn, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  /* 138: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(S, 138, fdiv.s, dyn, 0x4126c7f4, 0x1, 0x40c15568, 0x3f1460dd)
  csrwi frm, 0
  /* 139: sqrt(2.25) = 1.5 */
  FT1(S, 139, fsqrt.s, rne, 0x3fc00000, 0x0, 0x40100000)
  /* 140: sqrt(0.0625) = 0.25 */
  FT1(S, 140, fsqrt.s, rne, 0x3e800000, 0x0, 0x3d800000)
  /* 141: sqrt(-0) = -0 */
  FT1(S, 141, fsqrt.s, rne, 0x80000000, 0x0, 0x80000000)
  /* 142: sqrt(1048576) = 1024 */
  FT1(S, 142, fsqrt.s, rne, 0x44800000, 0x0, 0x49800000)
  /* 143: sqrt(0.673180401) [lo, rne] */
  FT1(S, 143, fsqrt.s, rne, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 144: sqrt(0.673180401) [lo, rtz] */
  FT1(S, 144, fsqrt.s, rtz, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 145: sqrt(0.673180401) [lo, rdn] */
  FT1(S, 145, fsqrt.s, rdn, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 146: sqrt(0.673180401) [lo, rup] */
  FT1(S, 146, fsqrt.s, rup, 0x3f520ab3, 0x1, 0x3f2c558d)
  /* 147: sqrt(0.673180401) [lo, rmm] */
  FT1(S, 147, fsqrt.s, rmm, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 148: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(S, 148, fsqrt.s, dyn, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 149: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(S, 149, fsqrt.s, dyn, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 150: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(S, 150, fsqrt.s, dyn, 0x3f520ab2, 0x1, 0x3f2c558d)
  /* 151: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(S, 151, fsqrt.s, dyn, 0x3f520ab3, 0x1, 0x3f2c558d)
  /* 152: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(S, 152, fsqrt.s, dyn, 0x3f520ab2, 0x1, 0x3f2c558d)
  csrwi frm, 0
  /* 153: sqrt(0.574869752) [hi, rne] */
  FT1(S, 153, fsqrt.s, rne, 0x3f421981, 0x1, 0x3f132aaa)
  /* 154: sqrt(0.574869752) [hi, rtz] */
  FT1(S, 154, fsqrt.s, rtz, 0x3f421980, 0x1, 0x3f132aaa)
  /* 155: sqrt(0.574869752) [hi, rdn] */
  FT1(S, 155, fsqrt.s, rdn, 0x3f421980, 0x1, 0x3f132aaa)
  /* 156: sqrt(0.574869752) [hi, rup] */
  FT1(S, 156, fsqrt.s, rup, 0x3f421981, 0x1, 0x3f132aaa)
  /* 157: sqrt(0.574869752) [hi, rmm] */
  FT1(S, 157, fsqrt.s, rmm, 0x3f421981, 0x1, 0x3f132aaa)
  /* 158: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(S, 158, fsqrt.s, dyn, 0x3f421981, 0x1, 0x3f132aaa)
  /* 159: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(S, 159, fsqrt.s, dyn, 0x3f421980, 0x1, 0x3f132aaa)
  /* 160: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(S, 160, fsqrt.s, dyn, 0x3f421980, 0x1, 0x3f132aaa)
  /* 161: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(S, 161, fsqrt.s, dyn, 0x3f421981, 0x1, 0x3f132aaa)
  /* 162: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(S, 162, fsqrt.s, dyn, 0x3f421981, 0x1, 0x3f132aaa)
  csrwi frm, 0
  /* 163: sqrt(6.88682222) [lo, rne] */
  FT1(S, 163, fsqrt.s, rne, 0x4027f421, 0x1, 0x40dc60d9)
  /* 164: sqrt(6.88682222) [lo, rtz] */
  FT1(S, 164, fsqrt.s, rtz, 0x4027f421, 0x1, 0x40dc60d9)
  /* 165: sqrt(6.88682222) [lo, rdn] */
  FT1(S, 165, fsqrt.s, rdn, 0x4027f421, 0x1, 0x40dc60d9)
  /* 166: sqrt(6.88682222) [lo, rup] */
  FT1(S, 166, fsqrt.s, rup, 0x4027f422, 0x1, 0x40dc60d9)
  /* 167: sqrt(6.88682222) [lo, rmm] */
  FT1(S, 167, fsqrt.s, rmm, 0x4027f421, 0x1, 0x40dc60d9)
  /* 168: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(S, 168, fsqrt.s, dyn, 0x4027f421, 0x1, 0x40dc60d9)
  /* 169: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(S, 169, fsqrt.s, dyn, 0x4027f421, 0x1, 0x40dc60d9)
  /* 170: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(S, 170, fsqrt.s, dyn, 0x4027f421, 0x1, 0x40dc60d9)
  /* 171: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(S, 171, fsqrt.s, dyn, 0x4027f422, 0x1, 0x40dc60d9)
  /* 172: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(S, 172, fsqrt.s, dyn, 0x4027f421, 0x1, 0x40dc60d9)
  csrwi frm, 0
  /* 173: 1 - 1 (rne) = 0 */
  FT2(S, 173, fsub.s, rne, 0x0, 0x0, 0x3f800000, 0x3f800000)
  /* 174: 1 - 1 (rtz) = 0 */
  FT2(S, 174, fsub.s, rtz, 0x0, 0x0, 0x3f800000, 0x3f800000)
  /* 175: 1 - 1 (rdn) = -0 */
  FT2(S, 175, fsub.s, rdn, 0x80000000, 0x0, 0x3f800000, 0x3f800000)
  /* 176: 1 - 1 (rup) = 0 */
  FT2(S, 176, fsub.s, rup, 0x0, 0x0, 0x3f800000, 0x3f800000)
  /* 177: 1 - 1 (rmm) = 0 */
  FT2(S, 177, fsub.s, rmm, 0x0, 0x0, 0x3f800000, 0x3f800000)
  csrwi fcsr, 0
TEST_END
