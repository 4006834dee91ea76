/* Double-precision fused multiply-add: fmadd (a*b+c), fmsub (a*b-c), fnmsub (-(a*b)+c),
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
  FT3(D, 1, fmadd.d, rne, 0x400a000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000)
  /* 2: a*b+c: a=-3 b=4 c=-5 -> -17, flags 0 */
  FT3(D, 2, fmadd.d, rne, 0xc031000000000000, 0x0, 0xc008000000000000, 0x4010000000000000, 0xc014000000000000)
  /* 3: a*b-c: a=1.5 b=2 c=0.25 -> 2.75, flags 0 */
  FT3(D, 3, fmsub.d, rne, 0x4006000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000)
  /* 4: a*b-c: a=-3 b=4 c=-5 -> -7, flags 0 */
  FT3(D, 4, fmsub.d, rne, 0xc01c000000000000, 0x0, 0xc008000000000000, 0x4010000000000000, 0xc014000000000000)
  /* 5: -(a*b)+c: a=1.5 b=2 c=0.25 -> -2.75, flags 0 */
  FT3(D, 5, fnmsub.d, rne, 0xc006000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000)
  /* 6: -(a*b)+c: a=-3 b=4 c=-5 -> 7, flags 0 */
  FT3(D, 6, fnmsub.d, rne, 0x401c000000000000, 0x0, 0xc008000000000000, 0x4010000000000000, 0xc014000000000000)
  /* 7: -(a*b)-c: a=1.5 b=2 c=0.25 -> -3.25, flags 0 */
  FT3(D, 7, fnmadd.d, rne, 0xc00a000000000000, 0x0, 0x3ff8000000000000, 0x4000000000000000, 0x3fd0000000000000)
  /* 8: -(a*b)-c: a=-3 b=4 c=-5 -> 17, flags 0 */
  FT3(D, 8, fnmadd.d, rne, 0x4031000000000000, 0x0, 0xc008000000000000, 0x4010000000000000, 0xc014000000000000)
  /* 9: (1+2^-27)^2 - 1 fused = 1.4901161249358807e-08 exact; mul then add would give 1.4901161193847656e-08 */
  FT3(D, 9, fmadd.d, rne, 0x3e50000001000000, 0x0, 0x3ff0000002000000, 0x3ff0000002000000, 0xbff0000000000000)
  /* same product rounded by fmul first, then fadd: loses the 2^-54 term */
  TEST_CASE(10); LDD(fa0, 0x3ff0000002000000); fmul.d fa1, fa0, fa0, rne; LDD(fa3, 0xbff0000000000000); fadd.d fa2, fa1, fa3, rne; CHKD(fa2, 0x3e50000000000000)
  /* 11: -(1+2^-27)^2 + 1 fused */
  FT3(D, 11, fnmsub.d, rne, 0xbe50000001000000, 0x0, 0x3ff0000002000000, 0x3ff0000002000000, 0x3ff0000000000000)
  /* 12: fmadd(-0.22339987705148567, 0.39162943098790204, 0.29716156058496562) [lo, rne] */
  FT3(D, 12, fmadd.d, rne, 0x3fcad684cf3f96cd, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  FT3(D, 13, fmadd.d, rtz, 0x3fcad684cf3f96cd, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  FT3(D, 14, fmadd.d, rdn, 0x3fcad684cf3f96cd, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  FT3(D, 15, fmadd.d, rup, 0x3fcad684cf3f96ce, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  FT3(D, 16, fmadd.d, rmm, 0x3fcad684cf3f96cd, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  /* 17: dyn, frm=1 */
  csrwi frm, 1; FT3(D, 17, fmadd.d, dyn, 0x3fcad684cf3f96cd, 0x1, 0xbfcc985dfeeeeb2c, 0x3fd91074e38f9fcc, 0x3fd304b1ec15ced9)
  csrwi frm, 0
  /* 18: fmadd(-2.786553315130754, 11.313413644507669, -29.570721746974211) [hi, rne] */
  FT3(D, 18, fmadd.d, rne, 0xc04e8c4eb5cd2fbe, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  FT3(D, 19, fmadd.d, rtz, 0xc04e8c4eb5cd2fbd, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  FT3(D, 20, fmadd.d, rdn, 0xc04e8c4eb5cd2fbe, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  FT3(D, 21, fmadd.d, rup, 0xc04e8c4eb5cd2fbd, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  FT3(D, 22, fmadd.d, rmm, 0xc04e8c4eb5cd2fbe, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  /* 23: dyn, frm=3 */
  csrwi frm, 3; FT3(D, 23, fmadd.d, dyn, 0xc04e8c4eb5cd2fbd, 0x1, 0xc0064adc76e86032, 0x4026a077c0d28fac, 0xc03d921ad2065ec7)
  csrwi frm, 0
  /* 24: fmadd(-2.3225568830966949, -3.3850289881229401, 1.587218314409256) [tie, rne] */
  FT3(D, 24, fmadd.d, rne, 0x4022e5f5c4bfe7b0, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  FT3(D, 25, fmadd.d, rtz, 0x4022e5f5c4bfe7b0, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  FT3(D, 26, fmadd.d, rdn, 0x4022e5f5c4bfe7b0, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  FT3(D, 27, fmadd.d, rup, 0x4022e5f5c4bfe7b1, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  FT3(D, 28, fmadd.d, rmm, 0x4022e5f5c4bfe7b1, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  /* 29: dyn, frm=0 */
  csrwi frm, 0; FT3(D, 29, fmadd.d, dyn, 0x4022e5f5c4bfe7b0, 0x1, 0xc0029498b4000000, 0xc00b148a14000000, 0x3ff9653f08000000)
  csrwi frm, 0
  /* 30: fmsub(-0.26455235863972953, 3.6457920392382439, -9.8485239777667406) [lo, rne] */
  FT3(D, 30, fmsub.d, rne, 0x4021c49e69b537c0, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  FT3(D, 31, fmsub.d, rtz, 0x4021c49e69b537c0, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  FT3(D, 32, fmsub.d, rdn, 0x4021c49e69b537c0, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  FT3(D, 33, fmsub.d, rup, 0x4021c49e69b537c1, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  FT3(D, 34, fmsub.d, rmm, 0x4021c49e69b537c0, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  /* 35: dyn, frm=0 */
  csrwi frm, 0; FT3(D, 35, fmsub.d, dyn, 0x4021c49e69b537c0, 0x1, 0xbfd0ee6d041bfcbf, 0x400d2a9504445cfe, 0xc023b271bc1cc28d)
  csrwi frm, 0
  /* 36: fmsub(2.0463599231029703, -1.6200615700466234, 0.91647762223785367) [hi, rne] */
  FT3(D, 36, fmsub.d, rne, 0xc010ed4484e40826, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  FT3(D, 37, fmsub.d, rtz, 0xc010ed4484e40825, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  FT3(D, 38, fmsub.d, rdn, 0xc010ed4484e40826, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  FT3(D, 39, fmsub.d, rup, 0xc010ed4484e40825, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  FT3(D, 40, fmsub.d, rmm, 0xc010ed4484e40826, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  /* 41: dyn, frm=2 */
  csrwi frm, 2; FT3(D, 41, fmsub.d, dyn, 0xc010ed4484e40826, 0x1, 0x40005ef1f38c9423, 0xbff9ebc5ae4db4e2, 0x3fed53c8e0e0e0a8)
  csrwi frm, 0
  /* 42: fmsub(-0.83334710448980331, -2.9898843169212341, -2.9890816509723663) [tie, rne] */
  FT3(D, 42, fmsub.d, rne, 0x4015ec3acf26c3a6, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  FT3(D, 43, fmsub.d, rtz, 0x4015ec3acf26c3a6, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  FT3(D, 44, fmsub.d, rdn, 0x4015ec3acf26c3a6, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  FT3(D, 45, fmsub.d, rup, 0x4015ec3acf26c3a7, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  FT3(D, 46, fmsub.d, rmm, 0x4015ec3acf26c3a7, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  /* 47: dyn, frm=0 */
  csrwi frm, 0; FT3(D, 47, fmsub.d, dyn, 0x4015ec3acf26c3a6, 0x1, 0xbfeaaac78c000000, 0xc007eb4878000000, 0xc007e9a3a4000000)
  csrwi frm, 0
  /* 48: fnmsub(1.5154113736593351, 0.48928911420048021, 1.8668436039209384) [lo, rne] */
  FT3(D, 48, fnmsub.d, rne, 0x3ff20183414efe68, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  FT3(D, 49, fnmsub.d, rtz, 0x3ff20183414efe68, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  FT3(D, 50, fnmsub.d, rdn, 0x3ff20183414efe68, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  FT3(D, 51, fnmsub.d, rup, 0x3ff20183414efe69, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  FT3(D, 52, fnmsub.d, rmm, 0x3ff20183414efe68, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  /* 53: dyn, frm=4 */
  csrwi frm, 4; FT3(D, 53, fnmsub.d, dyn, 0x3ff20183414efe68, 0x1, 0x3ff83f1fff1da709, 0x3fdf508349f1e96b, 0x3ffdde9766196534)
  csrwi frm, 0
  /* 54: fnmsub(-0.93972618877644365, 0.36741420021343474, -7.6188614512936619) [hi, rne] */
  FT3(D, 54, fnmsub.d, rne, 0xc01d1828afa57533, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  FT3(D, 55, fnmsub.d, rtz, 0xc01d1828afa57532, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  FT3(D, 56, fnmsub.d, rdn, 0xc01d1828afa57533, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  FT3(D, 57, fnmsub.d, rup, 0xc01d1828afa57532, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  FT3(D, 58, fnmsub.d, rmm, 0xc01d1828afa57533, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  /* 59: dyn, frm=3 */
  csrwi frm, 3; FT3(D, 59, fnmsub.d, dyn, 0xc01d1828afa57532, 0x1, 0xbfee123ca7ffaa60, 0x3fd783b6d9802c36, 0xc01e79b6d0f83ed9)
  csrwi frm, 0
  /* 60: fnmsub(-6.3506096005439758, 0.78095773607492447, 1.6616931259632111) [tie, rne] */
  FT3(D, 60, fnmsub.d, rne, 0x401a7c292cf18fc0, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  FT3(D, 61, fnmsub.d, rtz, 0x401a7c292cf18fc0, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  FT3(D, 62, fnmsub.d, rdn, 0x401a7c292cf18fc0, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  FT3(D, 63, fnmsub.d, rup, 0x401a7c292cf18fc1, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  FT3(D, 64, fnmsub.d, rmm, 0x401a7c292cf18fc1, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  /* 65: dyn, frm=4 */
  csrwi frm, 4; FT3(D, 65, fnmsub.d, dyn, 0x401a7c292cf18fc1, 0x1, 0xc019670634000000, 0x3fe8fd9b14000000, 0x3ffa964b88000000)
  csrwi frm, 0
  /* 66: fnmadd(-30.595161928154798, 5.4724924462641766, 1.0545388213747262) [lo, rne] */
  FT3(D, 66, fnmadd.d, rne, 0x4064cc12766626cb, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  FT3(D, 67, fnmadd.d, rtz, 0x4064cc12766626cb, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  FT3(D, 68, fnmadd.d, rdn, 0x4064cc12766626cb, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  FT3(D, 69, fnmadd.d, rup, 0x4064cc12766626cc, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  FT3(D, 70, fnmadd.d, rmm, 0x4064cc12766626cb, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  /* 71: dyn, frm=2 */
  csrwi frm, 2; FT3(D, 71, fnmadd.d, dyn, 0x4064cc12766626cb, 0x1, 0xc03e985c88393fc9, 0x4015e3d50f513f28, 0x3ff0df641962ab5b)
  csrwi frm, 0
  /* 72: fnmadd(0.89559185961300802, 15.278159674252249, -7.2594469191945796) [hi, rne] */
  FT3(D, 72, fnmadd.d, rne, 0xc019b1b6b3afa264, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  FT3(D, 73, fnmadd.d, rtz, 0xc019b1b6b3afa263, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  FT3(D, 74, fnmadd.d, rdn, 0xc019b1b6b3afa264, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  FT3(D, 75, fnmadd.d, rup, 0xc019b1b6b3afa263, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  FT3(D, 76, fnmadd.d, rmm, 0xc019b1b6b3afa264, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  /* 77: dyn, frm=4 */
  csrwi frm, 4; FT3(D, 77, fnmadd.d, dyn, 0xc019b1b6b3afa264, 0x1, 0x3feca8b042734111, 0x402e8e6af1dff577, 0xc01d09ac7403f467)
  csrwi frm, 0
  /* 78: fnmadd(0.77821914106607437, -3.8922838270664215, -0.85360822081565857) [tie, rne] */
  FT3(D, 78, fnmadd.d, rne, 0x400f0faeff068ba8, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  FT3(D, 79, fnmadd.d, rtz, 0x400f0faeff068ba8, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  FT3(D, 80, fnmadd.d, rdn, 0x400f0faeff068ba8, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  FT3(D, 81, fnmadd.d, rup, 0x400f0faeff068ba9, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  FT3(D, 82, fnmadd.d, rmm, 0x400f0faeff068ba9, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  /* 83: dyn, frm=3 */
  csrwi frm, 3; FT3(D, 83, fnmadd.d, dyn, 0x400f0faeff068ba9, 0x1, 0x3fe8e72bd4000000, 0xc00f2365b4000000, 0xbfeb50c230000000)
  csrwi frm, 0
  /* 84: a*b+c: a=1 b=1 c=-1 -> 0, flags 0 */
  FT3(D, 84, fmadd.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
  /* 85: a*b+c: a=1 b=1 c=-1 -> -0, flags 0 */
  FT3(D, 85, fmadd.d, rdn, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
  /* 86: a*b-c: a=1 b=1 c=1 -> 0, flags 0 */
  FT3(D, 86, fmsub.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 87: a*b-c: a=1 b=1 c=1 -> -0, flags 0 */
  FT3(D, 87, fmsub.d, rdn, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 88: -(a*b)+c: a=1 b=1 c=1 -> 0, flags 0 */
  FT3(D, 88, fnmsub.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 89: -(a*b)+c: a=1 b=1 c=1 -> -0, flags 0 */
  FT3(D, 89, fnmsub.d, rdn, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 90: -(a*b)-c: a=1 b=1 c=-1 -> 0, flags 0 */
  FT3(D, 90, fnmadd.d, rne, 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
  /* 91: -(a*b)-c: a=1 b=1 c=-1 -> -0, flags 0 */
  FT3(D, 91, fnmadd.d, rdn, 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000)
  /* 92: a*b+c: a=-0 b=1 c=-0 -> -0, flags 0 */
  FT3(D, 92, fmadd.d, rne, 0x8000000000000000, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000)
  /* 93: a*b+c: a=-0 b=1 c=0 -> 0, flags 0 */
  FT3(D, 93, fmadd.d, rne, 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0)
  /* 94: -(a*b)-c: a=0 b=1 c=0 -> -0, flags 0 */
  FT3(D, 94, fnmadd.d, rne, 0x8000000000000000, 0x0, 0x0, 0x3ff0000000000000, 0x0)
  /* 95: 0*inf + qNaN: NV, canonical NaN */
  FT3(D, 95, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x0, 0x7ff0000000000000, 0x7ff8000000000000)
  /* 96: inf*-0 + qNaN(payload): NV, canonical NaN */
  FT3(D, 96, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x8000000000000000, 0x7ff8000000012345)
  /* 97: -(0*-inf)+1: NV */
  FT3(D, 97, fnmsub.d, rne, 0x7ff8000000000000, 0x10, 0x0, 0xfff0000000000000, 0x3ff0000000000000)
  /* 98: 0*inf - sNaN: NV */
  FT3(D, 98, fmsub.d, rne, 0x7ff8000000000000, 0x10, 0x0, 0x7ff0000000000000, 0x7ff0000000000001)
  /* 99: inf*1 + -inf: NV */
  FT3(D, 99, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000)
  /* 100: inf*1 - inf: NV */
  FT3(D, 100, fmsub.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000)
  /* 101: a*b+c: a=+inf b=2 c=+inf -> +inf, flags 0 */
  FT3(D, 101, fmadd.d, rne, 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x4000000000000000, 0x7ff0000000000000)
  /* 102: -(a*b)-c: a=+inf b=2 c=1 -> -inf, flags 0 */
  FT3(D, 102, fnmadd.d, rne, 0xfff0000000000000, 0x0, 0x7ff0000000000000, 0x4000000000000000, 0x3ff0000000000000)
  /* 103: a*b+c: a=1 b=2 c=-inf -> -inf, flags 0 */
  FT3(D, 103, fmadd.d, rne, 0xfff0000000000000, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0xfff0000000000000)
  /* 104: qNaN operand: canonical NaN, no flag */
  FT3(D, 104, fmadd.d, rne, 0x7ff8000000000000, 0x0, 0x7ff8000000012345, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 105: a*b+c: a=1 b=-qNaN c=1 -> qNaN, flags 0 */
  FT3(D, 105, fmadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000000, 0x3ff0000000000000)
  /* 106: a*b+c: a=1 b=1 c=qNaN -> qNaN, flags 0 */
  FT3(D, 106, fmadd.d, rne, 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000012345)
  /* 107: sNaN operand: NV */
  FT3(D, 107, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x3ff0000000000000)
  /* 108: -(a*b)-c: a=1 b=-sNaN c=1 -> qNaN, flags NV */
  FT3(D, 108, fnmadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0xfff0000000012345, 0x3ff0000000000000)
  /* 109: a*b+c: a=1 b=1 c=sNaN -> qNaN, flags NV */
  FT3(D, 109, fmadd.d, rne, 0x7ff8000000000000, 0x10, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001)
  /* 110: max*2 - max = max exactly (no overflow from the intermediate product) */
  FT3(D, 110, fmadd.d, rne, 0x7fefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff)
  /* 111: overflow */
  FT3(D, 111, fmadd.d, rne, 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000)
  /* 112: a*b+c: a=1.7976931348623157e+308 b=2 c=1 -> 1.7976931348623157e+308, flags OF|NX */
  FT3(D, 112, fmadd.d, rtz, 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x3ff0000000000000)
  csrwi fcsr, 0
TEST_END
