/* Single-precision fused multiply-add: fmadd (a*b+c), fmsub (a*b-c), fnmsub (-(a*b)+c),
 * fnmadd (-(a*b)-c). Exact results; a case where the single rounding of the fused operation differs
 * from a separate (rounded) multiply followed by an add; inexact results in every static rounding mode
 * and dyn; the signs of exact-zero results; the invalid rule 0*inf + c (NV and the canonical NaN even
 * when c is a quiet NaN); inf - inf; NaN inputs (canonical NaN result, NV only for signalling NaN).
 * (112 cases; expected values computed from the spec by exact rational
 * arithmetic, confirmed on QEMU.) */
#include "fp_test.h"

TEST_BEGIN
  FP_ON
  /* 1: a*b+c: a=1.5 b=2 c=0.25 -> 3.25, flags 0 */
  FT3(S, 1, fmadd.s, rne, 0x40500000, 0x0, 0x3fc00000, 0x40000000, 0x3e800000)
  /* 2: a*b+c: a=-3 b=4 c=-5 -> -17, flags 0 */
  FT3(S, 2, fmadd.s, rne, 0xc1880000, 0x0, 0xc0400000, 0x40800000, 0xc0a00000)
  /* 3: a*b-c: a=1.5 b=2 c=0.25 -> 2.75, flags 0 */
  FT3(S, 3, fmsub.s, rne, 0x40300000, 0x0, 0x3fc00000, 0x40000000, 0x3e800000)
  /* 4: a*b-c: a=-3 b=4 c=-5 -> -7, flags 0 */
  FT3(S, 4, fmsub.s, rne, 0xc0e00000, 0x0, 0xc0400000, 0x40800000, 0xc0a00000)
  /* 5: -(a*b)+c: a=1.5 b=2 c=0.25 -> -2.75, flags 0 */
  FT3(S, 5, fnmsub.s, rne, 0xc0300000, 0x0, 0x3fc00000, 0x40000000, 0x3e800000)
  /* 6: -(a*b)+c: a=-3 b=4 c=-5 -> 7, flags 0 */
  FT3(S, 6, fnmsub.s, rne, 0x40e00000, 0x0, 0xc0400000, 0x40800000, 0xc0a00000)
  /* 7: -(a*b)-c: a=1.5 b=2 c=0.25 -> -3.25, flags 0 */
  FT3(S, 7, fnmadd.s, rne, 0xc0500000, 0x0, 0x3fc00000, 0x40000000, 0x3e800000)
  /* 8: -(a*b)-c: a=-3 b=4 c=-5 -> 17, flags 0 */
  FT3(S, 8, fnmadd.s, rne, 0x41880000, 0x0, 0xc0400000, 0x40800000, 0xc0a00000)
  /* 9: (1+2^-12)^2 - 1 fused = 0.000488340855 exact; mul then add would give 0.00048828125 */
  FT3(S, 9, fmadd.s, rne, 0x3a000400, 0x0, 0x3f800800, 0x3f800800, 0xbf800000)
  /* same product rounded by fmul first, then fadd: loses the 2^-24 term */
  TEST_CASE(10); LDS(fa0, 0x3f800800); fmul.s fa1, fa0, fa0, rne; LDS(fa3, 0xbf800000); fadd.s fa2, fa1, fa3, rne; CHKS(fa2, 0x3a000000)
  /* 11: -(1+2^-12)^2 + 1 fused */
  FT3(S, 11, fnmsub.s, rne, 0xba000400, 0x0, 0x3f800800, 0x3f800800, 0x3f800000)
  /* 12: fmadd(8.4299202, 0.506673276, -0.39328748) [lo, rne] */
  FT3(S, 12, fmadd.s, rne, 0x40782ff8, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  FT3(S, 13, fmadd.s, rtz, 0x40782ff8, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  FT3(S, 14, fmadd.s, rdn, 0x40782ff8, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  FT3(S, 15, fmadd.s, rup, 0x40782ff9, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  FT3(S, 16, fmadd.s, rmm, 0x40782ff8, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  /* 17: dyn, frm=0 */
  csrwi frm, 0; FT3(S, 17, fmadd.s, dyn, 0x40782ff8, 0x1, 0x4106e0f4, 0x3f01b557, 0xbec95cfa)
  csrwi frm, 0
  /* 18: fmadd(-2.74331331, 0.157467261, 0.200331658) [hi, rne] */
  FT3(S, 18, fmadd.s, rne, 0xbe6d35c2, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  FT3(S, 19, fmadd.s, rtz, 0xbe6d35c1, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  FT3(S, 20, fmadd.s, rdn, 0xbe6d35c2, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  FT3(S, 21, fmadd.s, rup, 0xbe6d35c1, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  FT3(S, 22, fmadd.s, rmm, 0xbe6d35c2, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  /* 23: dyn, frm=1 */
  csrwi frm, 1; FT3(S, 23, fmadd.s, dyn, 0xbe6d35c1, 0x1, 0xc02f9272, 0x3e213f19, 0x3e4d23be)
  csrwi frm, 0
  /* 24: fmadd(0.681884766, -1.05444336, 2.70361328) [tie, rne] */
  FT3(S, 24, fmadd.s, rne, 0x3ffe0784, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  FT3(S, 25, fmadd.s, rtz, 0x3ffe0784, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  FT3(S, 26, fmadd.s, rdn, 0x3ffe0784, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  FT3(S, 27, fmadd.s, rup, 0x3ffe0785, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  FT3(S, 28, fmadd.s, rmm, 0x3ffe0785, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  /* 29: dyn, frm=1 */
  csrwi frm, 1; FT3(S, 29, fmadd.s, dyn, 0x3ffe0784, 0x1, 0x3f2e9000, 0xbf86f800, 0x402d0800)
  csrwi frm, 0
  /* 30: fmsub(-11.0072117, -2.72734141, -2.8342135) [lo, rne] */
  FT3(S, 30, fmsub.s, rne, 0x42036b26, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  FT3(S, 31, fmsub.s, rtz, 0x42036b26, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  FT3(S, 32, fmsub.s, rdn, 0x42036b26, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  FT3(S, 33, fmsub.s, rup, 0x42036b27, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  FT3(S, 34, fmsub.s, rmm, 0x42036b26, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  /* 35: dyn, frm=3 */
  csrwi frm, 3; FT3(S, 35, fmsub.s, dyn, 0x42036b27, 0x1, 0xc1301d8a, 0xc02e8cc3, 0xc03563c1)
  csrwi frm, 0
  /* 36: fmsub(-1.61302447, 1.84858346, 0.324951053) [hi, rne] */
  FT3(S, 36, fmsub.s, rne, 0xc053a1fb, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  FT3(S, 37, fmsub.s, rtz, 0xc053a1fa, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  FT3(S, 38, fmsub.s, rdn, 0xc053a1fb, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  FT3(S, 39, fmsub.s, rup, 0xc053a1fa, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  FT3(S, 40, fmsub.s, rmm, 0xc053a1fb, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  /* 41: dyn, frm=2 */
  csrwi frm, 2; FT3(S, 41, fmsub.s, dyn, 0xc053a1fb, 0x1, 0xbfce7796, 0x3fec9e62, 0x3ea65ffc)
  csrwi frm, 0
  /* 42: fmsub(-1.62084961, 0.445800781, -3.75244141) [tie, rne] */
  FT3(S, 42, fmsub.s, rne, 0x4041e950, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  FT3(S, 43, fmsub.s, rtz, 0x4041e950, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  FT3(S, 44, fmsub.s, rdn, 0x4041e950, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  FT3(S, 45, fmsub.s, rup, 0x4041e951, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  FT3(S, 46, fmsub.s, rmm, 0x4041e951, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  /* 47: dyn, frm=1 */
  csrwi frm, 1; FT3(S, 47, fmsub.s, dyn, 0x4041e950, 0x1, 0xbfcf7800, 0x3ee44000, 0xc0702800)
  csrwi frm, 0
  /* 48: fnmsub(-2.8439641, 0.273581028, 0.183319613) [lo, rne] */
  FT3(S, 48, fnmsub.s, rne, 0x3f761c9f, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  FT3(S, 49, fnmsub.s, rtz, 0x3f761c9f, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  FT3(S, 50, fnmsub.s, rdn, 0x3f761c9f, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  FT3(S, 51, fnmsub.s, rup, 0x3f761ca0, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  FT3(S, 52, fnmsub.s, rmm, 0x3f761c9f, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  /* 53: dyn, frm=0 */
  csrwi frm, 0; FT3(S, 53, fnmsub.s, dyn, 0x3f761c9f, 0x1, 0xc0360382, 0x3e8c12d0, 0x3e3bb823)
  csrwi frm, 0
  /* 54: fnmsub(0.756176829, -3.01143408, -4.01827526) [hi, rne] */
  FT3(S, 54, fnmsub.s, rne, 0xbfdedc52, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  FT3(S, 55, fnmsub.s, rtz, 0xbfdedc51, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  FT3(S, 56, fnmsub.s, rdn, 0xbfdedc52, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  FT3(S, 57, fnmsub.s, rup, 0xbfdedc51, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  FT3(S, 58, fnmsub.s, rmm, 0xbfdedc52, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  /* 59: dyn, frm=4 */
  csrwi frm, 4; FT3(S, 59, fnmsub.s, dyn, 0xbfdedc52, 0x1, 0x3f4194ce, 0xc040bb56, 0xc08095b6)
  csrwi frm, 0
  /* 60: fnmsub(1.36376953, -2.40869141, 3.83789062) [tie, rne] */
  FT3(S, 60, fnmsub.s, rne, 0x40e3ede6, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  FT3(S, 61, fnmsub.s, rtz, 0x40e3ede6, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  FT3(S, 62, fnmsub.s, rdn, 0x40e3ede6, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  FT3(S, 63, fnmsub.s, rup, 0x40e3ede7, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  FT3(S, 64, fnmsub.s, rmm, 0x40e3ede7, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  /* 65: dyn, frm=3 */
  csrwi frm, 3; FT3(S, 65, fnmsub.s, dyn, 0x40e3ede7, 0x1, 0x3fae9000, 0xc01a2800, 0x4075a000)
  csrwi frm, 0
  /* 66: fnmadd(0.598508835, -0.311306775, -7.47685528) [lo, rne] */
  FT3(S, 66, fnmadd.s, rne, 0x40f538bb, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  FT3(S, 67, fnmadd.s, rtz, 0x40f538bb, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  FT3(S, 68, fnmadd.s, rdn, 0x40f538bb, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  FT3(S, 69, fnmadd.s, rup, 0x40f538bc, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  FT3(S, 70, fnmadd.s, rmm, 0x40f538bb, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  /* 71: dyn, frm=1 */
  csrwi frm, 1; FT3(S, 71, fnmadd.s, dyn, 0x40f538bb, 0x1, 0x3f1937e0, 0xbe9f639a, 0xc0ef4266)
  csrwi frm, 0
  /* 72: fnmadd(0.436027437, -0.774923146, 23.1167164) [hi, rne] */
  FT3(S, 72, fnmadd.s, rne, 0xc1b63b0b, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  FT3(S, 73, fnmadd.s, rtz, 0xc1b63b0a, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  FT3(S, 74, fnmadd.s, rdn, 0xc1b63b0b, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  FT3(S, 75, fnmadd.s, rup, 0xc1b63b0a, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  FT3(S, 76, fnmadd.s, rmm, 0xc1b63b0b, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  /* 77: dyn, frm=2 */
  csrwi frm, 2; FT3(S, 77, fnmadd.s, dyn, 0xc1b63b0b, 0x1, 0x3edf3efd, 0xbf46615d, 0x41b8ef09)
  csrwi frm, 0
  /* 78: fnmadd(-3.77392578, 4.09472656, 4.56542969) [tie, rne] */
  FT3(S, 78, fnmadd.s, rne, 0x412e3448, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  FT3(S, 79, fnmadd.s, rtz, 0x412e3448, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  FT3(S, 80, fnmadd.s, rdn, 0x412e3448, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  FT3(S, 81, fnmadd.s, rup, 0x412e3449, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  FT3(S, 82, fnmadd.s, rmm, 0x412e3449, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  /* 83: dyn, frm=3 */
  csrwi frm, 3; FT3(S, 83, fnmadd.s, dyn, 0x412e3449, 0x1, 0xc0718800, 0x40830800, 0x40921800)
  csrwi frm, 0
  /* 84: a*b+c: a=1 b=1 c=-1 -> 0, flags 0 */
  FT3(S, 84, fmadd.s, rne, 0x0, 0x0, 0x3f800000, 0x3f800000, 0xbf800000)
  /* 85: a*b+c: a=1 b=1 c=-1 -> -0, flags 0 */
  FT3(S, 85, fmadd.s, rdn, 0x80000000, 0x0, 0x3f800000, 0x3f800000, 0xbf800000)
  /* 86: a*b-c: a=1 b=1 c=1 -> 0, flags 0 */
  FT3(S, 86, fmsub.s, rne, 0x0, 0x0, 0x3f800000, 0x3f800000, 0x3f800000)
  /* 87: a*b-c: a=1 b=1 c=1 -> -0, flags 0 */
  FT3(S, 87, fmsub.s, rdn, 0x80000000, 0x0, 0x3f800000, 0x3f800000, 0x3f800000)
  /* 88: -(a*b)+c: a=1 b=1 c=1 -> 0, flags 0 */
  FT3(S, 88, fnmsub.s, rne, 0x0, 0x0, 0x3f800000, 0x3f800000, 0x3f800000)
  /* 89: -(a*b)+c: a=1 b=1 c=1 -> -0, flags 0 */
  FT3(S, 89, fnmsub.s, rdn, 0x80000000, 0x0, 0x3f800000, 0x3f800000, 0x3f800000)
  /* 90: -(a*b)-c: a=1 b=1 c=-1 -> 0, flags 0 */
  FT3(S, 90, fnmadd.s, rne, 0x0, 0x0, 0x3f800000, 0x3f800000, 0xbf800000)
  /* 91: -(a*b)-c: a=1 b=1 c=-1 -> -0, flags 0 */
  FT3(S, 91, fnmadd.s, rdn, 0x80000000, 0x0, 0x3f800000, 0x3f800000, 0xbf800000)
  /* 92: a*b+c: a=-0 b=1 c=-0 -> -0, flags 0 */
  FT3(S, 92, fmadd.s, rne, 0x80000000, 0x0, 0x80000000, 0x3f800000, 0x80000000)
  /* 93: a*b+c: a=-0 b=1 c=0 -> 0, flags 0 */
  FT3(S, 93, fmadd.s, rne, 0x0, 0x0, 0x80000000, 0x3f800000, 0x0)
  /* 94: -(a*b)-c: a=0 b=1 c=0 -> -0, flags 0 */
  FT3(S, 94, fnmadd.s, rne, 0x80000000, 0x0, 0x0, 0x3f800000, 0x0)
  /* 95: 0*inf + qNaN: NV, canonical NaN */
  FT3(S, 95, fmadd.s, rne, 0x7fc00000, 0x10, 0x0, 0x7f800000, 0x7fc00000)
  /* 96: inf*-0 + qNaN(payload): NV, canonical NaN */
  FT3(S, 96, fmadd.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0x80000000, 0x7fc12345)
  /* 97: -(0*-inf)+1: NV */
  FT3(S, 97, fnmsub.s, rne, 0x7fc00000, 0x10, 0x0, 0xff800000, 0x3f800000)
  /* 98: 0*inf - sNaN: NV */
  FT3(S, 98, fmsub.s, rne, 0x7fc00000, 0x10, 0x0, 0x7f800000, 0x7f800001)
  /* 99: inf*1 + -inf: NV */
  FT3(S, 99, fmadd.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0x3f800000, 0xff800000)
  /* 100: inf*1 - inf: NV */
  FT3(S, 100, fmsub.s, rne, 0x7fc00000, 0x10, 0x7f800000, 0x3f800000, 0x7f800000)
  /* 101: a*b+c: a=+inf b=2 c=+inf -> +inf, flags 0 */
  FT3(S, 101, fmadd.s, rne, 0x7f800000, 0x0, 0x7f800000, 0x40000000, 0x7f800000)
  /* 102: -(a*b)-c: a=+inf b=2 c=1 -> -inf, flags 0 */
  FT3(S, 102, fnmadd.s, rne, 0xff800000, 0x0, 0x7f800000, 0x40000000, 0x3f800000)
  /* 103: a*b+c: a=1 b=2 c=-inf -> -inf, flags 0 */
  FT3(S, 103, fmadd.s, rne, 0xff800000, 0x0, 0x3f800000, 0x40000000, 0xff800000)
  /* 104: qNaN operand: canonical NaN, no flag */
  FT3(S, 104, fmadd.s, rne, 0x7fc00000, 0x0, 0x7fc12345, 0x3f800000, 0x3f800000)
  /* 105: a*b+c: a=1 b=-qNaN c=1 -> qNaN, flags 0 */
  FT3(S, 105, fmadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0xffc00000, 0x3f800000)
  /* 106: a*b+c: a=1 b=1 c=qNaN -> qNaN, flags 0 */
  FT3(S, 106, fmadd.s, rne, 0x7fc00000, 0x0, 0x3f800000, 0x3f800000, 0x7fc12345)
  /* 107: sNaN operand: NV */
  FT3(S, 107, fmadd.s, rne, 0x7fc00000, 0x10, 0x7f800001, 0x3f800000, 0x3f800000)
  /* 108: -(a*b)-c: a=1 b=-sNaN c=1 -> qNaN, flags NV */
  FT3(S, 108, fnmadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0xff812345, 0x3f800000)
  /* 109: a*b+c: a=1 b=1 c=sNaN -> qNaN, flags NV */
  FT3(S, 109, fmadd.s, rne, 0x7fc00000, 0x10, 0x3f800000, 0x3f800000, 0x7f800001)
  /* 110: max*2 - max = max exactly (no overflow from the intermediate product) */
  FT3(S, 110, fmadd.s, rne, 0x7f7fffff, 0x0, 0x7f7fffff, 0x40000000, 0xff7fffff)
  /* 111: overflow */
  FT3(S, 111, fmadd.s, rne, 0x7f800000, 0x5, 0x7f7fffff, 0x40000000, 0x3f800000)
  /* 112: a*b+c: a=3.40282347e+38 b=2 c=1 -> 3.40282347e+38, flags OF|NX */
  FT3(S, 112, fmadd.s, rtz, 0x7f7fffff, 0x5, 0x7f7fffff, 0x40000000, 0x3f800000)
  csrwi fcsr, 0
TEST_END
