/* Double-precision fadd/fsub/fmul/fdiv/fsqrt: exact results (no flags), signed-zero
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
  FT2(D, 1, fadd.d, rne, 0x400e000000000000, 0x0, 0x3ff8000000000000, 0x4002000000000000)
  /* 2: -1.5 + 0.25 = -1.25 */
  FT2(D, 2, fadd.d, rne, 0xbff4000000000000, 0x0, 0xbff8000000000000, 0x3fd0000000000000)
  /* 3: 1 + -1 = 0 */
  FT2(D, 3, fadd.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000)
  /* 4: -0 + -0 = -0 */
  FT2(D, 4, fadd.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000, 0x8000000000000000)
  /* 5: 1048576 + -0.125 = 1048575.875 */
  FT2(D, 5, fadd.d, rne, 0x412fffffc0000000, 0x0, 0x4130000000000000, 0xbfc0000000000000)
  /* 6: 0.850269816416233 + 0.35940003378165725 [lo, rne] */
  FT2(D, 6, fadd.d, rne, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 7: 0.850269816416233 + 0.35940003378165725 [lo, rtz] */
  FT2(D, 7, fadd.d, rtz, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 8: 0.850269816416233 + 0.35940003378165725 [lo, rdn] */
  FT2(D, 8, fadd.d, rdn, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 9: 0.850269816416233 + 0.35940003378165725 [lo, rup] */
  FT2(D, 9, fadd.d, rup, 0x3ff35acec5d8ea1f, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 10: 0.850269816416233 + 0.35940003378165725 [lo, rmm] */
  FT2(D, 10, fadd.d, rmm, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 11: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 11, fadd.d, dyn, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 12: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 12, fadd.d, dyn, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 13: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 13, fadd.d, dyn, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 14: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 14, fadd.d, dyn, 0x3ff35acec5d8ea1f, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  /* 15: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 15, fadd.d, dyn, 0x3ff35acec5d8ea1e, 0x1, 0x3feb35690bc9139e, 0x3fd70068ffd1813d)
  csrwi frm, 0
  /* 16: -7.6094747771903322 + -0.91081869531797399 [hi, rne] */
  FT2(D, 16, fadd.d, rne, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 17: -7.6094747771903322 + -0.91081869531797399 [hi, rtz] */
  FT2(D, 17, fadd.d, rtz, 0xc0210a63e7f17dab, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 18: -7.6094747771903322 + -0.91081869531797399 [hi, rdn] */
  FT2(D, 18, fadd.d, rdn, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 19: -7.6094747771903322 + -0.91081869531797399 [hi, rup] */
  FT2(D, 19, fadd.d, rup, 0xc0210a63e7f17dab, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 20: -7.6094747771903322 + -0.91081869531797399 [hi, rmm] */
  FT2(D, 20, fadd.d, rmm, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 21: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 21, fadd.d, dyn, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 22: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 22, fadd.d, dyn, 0xc0210a63e7f17dab, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 23: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 23, fadd.d, dyn, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 24: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 24, fadd.d, dyn, 0xc0210a63e7f17dab, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  /* 25: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 25, fadd.d, dyn, 0xc0210a63e7f17dac, 0x1, 0xc01e701a27ef13d4, 0xbfed256d3f9f3c1a)
  csrwi frm, 0
  /* 26: 11.603835561903889 + -2.6645352591003757e-15 [tie, rne] */
  FT2(D, 26, fadd.d, rne, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 27: 11.603835561903889 + -2.6645352591003757e-15 [tie, rtz] */
  FT2(D, 27, fadd.d, rtz, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 28: 11.603835561903889 + -2.6645352591003757e-15 [tie, rdn] */
  FT2(D, 28, fadd.d, rdn, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 29: 11.603835561903889 + -2.6645352591003757e-15 [tie, rup] */
  FT2(D, 29, fadd.d, rup, 0x40273529ef4d13f5, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 30: 11.603835561903889 + -2.6645352591003757e-15 [tie, rmm] */
  FT2(D, 30, fadd.d, rmm, 0x40273529ef4d13f5, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 31: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 31, fadd.d, dyn, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 32: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 32, fadd.d, dyn, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 33: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 33, fadd.d, dyn, 0x40273529ef4d13f4, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 34: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 34, fadd.d, dyn, 0x40273529ef4d13f5, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  /* 35: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 35, fadd.d, dyn, 0x40273529ef4d13f5, 0x1, 0x40273529ef4d13f6, 0xbce8000000000000)
  csrwi frm, 0
  /* 36: 1.5 - 2.25 = -0.75 */
  FT2(D, 36, fsub.d, rne, 0xbfe8000000000000, 0x0, 0x3ff8000000000000, 0x4002000000000000)
  /* 37: -1.5 - -0.25 = -1.25 */
  FT2(D, 37, fsub.d, rne, 0xbff4000000000000, 0x0, 0xbff8000000000000, 0xbfd0000000000000)
  /* 38: 3 - 3 = 0 */
  FT2(D, 38, fsub.d, rne, 0x0, 0x0, 0x4008000000000000, 0x4008000000000000)
  /* 39: -0 - 0 = -0 */
  FT2(D, 39, fsub.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000, 0x0)
  /* 40: 1024 - 0.5 = 1023.5 */
  FT2(D, 40, fsub.d, rne, 0x408ffc0000000000, 0x0, 0x4090000000000000, 0x3fe0000000000000)
  /* 41: 27.725572159349582 - -0.48077298375199179 [lo, rne] */
  FT2(D, 41, fsub.d, rne, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 42: 27.725572159349582 - -0.48077298375199179 [lo, rtz] */
  FT2(D, 42, fsub.d, rtz, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 43: 27.725572159349582 - -0.48077298375199179 [lo, rdn] */
  FT2(D, 43, fsub.d, rdn, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 44: 27.725572159349582 - -0.48077298375199179 [lo, rup] */
  FT2(D, 44, fsub.d, rup, 0x403c34d309094f49, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 45: 27.725572159349582 - -0.48077298375199179 [lo, rmm] */
  FT2(D, 45, fsub.d, rmm, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 46: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 46, fsub.d, dyn, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 47: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 47, fsub.d, dyn, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 48: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 48, fsub.d, dyn, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 49: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 49, fsub.d, dyn, 0x403c34d309094f49, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  /* 50: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 50, fsub.d, dyn, 0x403c34d309094f48, 0x1, 0x403bb9bf18d74b68, 0xbfdec4fc0c80f81f)
  csrwi frm, 0
  /* 51: -29.224797721753617 - 13.170285301764187 [hi, rne] */
  FT2(D, 51, fsub.d, rne, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 52: -29.224797721753617 - 13.170285301764187 [hi, rtz] */
  FT2(D, 52, fsub.d, rtz, 0xc0453292149c9b5c, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 53: -29.224797721753617 - 13.170285301764187 [hi, rdn] */
  FT2(D, 53, fsub.d, rdn, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 54: -29.224797721753617 - 13.170285301764187 [hi, rup] */
  FT2(D, 54, fsub.d, rup, 0xc0453292149c9b5c, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 55: -29.224797721753617 - 13.170285301764187 [hi, rmm] */
  FT2(D, 55, fsub.d, rmm, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 56: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 56, fsub.d, dyn, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 57: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 57, fsub.d, dyn, 0xc0453292149c9b5c, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 58: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 58, fsub.d, dyn, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 59: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 59, fsub.d, dyn, 0xc0453292149c9b5c, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  /* 60: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 60, fsub.d, dyn, 0xc0453292149c9b5d, 0x1, 0xc03d398c57ef25a8, 0x402a572fa2942223)
  csrwi frm, 0
  /* 61: 1.0449760056038406 - 3.3306690738754696e-16 [tie, rne] */
  FT2(D, 61, fsub.d, rne, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 62: 1.0449760056038406 - 3.3306690738754696e-16 [tie, rtz] */
  FT2(D, 62, fsub.d, rtz, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 63: 1.0449760056038406 - 3.3306690738754696e-16 [tie, rdn] */
  FT2(D, 63, fsub.d, rdn, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 64: 1.0449760056038406 - 3.3306690738754696e-16 [tie, rup] */
  FT2(D, 64, fsub.d, rup, 0x3ff0b838c292c575, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 65: 1.0449760056038406 - 3.3306690738754696e-16 [tie, rmm] */
  FT2(D, 65, fsub.d, rmm, 0x3ff0b838c292c575, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 66: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 66, fsub.d, dyn, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 67: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 67, fsub.d, dyn, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 68: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 68, fsub.d, dyn, 0x3ff0b838c292c574, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 69: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 69, fsub.d, dyn, 0x3ff0b838c292c575, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  /* 70: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 70, fsub.d, dyn, 0x3ff0b838c292c575, 0x1, 0x3ff0b838c292c576, 0x3cb8000000000000)
  csrwi frm, 0
  /* 71: 1.5 * 2.25 = 3.375 */
  FT2(D, 71, fmul.d, rne, 0x400b000000000000, 0x0, 0x3ff8000000000000, 0x4002000000000000)
  /* 72: -3 * 0.125 = -0.375 */
  FT2(D, 72, fmul.d, rne, 0xbfd8000000000000, 0x0, 0xc008000000000000, 0x3fc0000000000000)
  /* 73: -0 * 5 = -0 */
  FT2(D, 73, fmul.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000, 0x4014000000000000)
  /* 74: -7 * -9 = 63 */
  FT2(D, 74, fmul.d, rne, 0x404f800000000000, 0x0, 0xc01c000000000000, 0xc022000000000000)
  /* 75: -1.4574835139953637 * -0.16913160518847453 [lo, rne] */
  FT2(D, 75, fmul.d, rne, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 76: -1.4574835139953637 * -0.16913160518847453 [lo, rtz] */
  FT2(D, 76, fmul.d, rtz, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 77: -1.4574835139953637 * -0.16913160518847453 [lo, rdn] */
  FT2(D, 77, fmul.d, rdn, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 78: -1.4574835139953637 * -0.16913160518847453 [lo, rup] */
  FT2(D, 78, fmul.d, rup, 0x3fcf8d869e438be0, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 79: -1.4574835139953637 * -0.16913160518847453 [lo, rmm] */
  FT2(D, 79, fmul.d, rmm, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 80: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 80, fmul.d, dyn, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 81: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 81, fmul.d, dyn, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 82: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 82, fmul.d, dyn, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 83: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 83, fmul.d, dyn, 0x3fcf8d869e438be0, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  /* 84: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 84, fmul.d, dyn, 0x3fcf8d869e438bdf, 0x1, 0xbff751da3bb11ba1, 0xbfc5a61abc8092de)
  csrwi frm, 0
  /* 85: -20.347002238297609 * 5.8178581780386196 [hi, rne] */
  FT2(D, 85, fmul.d, rne, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 86: -20.347002238297609 * 5.8178581780386196 [hi, rtz] */
  FT2(D, 86, fmul.d, rtz, 0xc05d980ff29cc6e8, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 87: -20.347002238297609 * 5.8178581780386196 [hi, rdn] */
  FT2(D, 87, fmul.d, rdn, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 88: -20.347002238297609 * 5.8178581780386196 [hi, rup] */
  FT2(D, 88, fmul.d, rup, 0xc05d980ff29cc6e8, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 89: -20.347002238297609 * 5.8178581780386196 [hi, rmm] */
  FT2(D, 89, fmul.d, rmm, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 90: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 90, fmul.d, dyn, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 91: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 91, fmul.d, dyn, 0xc05d980ff29cc6e8, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 92: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 92, fmul.d, dyn, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 93: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 93, fmul.d, dyn, 0xc05d980ff29cc6e8, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  /* 94: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 94, fmul.d, dyn, 0xc05d980ff29cc6e9, 0x1, 0xc03458d523812085, 0x4017457c9d3dc4a0)
  csrwi frm, 0
  /* 95: -3.6245204508304596 * -2.4003788530826569 [tie, rne] */
  FT2(D, 95, fmul.d, rne, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 96: -3.6245204508304596 * -2.4003788530826569 [tie, rtz] */
  FT2(D, 96, fmul.d, rtz, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 97: -3.6245204508304596 * -2.4003788530826569 [tie, rdn] */
  FT2(D, 97, fmul.d, rdn, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 98: -3.6245204508304596 * -2.4003788530826569 [tie, rup] */
  FT2(D, 98, fmul.d, rup, 0x4021668387a0fdf5, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 99: -3.6245204508304596 * -2.4003788530826569 [tie, rmm] */
  FT2(D, 99, fmul.d, rmm, 0x4021668387a0fdf5, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 100: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 100, fmul.d, dyn, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 101: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 101, fmul.d, dyn, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 102: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 102, fmul.d, dyn, 0x4021668387a0fdf4, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 103: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 103, fmul.d, dyn, 0x4021668387a0fdf5, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  /* 104: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 104, fmul.d, dyn, 0x4021668387a0fdf5, 0x1, 0xc00cff0494000000, 0xc00333f9d4000000)
  csrwi frm, 0
  /* 105: 7.5 / 2.5 = 3 */
  FT2(D, 105, fdiv.d, rne, 0x4008000000000000, 0x0, 0x401e000000000000, 0x4004000000000000)
  /* 106: -1 / 8 = -0.125 */
  FT2(D, 106, fdiv.d, rne, 0xbfc0000000000000, 0x0, 0xbff0000000000000, 0x4020000000000000)
  /* 107: -0 / 3 = -0 */
  FT2(D, 107, fdiv.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000, 0x4008000000000000)
  /* 108: 100 / -0.25 = -400 */
  FT2(D, 108, fdiv.d, rne, 0xc079000000000000, 0x0, 0x4059000000000000, 0xbfd0000000000000)
  /* 109: 0.95513096758019311 / 0.82591547064800064 [lo, rne] */
  FT2(D, 109, fdiv.d, rne, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 110: 0.95513096758019311 / 0.82591547064800064 [lo, rtz] */
  FT2(D, 110, fdiv.d, rtz, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 111: 0.95513096758019311 / 0.82591547064800064 [lo, rdn] */
  FT2(D, 111, fdiv.d, rdn, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 112: 0.95513096758019311 / 0.82591547064800064 [lo, rup] */
  FT2(D, 112, fdiv.d, rup, 0x3ff280d3031c57f3, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 113: 0.95513096758019311 / 0.82591547064800064 [lo, rmm] */
  FT2(D, 113, fdiv.d, rmm, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 114: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 114, fdiv.d, dyn, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 115: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 115, fdiv.d, dyn, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 116: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 116, fdiv.d, dyn, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 117: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 117, fdiv.d, dyn, 0x3ff280d3031c57f3, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  /* 118: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 118, fdiv.d, dyn, 0x3ff280d3031c57f2, 0x1, 0x3fee906ed1a4eba6, 0x3fea6de647f6320f)
  csrwi frm, 0
  /* 119: 5.988336566760351 / -18.653045813876851 [hi, rne] */
  FT2(D, 119, fdiv.d, rne, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 120: 5.988336566760351 / -18.653045813876851 [hi, rtz] */
  FT2(D, 120, fdiv.d, rtz, 0xbfd48be2fa4528fe, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 121: 5.988336566760351 / -18.653045813876851 [hi, rdn] */
  FT2(D, 121, fdiv.d, rdn, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 122: 5.988336566760351 / -18.653045813876851 [hi, rup] */
  FT2(D, 122, fdiv.d, rup, 0xbfd48be2fa4528fe, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 123: 5.988336566760351 / -18.653045813876851 [hi, rmm] */
  FT2(D, 123, fdiv.d, rmm, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 124: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 124, fdiv.d, dyn, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 125: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 125, fdiv.d, dyn, 0xbfd48be2fa4528fe, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 126: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 126, fdiv.d, dyn, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 127: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 127, fdiv.d, dyn, 0xbfd48be2fa4528fe, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  /* 128: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 128, fdiv.d, dyn, 0xbfd48be2fa4528ff, 0x1, 0x4017f40e803eb4de, 0xc032a72e02ad640a)
  csrwi frm, 0
  /* 129: 2.3483771912561098 / 2.1544233862603774 [hi, rne] */
  FT2(D, 129, fdiv.d, rne, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 130: 2.3483771912561098 / 2.1544233862603774 [hi, rtz] */
  FT2(D, 130, fdiv.d, rtz, 0x3ff170bef32441e9, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 131: 2.3483771912561098 / 2.1544233862603774 [hi, rdn] */
  FT2(D, 131, fdiv.d, rdn, 0x3ff170bef32441e9, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 132: 2.3483771912561098 / 2.1544233862603774 [hi, rup] */
  FT2(D, 132, fdiv.d, rup, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 133: 2.3483771912561098 / 2.1544233862603774 [hi, rmm] */
  FT2(D, 133, fdiv.d, rmm, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 134: dyn, frm=0 (rne) */
  csrwi frm, 0; FT2(D, 134, fdiv.d, dyn, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 135: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT2(D, 135, fdiv.d, dyn, 0x3ff170bef32441e9, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 136: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT2(D, 136, fdiv.d, dyn, 0x3ff170bef32441e9, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 137: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT2(D, 137, fdiv.d, dyn, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  /* 138: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT2(D, 138, fdiv.d, dyn, 0x3ff170bef32441ea, 0x1, 0x4002c979fb18f04a, 0x40013c42540dcea3)
  csrwi frm, 0
  /* 139: sqrt(2.25) = 1.5 */
  FT1(D, 139, fsqrt.d, rne, 0x3ff8000000000000, 0x0, 0x4002000000000000)
  /* 140: sqrt(0.0625) = 0.25 */
  FT1(D, 140, fsqrt.d, rne, 0x3fd0000000000000, 0x0, 0x3fb0000000000000)
  /* 141: sqrt(-0) = -0 */
  FT1(D, 141, fsqrt.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000)
  /* 142: sqrt(1048576) = 1024 */
  FT1(D, 142, fsqrt.d, rne, 0x4090000000000000, 0x0, 0x4130000000000000)
  /* 143: sqrt(16.483906862687387) [lo, rne] */
  FT1(D, 143, fsqrt.d, rne, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 144: sqrt(16.483906862687387) [lo, rtz] */
  FT1(D, 144, fsqrt.d, rtz, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 145: sqrt(16.483906862687387) [lo, rdn] */
  FT1(D, 145, fsqrt.d, rdn, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 146: sqrt(16.483906862687387) [lo, rup] */
  FT1(D, 146, fsqrt.d, rup, 0x40103d7a8beff66d, 0x1, 0x40307be151f58d63)
  /* 147: sqrt(16.483906862687387) [lo, rmm] */
  FT1(D, 147, fsqrt.d, rmm, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 148: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(D, 148, fsqrt.d, dyn, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 149: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(D, 149, fsqrt.d, dyn, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 150: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(D, 150, fsqrt.d, dyn, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  /* 151: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(D, 151, fsqrt.d, dyn, 0x40103d7a8beff66d, 0x1, 0x40307be151f58d63)
  /* 152: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(D, 152, fsqrt.d, dyn, 0x40103d7a8beff66c, 0x1, 0x40307be151f58d63)
  csrwi frm, 0
  /* 153: sqrt(1.6666940907458323) [hi, rne] */
  FT1(D, 153, fsqrt.d, rne, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  /* 154: sqrt(1.6666940907458323) [hi, rtz] */
  FT1(D, 154, fsqrt.d, rtz, 0x3ff4a7f4eea964e6, 0x1, 0x3ffaaac76c430972)
  /* 155: sqrt(1.6666940907458323) [hi, rdn] */
  FT1(D, 155, fsqrt.d, rdn, 0x3ff4a7f4eea964e6, 0x1, 0x3ffaaac76c430972)
  /* 156: sqrt(1.6666940907458323) [hi, rup] */
  FT1(D, 156, fsqrt.d, rup, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  /* 157: sqrt(1.6666940907458323) [hi, rmm] */
  FT1(D, 157, fsqrt.d, rmm, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  /* 158: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(D, 158, fsqrt.d, dyn, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  /* 159: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(D, 159, fsqrt.d, dyn, 0x3ff4a7f4eea964e6, 0x1, 0x3ffaaac76c430972)
  /* 160: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(D, 160, fsqrt.d, dyn, 0x3ff4a7f4eea964e6, 0x1, 0x3ffaaac76c430972)
  /* 161: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(D, 161, fsqrt.d, dyn, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  /* 162: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(D, 162, fsqrt.d, dyn, 0x3ff4a7f4eea964e7, 0x1, 0x3ffaaac76c430972)
  csrwi frm, 0
  /* 163: sqrt(3.6642727803632344) [lo, rne] */
  FT1(D, 163, fsqrt.d, rne, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 164: sqrt(3.6642727803632344) [lo, rtz] */
  FT1(D, 164, fsqrt.d, rtz, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 165: sqrt(3.6642727803632344) [lo, rdn] */
  FT1(D, 165, fsqrt.d, rdn, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 166: sqrt(3.6642727803632344) [lo, rup] */
  FT1(D, 166, fsqrt.d, rup, 0x3ffea0ae9ea1a3d3, 0x1, 0x400d506e3f5a43c1)
  /* 167: sqrt(3.6642727803632344) [lo, rmm] */
  FT1(D, 167, fsqrt.d, rmm, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 168: dyn, frm=0 (rne) */
  csrwi frm, 0; FT1(D, 168, fsqrt.d, dyn, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 169: dyn, frm=1 (rtz) */
  li t0, 1 << 5; csrw fcsr, t0; FT1(D, 169, fsqrt.d, dyn, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 170: dyn, frm=2 (rdn) */
  csrwi frm, 2; FT1(D, 170, fsqrt.d, dyn, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  /* 171: dyn, frm=3 (rup) */
  li t0, 3 << 5; csrw fcsr, t0; FT1(D, 171, fsqrt.d, dyn, 0x3ffea0ae9ea1a3d3, 0x1, 0x400d506e3f5a43c1)
  /* 172: dyn, frm=4 (rmm) */
  csrwi frm, 4; FT1(D, 172, fsqrt.d, dyn, 0x3ffea0ae9ea1a3d2, 0x1, 0x400d506e3f5a43c1)
  csrwi frm, 0
  /* 173: 1 - 1 (rne) = 0 */
  FT2(D, 173, fsub.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 174: 1 - 1 (rtz) = 0 */
  FT2(D, 174, fsub.d, rtz, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 175: 1 - 1 (rdn) = -0 */
  FT2(D, 175, fsub.d, rdn, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 176: 1 - 1 (rup) = 0 */
  FT2(D, 176, fsub.d, rup, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 177: 1 - 1 (rmm) = 0 */
  FT2(D, 177, fsub.d, rmm, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000)
  csrwi fcsr, 0
TEST_END
