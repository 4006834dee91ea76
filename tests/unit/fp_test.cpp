// Unit tests for the F/D soft-float core (src/cpu/fp_soft.h) and the instruction bodies
// (src/cpu/exec_fp.cpp, reached through decode()).
//
// Expected bit patterns and flags were derived by hand from IEEE 754-2008 and the RISC-V F/D
// chapters (tininess after rounding, canonical NaN, saturating conversions, fmin/fmax of the
// 2.2 spec). On x86-64 a randomized comparison against the host FPU covers the four IEEE
// rounding modes (RMM has no host equivalent and is covered by the directed cases).
#include "cpu/fp_soft.h"

#include <gtest/gtest.h>

#include <cfenv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "cpu/decode.h"
#include "cpu/hart.h"

namespace rvisor::cpu {
namespace {

using namespace fp;

struct R {
  uint64_t v;
  uint32_t fl;
  bool operator==(const R&) const = default;
};
void PrintTo(const R& r, std::ostream* os) { *os << std::hex << "{0x" << r.v << ", flags 0x" << r.fl << "}"; }

template <class F> R Add(uint64_t a, uint64_t b, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = add<F>(a, b, false, rm, fl); return {v, fl}; }
template <class F> R Sub(uint64_t a, uint64_t b, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = add<F>(a, b, true, rm, fl); return {v, fl}; }
template <class F> R Mul(uint64_t a, uint64_t b, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = mul<F>(a, b, rm, fl); return {v, fl}; }
template <class F> R Div(uint64_t a, uint64_t b, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = div<F>(a, b, rm, fl); return {v, fl}; }
template <class F> R Sqrt(uint64_t a, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = fp::sqrt<F>(a, rm, fl); return {v, fl}; }
template <class F> R Fma(uint64_t a, uint64_t b, uint64_t c, bool np = false, bool nc = false, unsigned rm = RNE) {
  uint32_t fl = 0; uint64_t v = fp::fma<F>(a, b, c, np, nc, rm, fl); return {v, fl};
}
template <class F> R ToInt(uint64_t a, int w, bool s, unsigned rm = RTZ) { uint32_t fl = 0; uint64_t v = to_int<F>(a, w, s, rm, fl); return {v, fl}; }
template <class F> R FromI64(int64_t x, unsigned rm = RNE) {
  uint32_t fl = 0; bool n = x < 0; uint64_t v = from_int<F>(n, n ? 0 - uint64_t(x) : uint64_t(x), rm, fl); return {v, fl};
}
template <class F> R FromU64(uint64_t x, unsigned rm = RNE) { uint32_t fl = 0; uint64_t v = from_int<F>(false, x, rm, fl); return {v, fl}; }

constexpr uint64_t kQNaN32 = 0x7fc00000, kQNaN64 = 0x7ff8000000000000;
constexpr uint64_t kSNaN32 = 0x7f800001, kSNaN64 = 0x7ff0000000000001;
constexpr uint64_t kOne32 = 0x3f800000, kOne64 = 0x3ff0000000000000;
constexpr uint64_t kMax32 = 0x7f7fffff, kInf32 = 0x7f800000, kMinNorm32 = 0x00800000;
constexpr uint64_t kMax64 = 0x7fefffffffffffff, kInf64 = 0x7ff0000000000000;

// ---------------------------------------------------------------- rounding modes

TEST(FpRound, TieBetweenOneAndNextSingle) {
  // 1 + 2^-24 is exactly half an ulp above 1.
  const uint64_t half_ulp = 0x33800000;  // 2^-24
  EXPECT_EQ(Add<F32>(kOne32, half_ulp, RNE), (R{0x3f800000, NX}));
  EXPECT_EQ(Add<F32>(kOne32, half_ulp, RTZ), (R{0x3f800000, NX}));
  EXPECT_EQ(Add<F32>(kOne32, half_ulp, RDN), (R{0x3f800000, NX}));
  EXPECT_EQ(Add<F32>(kOne32, half_ulp, RUP), (R{0x3f800001, NX}));
  EXPECT_EQ(Add<F32>(kOne32, half_ulp, RMM), (R{0x3f800001, NX}));
  // Negative: -1 - 2^-24.
  const uint64_t m1 = 0xbf800000, mh = 0xb3800000;
  EXPECT_EQ(Add<F32>(m1, mh, RNE), (R{0xbf800000, NX}));
  EXPECT_EQ(Add<F32>(m1, mh, RTZ), (R{0xbf800000, NX}));
  EXPECT_EQ(Add<F32>(m1, mh, RDN), (R{0xbf800001, NX}));
  EXPECT_EQ(Add<F32>(m1, mh, RUP), (R{0xbf800000, NX}));
  EXPECT_EQ(Add<F32>(m1, mh, RMM), (R{0xbf800001, NX}));
  // Odd neighbour: (1 + 2^-23) + 2^-24 ties to even (up) in RNE and away in RMM.
  EXPECT_EQ(Add<F32>(0x3f800001, half_ulp, RNE), (R{0x3f800002, NX}));
  EXPECT_EQ(Add<F32>(0x3f800001, half_ulp, RMM), (R{0x3f800002, NX}));
  EXPECT_EQ(Add<F32>(0x3f800001, half_ulp, RTZ), (R{0x3f800001, NX}));
}

TEST(FpRound, TieDouble) {
  const uint64_t half_ulp = 0x3ca0000000000000;  // 2^-53
  EXPECT_EQ(Add<F64>(kOne64, half_ulp, RNE), (R{kOne64, NX}));
  EXPECT_EQ(Add<F64>(kOne64, half_ulp, RMM), (R{kOne64 + 1, NX}));
  EXPECT_EQ(Add<F64>(kOne64, half_ulp, RUP), (R{kOne64 + 1, NX}));
  EXPECT_EQ(Sub<F64>(kOne64, half_ulp, RNE), (R{0x3fefffffffffffff, 0}));  // exact: 1 - 2^-53
  EXPECT_EQ(Div<F64>(kOne64, 0x4008000000000000, RNE), (R{0x3fd5555555555555, NX}));  // 1/3
  EXPECT_EQ(Div<F64>(kOne64, 0x4008000000000000, RUP), (R{0x3fd5555555555556, NX}));
  EXPECT_EQ(Div<F64>(kOne64, 0x4008000000000000, RMM), (R{0x3fd5555555555555, NX}));
  EXPECT_EQ(Div<F64>(0xbff0000000000000, 0x4008000000000000, RDN), (R{0xbfd5555555555556, NX}));
}

TEST(FpRound, DivSingle) {
  EXPECT_EQ(Div<F32>(kOne32, 0x40400000, RNE), (R{0x3eaaaaab, NX}));  // 1/3
  EXPECT_EQ(Div<F32>(kOne32, 0x40400000, RTZ), (R{0x3eaaaaaa, NX}));
  EXPECT_EQ(Div<F32>(kOne32, 0x40400000, RMM), (R{0x3eaaaaab, NX}));
  EXPECT_EQ(Div<F32>(0x40c00000, 0x40400000, RNE), (R{0x40000000, 0}));  // 6/3 exact
}

TEST(FpRound, ExactZeroSign) {
  EXPECT_EQ(Sub<F32>(kOne32, kOne32, RNE), (R{0, 0}));
  EXPECT_EQ(Sub<F32>(kOne32, kOne32, RDN), (R{0x80000000, 0}));
  EXPECT_EQ(Add<F64>(0x8000000000000000, 0, RNE), (R{0, 0}));
  EXPECT_EQ(Add<F64>(0x8000000000000000, 0, RDN), (R{0x8000000000000000, 0}));
  EXPECT_EQ(Add<F64>(0x8000000000000000, 0x8000000000000000, RNE), (R{0x8000000000000000, 0}));
}

// ---------------------------------------------------------------- overflow / underflow

TEST(FpOverflow, ResultByModeSingle) {
  EXPECT_EQ(Mul<F32>(kMax32, 0x40000000, RNE), (R{kInf32, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0x40000000, RMM), (R{kInf32, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0x40000000, RTZ), (R{kMax32, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0x40000000, RDN), (R{kMax32, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0x40000000, RUP), (R{kInf32, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0xc0000000, RDN), (R{0xff800000, OF | NX}));
  EXPECT_EQ(Mul<F32>(kMax32, 0xc0000000, RUP), (R{0xff7fffff, OF | NX}));
  // max + half ulp of max rounds (RNE) to infinity; a bit less stays finite.
  EXPECT_EQ(Add<F32>(kMax32, 0x73000000, RNE), (R{kInf32, OF | NX}));  // + 2^103
  EXPECT_EQ(Add<F32>(kMax32, 0x72800000, RNE), (R{kMax32, NX}));       // + 2^102
}

TEST(FpOverflow, ResultByModeDouble) {
  EXPECT_EQ(Add<F64>(kMax64, kMax64, RNE), (R{kInf64, OF | NX}));
  EXPECT_EQ(Add<F64>(kMax64, kMax64, RTZ), (R{kMax64, OF | NX}));
  EXPECT_EQ(Add<F64>(kMax64 | (1ull << 63), kMax64 | (1ull << 63), RUP), (R{kMax64 | (1ull << 63), OF | NX}));
  EXPECT_EQ(Div<F64>(kMax64, 0x3fe0000000000000, RMM), (R{kInf64, OF | NX}));
}

TEST(FpUnderflow, TininessAfterRounding) {
  // (1 - 2^-23) * 2^-126 (1 + 2^-23) = 2^-126 (1 - 2^-46): rounds to the min normal with an
  // unbounded exponent, so it is not tiny (no UF) under RNE, but it is under RTZ.
  EXPECT_EQ(Mul<F32>(0x3f7ffffe, 0x00800001, RNE), (R{kMinNorm32, NX}));
  EXPECT_EQ(Mul<F32>(0x3f7ffffe, 0x00800001, RMM), (R{kMinNorm32, NX}));
  EXPECT_EQ(Mul<F32>(0x3f7ffffe, 0x00800001, RUP), (R{kMinNorm32, NX}));
  EXPECT_EQ(Mul<F32>(0x3f7ffffe, 0x00800001, RTZ), (R{0x007fffff, UF | NX}));
  // Double: same shape.
  EXPECT_EQ(Mul<F64>(0x3feffffffffffffe, 0x0010000000000001, RNE), (R{0x0010000000000000, NX}));
  EXPECT_EQ(Mul<F64>(0x3feffffffffffffe, 0x0010000000000001, RDN), (R{0x000fffffffffffff, UF | NX}));
}

TEST(FpUnderflow, SubnormalResults) {
  // Exact subnormal result: no flags at all.
  EXPECT_EQ(Mul<F32>(kMinNorm32, 0x3f000000, RNE), (R{0x00400000, 0}));
  EXPECT_EQ(Sub<F32>(0x00800001, kMinNorm32, RNE), (R{0x00000001, 0}));
  // Half of the smallest subnormal: tie to 0 (even) in RNE; away in RMM/RUP.
  EXPECT_EQ(Mul<F32>(0x00000001, 0x3f000000, RNE), (R{0, UF | NX}));
  EXPECT_EQ(Mul<F32>(0x00000001, 0x3f000000, RMM), (R{1, UF | NX}));
  EXPECT_EQ(Mul<F32>(0x00000001, 0x3f000000, RUP), (R{1, UF | NX}));
  EXPECT_EQ(Mul<F32>(0x80000001, 0x3f000000, RDN), (R{0x80000001, UF | NX}));
  EXPECT_EQ(Mul<F32>(0x80000001, 0x3f000000, RTZ), (R{0x80000000, UF | NX}));
  // Far below: rounds to zero or the minimum subnormal.
  EXPECT_EQ(Mul<F64>(1, 1, RNE), (R{0, UF | NX}));
  EXPECT_EQ(Mul<F64>(1, 1, RUP), (R{1, UF | NX}));
  EXPECT_EQ(Mul<F64>(1, 0x8000000000000001, RDN), (R{0x8000000000000001, UF | NX}));
  // Subnormal inputs to division.
  EXPECT_EQ(Div<F32>(0x00000001, 0x00000002, RNE), (R{0x3f000000, 0}));
}

// ---------------------------------------------------------------- NaN / special values

TEST(FpSpecial, CanonicalNaNResults) {
  EXPECT_EQ(Add<F32>(0x7fc12345, kOne32), (R{kQNaN32, 0}));
  EXPECT_EQ(Add<F32>(kSNaN32, kOne32), (R{kQNaN32, NV}));
  EXPECT_EQ(Sub<F32>(kInf32, kInf32), (R{kQNaN32, NV}));
  EXPECT_EQ(Add<F32>(kInf32, 0xff800000), (R{kQNaN32, NV}));
  EXPECT_EQ(Add<F32>(kInf32, kMax32), (R{kInf32, 0}));
  EXPECT_EQ(Mul<F64>(kInf64, 0), (R{kQNaN64, NV}));
  EXPECT_EQ(Mul<F64>(0xfff8000000000000, kOne64), (R{kQNaN64, 0}));
  EXPECT_EQ(Div<F64>(0, 0), (R{kQNaN64, NV}));
  EXPECT_EQ(Div<F64>(kInf64, kInf64), (R{kQNaN64, NV}));
  EXPECT_EQ(Div<F64>(kOne64, 0x8000000000000000), (R{0xfff0000000000000, DZ}));
  EXPECT_EQ(Div<F64>(kInf64, 0), (R{kInf64, 0}));
  EXPECT_EQ(Div<F64>(kOne64, kInf64), (R{0, 0}));
  EXPECT_EQ(Div<F64>(kSNaN64, 0), (R{kQNaN64, NV}));
}

TEST(FpSpecial, Sqrt) {
  EXPECT_EQ(Sqrt<F64>(0x4000000000000000), (R{0x3ff6a09e667f3bcd, NX}));  // sqrt(2)
  EXPECT_EQ(Sqrt<F64>(0x4000000000000000, RUP), (R{0x3ff6a09e667f3bcd, NX}));
  EXPECT_EQ(Sqrt<F64>(0x4000000000000000, RTZ), (R{0x3ff6a09e667f3bcc, NX}));
  EXPECT_EQ(Sqrt<F32>(0x40000000), (R{0x3fb504f3, NX}));
  EXPECT_EQ(Sqrt<F32>(0x40000000, RUP), (R{0x3fb504f4, NX}));
  EXPECT_EQ(Sqrt<F32>(0x40800000), (R{0x40000000, 0}));     // sqrt(4) = 2
  EXPECT_EQ(Sqrt<F32>(0x00000002), (R{0x1a800000, 0}));     // sqrt(2^-148) = 2^-74
  EXPECT_EQ(Sqrt<F32>(0xbf800000), (R{kQNaN32, NV}));
  EXPECT_EQ(Sqrt<F32>(0x80000000), (R{0x80000000, 0}));
  EXPECT_EQ(Sqrt<F32>(kInf32), (R{kInf32, 0}));
  EXPECT_EQ(Sqrt<F32>(0xff800000), (R{kQNaN32, NV}));
  EXPECT_EQ(Sqrt<F32>(kSNaN32), (R{kQNaN32, NV}));
  EXPECT_EQ(Sqrt<F32>(0x7fc00001), (R{kQNaN32, 0}));
}

// ---------------------------------------------------------------- fused multiply-add

TEST(FpFma, SingleRounding) {
  // a = 1 + 2^-12: a*a - 1 = 2^-11 + 2^-24 exactly (a separate multiply would lose 2^-24).
  EXPECT_EQ(Fma<F32>(0x3f800800, 0x3f800800, 0xbf800000), (R{0x3a000400, 0}));
  EXPECT_EQ(Mul<F32>(0x3f800800, 0x3f800800), (R{0x3f801000, NX}));
  // Double: a = 1 + 2^-25: a*a - 1 = 2^-24 + 2^-50.
  EXPECT_EQ(Fma<F64>(0x3ff0000008000000, 0x3ff0000008000000, 0xbff0000000000000),
            (R{0x3e70000004000000, 0}));
}

TEST(FpFma, Variants) {
  const uint64_t two = 0x40000000, three = 0x40400000;
  EXPECT_EQ(Fma<F32>(two, three, kOne32, false, false), (R{0x40e00000, 0}));  // fmadd  = 7
  EXPECT_EQ(Fma<F32>(two, three, kOne32, false, true), (R{0x40a00000, 0}));   // fmsub  = 5
  EXPECT_EQ(Fma<F32>(two, three, kOne32, true, false), (R{0xc0a00000, 0}));   // fnmsub = -5
  EXPECT_EQ(Fma<F32>(two, three, kOne32, true, true), (R{0xc0e00000, 0}));    // fnmadd = -7
}

TEST(FpFma, SpecialCases) {
  // inf * 0 + qNaN raises NV (RISC-V requires it even with a quiet addend).
  EXPECT_EQ(Fma<F32>(kInf32, 0, kQNaN32), (R{kQNaN32, NV}));
  EXPECT_EQ(Fma<F64>(0, 0xfff0000000000000, kQNaN64), (R{kQNaN64, NV}));
  EXPECT_EQ(Fma<F32>(kOne32, kOne32, kQNaN32), (R{kQNaN32, 0}));
  EXPECT_EQ(Fma<F32>(kOne32, kOne32, kSNaN32), (R{kQNaN32, NV}));
  EXPECT_EQ(Fma<F32>(kInf32, kOne32, 0xff800000), (R{kQNaN32, NV}));
  EXPECT_EQ(Fma<F32>(kInf32, kOne32, kInf32), (R{kInf32, 0}));
  // Zero signs: +0*1 + -0 = +0 (RNE), -0 (RDN); fnmadd(+0, 1, +0) = -0 - 0 = -0.
  EXPECT_EQ(Fma<F32>(0, kOne32, 0x80000000, false, false, RNE), (R{0, 0}));
  EXPECT_EQ(Fma<F32>(0, kOne32, 0x80000000, false, false, RDN), (R{0x80000000, 0}));
  EXPECT_EQ(Fma<F32>(0, kOne32, 0, true, true, RNE), (R{0x80000000, 0}));
  // Exact cancellation gives +0 (RNE) / -0 (RDN).
  EXPECT_EQ(Fma<F64>(kOne64, kOne64, 0xbff0000000000000, false, false, RNE), (R{0, 0}));
  EXPECT_EQ(Fma<F64>(kOne64, kOne64, 0xbff0000000000000, false, false, RDN), (R{0x8000000000000000, 0}));
  // Product far below the subnormal range plus the min subnormal: 2^-1074 + 2^-1200.
  EXPECT_EQ(Fma<F64>(0x1a70000000000000, 0x1a70000000000000, 1, false, false, RNE), (R{1, UF | NX}));
  EXPECT_EQ(Fma<F64>(0x1a70000000000000, 0x1a70000000000000, 1, false, false, RUP), (R{2, UF | NX}));
  // Not tiny: 2^-100 * 2^-100 + 2^-1074 rounds to 2^-200 with only NX.
  EXPECT_EQ(Fma<F64>(0x39b0000000000000, 0x39b0000000000000, 1, false, false, RNE), (R{0x3370000000000000, NX}));
  // Overflow through the product.
  EXPECT_EQ(Fma<F32>(kMax32, 0x40000000, 0xff7fffff, false, false, RNE), (R{kMax32, 0}));
}

// ---------------------------------------------------------------- conversions

TEST(FpCvt, FloatToIntSaturation) {
  // fcvt.w.s
  EXPECT_EQ(ToInt<F32>(kQNaN32, 32, true), (R{0x7fffffff, NV}));
  EXPECT_EQ(ToInt<F32>(kInf32, 32, true), (R{0x7fffffff, NV}));
  EXPECT_EQ(ToInt<F32>(0xff800000, 32, true), (R{0xffffffff80000000, NV}));
  EXPECT_EQ(ToInt<F32>(0xcf000000, 32, true), (R{0xffffffff80000000, 0}));   // -2^31 exact
  EXPECT_EQ(ToInt<F32>(0x4f000000, 32, true), (R{0x7fffffff, NV}));          // 2^31
  EXPECT_EQ(ToInt<F32>(0xbfc00000, 32, true, RNE), (R{0xfffffffffffffffe, NX}));  // -1.5 -> -2
  EXPECT_EQ(ToInt<F32>(0xbfc00000, 32, true, RTZ), (R{0xffffffffffffffff, NX}));
  EXPECT_EQ(ToInt<F32>(0x40200000, 32, true, RNE), (R{2, NX}));  // 2.5 -> 2
  EXPECT_EQ(ToInt<F32>(0x40200000, 32, true, RMM), (R{3, NX}));
  EXPECT_EQ(ToInt<F32>(0x40200000, 32, true, RUP), (R{3, NX}));
  EXPECT_EQ(ToInt<F32>(0xc0200000, 32, true, RMM), (R{0xfffffffffffffffd, NX}));
  EXPECT_EQ(ToInt<F32>(0xc0200000, 32, true, RDN), (R{0xfffffffffffffffd, NX}));
  // fcvt.wu.s: results sign-extended from bit 31.
  EXPECT_EQ(ToInt<F32>(kQNaN32, 32, false), (R{0xffffffffffffffff, NV}));
  EXPECT_EQ(ToInt<F32>(0x4f7fffff, 32, false), (R{0xffffff00ull | 0xffffffff00000000ull, 0}));
  EXPECT_EQ(ToInt<F32>(0x4f800000, 32, false), (R{0xffffffffffffffff, NV}));  // 2^32
  EXPECT_EQ(ToInt<F32>(0xbf800000, 32, false), (R{0, NV}));                   // -1
  EXPECT_EQ(ToInt<F32>(0xbf000000, 32, false, RTZ), (R{0, NX}));              // -0.5 -> -0
  EXPECT_EQ(ToInt<F32>(0xbf400000, 32, false, RNE), (R{0, NV}));              // -0.75 -> -1
  EXPECT_EQ(ToInt<F32>(0xff800000, 32, false), (R{0, NV}));
  // fcvt.l.d / fcvt.lu.d
  EXPECT_EQ(ToInt<F64>(0x43e0000000000000, 64, true), (R{0x7fffffffffffffff, NV}));  // 2^63
  EXPECT_EQ(ToInt<F64>(0xc3e0000000000000, 64, true), (R{0x8000000000000000, 0}));   // -2^63
  EXPECT_EQ(ToInt<F64>(0x43efffffffffffff, 64, false), (R{0xfffffffffffff800, 0}));
  EXPECT_EQ(ToInt<F64>(0x43f0000000000000, 64, false), (R{0xffffffffffffffff, NV}));  // 2^64
  EXPECT_EQ(ToInt<F64>(kSNaN64, 64, false), (R{0xffffffffffffffff, NV}));
  EXPECT_EQ(ToInt<F64>(0xfff0000000000000, 64, true), (R{0x8000000000000000, NV}));
  EXPECT_EQ(ToInt<F64>(0x0000000000000001, 64, true, RUP), (R{1, NX}));
  EXPECT_EQ(ToInt<F64>(0x8000000000000001, 64, true, RDN), (R{0xffffffffffffffff, NX}));
  EXPECT_EQ(ToInt<F64>(0x8000000000000000, 64, false), (R{0, 0}));
  // fcvt.w.d of a value just above the int32 range that rounds into it.
  EXPECT_EQ(ToInt<F64>(0x41dfffffffe00000, 32, true, RTZ), (R{0x7fffffff, NX}));  // 2^31 - 0.5
  EXPECT_EQ(ToInt<F64>(0x41dfffffffe00000, 32, true, RNE), (R{0x7fffffff, NV}));  // rounds to 2^31
}

TEST(FpCvt, IntToFloat) {
  EXPECT_EQ(FromI64<F32>(0), (R{0, 0}));
  EXPECT_EQ(FromI64<F32>(-1), (R{0xbf800000, 0}));
  EXPECT_EQ(FromI64<F32>(16777217), (R{0x4b800000, NX}));  // 2^24 + 1, tie to even
  EXPECT_EQ(FromI64<F32>(16777217, RMM), (R{0x4b800001, NX}));
  EXPECT_EQ(FromI64<F32>(16777217, RUP), (R{0x4b800001, NX}));
  EXPECT_EQ(FromI64<F32>(-16777217, RDN), (R{0xcb800001, NX}));
  EXPECT_EQ(FromI64<F64>(INT64_MIN), (R{0xc3e0000000000000, 0}));
  EXPECT_EQ(FromU64<F64>(UINT64_MAX), (R{0x43f0000000000000, NX}));
  EXPECT_EQ(FromU64<F64>(UINT64_MAX, RTZ), (R{0x43efffffffffffff, NX}));
  EXPECT_EQ(FromU64<F32>(UINT64_MAX, RDN), (R{0x5f7fffff, NX}));
}

TEST(FpCvt, FloatToFloat) {
  uint32_t fl = 0;
  EXPECT_EQ((cvt<F64, F32>(0x3f800000, RNE, fl)), kOne64);
  EXPECT_EQ((cvt<F64, F32>(0x00000001, RNE, fl)), 0x36a0000000000000u);  // 2^-149 exact
  EXPECT_EQ(fl, 0u);
  EXPECT_EQ((cvt<F64, F32>(kSNaN32, RNE, fl)), kQNaN64);
  EXPECT_EQ(fl, uint32_t(NV));
  fl = 0;
  EXPECT_EQ((cvt<F64, F32>(0xffc00001, RNE, fl)), kQNaN64);
  EXPECT_EQ(fl, 0u);
  // 1 + 2^-24 + 2^-30 -> just above the tie: rounds up in RNE.
  EXPECT_EQ((cvt<F32, F64>(0x3ff0000010000000 | (1ull << 22), RNE, fl)), 0x3f800001u);
  EXPECT_EQ(fl, uint32_t(NX));
  fl = 0;
  EXPECT_EQ((cvt<F32, F64>(kMax64, RTZ, fl)), kMax32);
  EXPECT_EQ(fl, uint32_t(OF | NX));
  fl = 0;
  EXPECT_EQ((cvt<F32, F64>(0x3690000000000000, RNE, fl)), 0u);  // 2^-150: tie to 0
  EXPECT_EQ(fl, uint32_t(UF | NX));
  fl = 0;
  EXPECT_EQ((cvt<F32, F64>(0xbff0000000000000, RMM, fl)), 0xbf800000u);
  EXPECT_EQ(fl, 0u);
}

// ---------------------------------------------------------------- compare / min / max / class

TEST(FpCompare, MinMax) {
  uint32_t fl = 0;
  EXPECT_EQ(minmax<F32>(0x80000000, 0, false, fl), 0x80000000u);  // min(-0, +0) = -0
  EXPECT_EQ(minmax<F32>(0, 0x80000000, false, fl), 0x80000000u);
  EXPECT_EQ(minmax<F32>(0x80000000, 0, true, fl), 0u);
  EXPECT_EQ(minmax<F32>(kQNaN32, kOne32, false, fl), kOne32);
  EXPECT_EQ(minmax<F32>(kOne32, 0x7fc00123, true, fl), kOne32);
  EXPECT_EQ(fl, 0u);
  EXPECT_EQ(minmax<F32>(kSNaN32, kOne32, true, fl), kOne32);
  EXPECT_EQ(fl, uint32_t(NV));
  fl = 0;
  EXPECT_EQ(minmax<F64>(kSNaN64, 0x7ff8000000000123, true, fl), kQNaN64);
  EXPECT_EQ(fl, uint32_t(NV));
  fl = 0;
  EXPECT_EQ(minmax<F64>(0xbff0000000000000, 0x4000000000000000, false, fl), 0xbff0000000000000u);
  EXPECT_EQ(minmax<F64>(0xbff0000000000000, 0xc000000000000000, true, fl), 0xbff0000000000000u);
  EXPECT_EQ(minmax<F64>(0xfff0000000000000, 0x0000000000000001, true, fl), 1u);
  EXPECT_EQ(fl, 0u);
}

TEST(FpCompare, EqLtLe) {
  uint32_t fl = 0;
  EXPECT_TRUE(feq<F32>(0x80000000, 0, fl));
  EXPECT_FALSE(flt<F32>(0x80000000, 0, fl));
  EXPECT_TRUE(fle<F32>(0, 0x80000000, fl));
  EXPECT_TRUE(flt<F32>(0xbf800000, 0x00000001, fl));
  EXPECT_TRUE(flt<F32>(0xc0000000, 0xbf800000, fl));
  EXPECT_FALSE(flt<F32>(0xbf800000, 0xc0000000, fl));
  EXPECT_TRUE(fle<F64>(kOne64, kOne64, fl));
  EXPECT_EQ(fl, 0u);
  EXPECT_FALSE(feq<F32>(kQNaN32, kQNaN32, fl));  // quiet: no NV
  EXPECT_EQ(fl, 0u);
  EXPECT_FALSE(feq<F32>(kSNaN32, kOne32, fl));
  EXPECT_EQ(fl, uint32_t(NV));
  fl = 0;
  EXPECT_FALSE(flt<F64>(kQNaN64, kOne64, fl));  // signalling
  EXPECT_EQ(fl, uint32_t(NV));
  fl = 0;
  EXPECT_FALSE(fle<F64>(kOne64, kQNaN64, fl));
  EXPECT_EQ(fl, uint32_t(NV));
}

TEST(FpCompare, Classify) {
  EXPECT_EQ(fclass<F32>(0xff800000), 1u << 0);
  EXPECT_EQ(fclass<F32>(0xbf800000), 1u << 1);
  EXPECT_EQ(fclass<F32>(0x807fffff), 1u << 2);
  EXPECT_EQ(fclass<F32>(0x80000000), 1u << 3);
  EXPECT_EQ(fclass<F32>(0x00000000), 1u << 4);
  EXPECT_EQ(fclass<F32>(0x00000001), 1u << 5);
  EXPECT_EQ(fclass<F32>(kMax32), 1u << 6);
  EXPECT_EQ(fclass<F32>(kInf32), 1u << 7);
  EXPECT_EQ(fclass<F32>(kSNaN32), 1u << 8);
  EXPECT_EQ(fclass<F32>(0xffc00000), 1u << 9);
  EXPECT_EQ(fclass<F64>(0x000fffffffffffff), 1u << 5);
  EXPECT_EQ(fclass<F64>(0x7ff4000000000000), 1u << 8);
  EXPECT_EQ(fclass<F64>(kQNaN64), 1u << 9);
  EXPECT_EQ(fclass<F64>(0x8010000000000000), 1u << 1);
}

// ---------------------------------------------------------------- random vs host (x86-64)

#if defined(__x86_64__)
// x86 SSE detects tininess after rounding, like RISC-V, so results and all five flags must
// agree except: NaN payloads (we always return the canonical NaN) and fma(inf, 0, qNaN), where
// RISC-V additionally raises NV.
template <class F> struct Host;
template <> struct Host<F32> { using T = float; using U = uint32_t; };
template <> struct Host<F64> { using T = double; using U = uint64_t; };

template <class F>
uint64_t RandomOperand(std::mt19937_64& g) {
  using Tt = Tr<F>;
  uint64_t r = g(), s = (g() & 1) ? Tt::sign : 0;
  switch (g() % 12) {
    case 0: return s;
    case 1: return s | Tt::inf;
    case 2: return s | Tt::inf | (r & Tt::mmask) | 1;
    case 3: return s | (r & Tt::mmask);
    case 4: return s | (uint64_t(2 * Tt::bias - g() % 3) << Tt::M) | (r & Tt::mmask);
    case 5: return s | (uint64_t(1 + g() % 3) << Tt::M) | (r & Tt::mmask);
    case 6: return s | (uint64_t(Tt::bias + int(g() % 20) - 10) << Tt::M) | ((r & Tt::mmask) & ~((1ull << (g() % Tt::M)) - 1));
    case 7: return s | (uint64_t(Tt::bias + int(g() % 60) - 30) << Tt::M) | (r & Tt::mmask);
    default: return s | (r & (Tt::all >> 1));
  }
}

uint32_t HostFlags() {
  int e = std::fetestexcept(FE_ALL_EXCEPT);
  return (e & FE_INVALID ? uint32_t(NV) : 0u) | (e & FE_DIVBYZERO ? uint32_t(DZ) : 0u) | (e & FE_OVERFLOW ? uint32_t(OF) : 0u) |
         (e & FE_UNDERFLOW ? uint32_t(UF) : 0u) | (e & FE_INEXACT ? uint32_t(NX) : 0u);
}

template <class F>
void CompareWithHost(int iterations) {
  using T = typename Host<F>::T;
  using U = typename Host<F>::U;
  static const int kHostMode[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};
  std::mt19937_64 g(42);
  auto bits = [](T v) { U u; std::memcpy(&u, &v, sizeof u); return uint64_t(u); };
  auto val = [](uint64_t b) { U u = U(b); T v; std::memcpy(&v, &u, sizeof v); return v; };
  int failures = 0;
  for (int n = 0; n < iterations && failures < 10; n++) {
    unsigned rm = g() % 4;
    uint64_t a = RandomOperand<F>(g), b = RandomOperand<F>(g), c = RandomOperand<F>(g);
    volatile T x = val(a), y = val(b), z = val(c);
    for (int op = 0; op < 6; op++) {
      std::fesetround(kHostMode[rm]);
      std::feclearexcept(FE_ALL_EXCEPT);
      volatile T r;
      switch (op) {
        case 0: r = x + y; break;
        case 1: r = x - y; break;
        case 2: r = x * y; break;
        case 3: r = x / y; break;
        case 4: r = std::sqrt(x); break;
        default: r = std::fma(x, y, z); break;
      }
      uint32_t hf = HostFlags();
      std::fesetround(FE_TONEAREST);
      uint64_t want = bits(r);
      if (std::isnan(r)) want = Tr<F>::qnan;
      uint32_t fl = 0;
      uint64_t got;
      switch (op) {
        case 0: got = add<F>(a, b, false, rm, fl); break;
        case 1: got = add<F>(a, b, true, rm, fl); break;
        case 2: got = mul<F>(a, b, rm, fl); break;
        case 3: got = div<F>(a, b, rm, fl); break;
        case 4: got = fp::sqrt<F>(a, rm, fl); break;
        default: {
          got = fp::fma<F>(a, b, c, false, false, rm, fl);
          Unp ux = unpack<F>(a), uy = unpack<F>(b), uz = unpack<F>(c);
          bool inv = (ux.cls == Cls::Inf && uy.cls == Cls::Zero) || (ux.cls == Cls::Zero && uy.cls == Cls::Inf);
          if (inv && uz.cls == Cls::QNaN) hf |= NV;
        }
      }
      if (got != want || fl != hf) {
        ADD_FAILURE() << "op " << op << " rm " << rm << std::hex << " a=" << a << " b=" << b << " c=" << c
                      << " got " << got << "/" << fl << " want " << want << "/" << hf;
        failures++;
      }
    }
  }
}

TEST(FpHost, RandomSingle) { CompareWithHost<F32>(200000); }
TEST(FpHost, RandomDouble) { CompareWithHost<F64>(200000); }
#endif

// ---------------------------------------------------------------- instruction bodies

constexpr uint64_t kRamBase = 0x80000000;

class FpInsn : public ::testing::Test {
 protected:
  std::vector<uint8_t> ram = std::vector<uint8_t>(1 << 16);
  Hart h{ram.data(), kRamBase, ram.size(), nullptr};
  void SetUp() override { h.csrs.mstatus |= 1ull << 13; }  // FS = Initial
  // Executes one 32-bit encoding the way the run loop does (decode, then the body).
  void Exec(uint32_t raw) {
    Insn i = decode(raw, raw, 4);
    ASSERT_NE(i.exec(), nullptr);
    i.exec()(h, i);
  }
  static uint32_t OpFp(unsigned funct5, unsigned fmt, unsigned rd, unsigned rs1, unsigned rs2, unsigned rm) {
    return (funct5 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | 0x53;
  }
};

constexpr uint64_t Box(uint32_t v) { return 0xffffffff00000000ull | v; }

TEST_F(FpInsn, EncodingsFromAssembler) {
  // Encodings from riscv64-linux-gnu-as: each must decode to the named entry.
  EXPECT_STREQ(opcode_name(0x003170d3), "fadd_s");    // fadd.s ft1, ft2, ft3 (dyn)
  EXPECT_STREQ(opcode_name(0x023170d3), "fadd_d");    // fadd.d ft1, ft2, ft3, dyn
  EXPECT_STREQ(opcode_name(0x580170d3), "fsqrt_s");   // fsqrt.s ft1, ft2
  EXPECT_STREQ(opcode_name(0xc2009553), "fcvt_w_d");  // fcvt.w.d a0, ft1, rtz
  EXPECT_STREQ(opcode_name(0x401170d3), "fcvt_s_d");  // fcvt.s.d ft1, ft2
  EXPECT_STREQ(opcode_name(0x420100d3), "fcvt_d_s");  // fcvt.d.s ft1, ft2
  EXPECT_STREQ(opcode_name(0xe2008553), "fmv_x_d");   // fmv.x.d a0, ft1
  EXPECT_STREQ(opcode_name(0xf20500d3), "fmv_d_x");   // fmv.d.x ft1, a0
  EXPECT_STREQ(opcode_name(0x1820f043), "fmadd_s");   // fmadd.s ft0, ft1, ft2, ft3
  EXPECT_STREQ(opcode_name(0x6ac5954f), "fnmadd_d");  // fnmadd.d fa0, fa1, fa2, fa3, rtz
  EXPECT_STREQ(opcode_name(0x00c52087), "flw");       // flw ft1, 12(a0)
  EXPECT_STREQ(opcode_name(0xfe153c27), "fsd");       // fsd ft1, -8(a0)
  EXPECT_EQ(opcode_name(0x581170d3), nullptr);        // fsqrt.s with rs2 = 1: reserved
}

TEST_F(FpInsn, NaNBoxedInputs) {
  h.f[2] = 0x000000003f800000;  // 1.0f, not boxed: reads as the canonical NaN
  h.f[3] = Box(0x3f800000);
  Exec(OpFp(0, 0, 1, 2, 3, 0));  // fadd.s f1, f2, f3
  EXPECT_EQ(h.f[1], Box(0x7fc00000));
  EXPECT_EQ(h.csrs.fflags, 0u);
  Exec(OpFp(5, 0, 4, 2, 3, 0));  // fmin.s f4, f2, f3 -> the boxed operand
  EXPECT_EQ(h.f[4], Box(0x3f800000));
  Exec(OpFp(4, 0, 5, 3, 2, 1));  // fsgnjn.s f5, f3, f2: sign of canonical NaN (0) inverted
  EXPECT_EQ(h.f[5], Box(0xbf800000));
  Exec(OpFp(28, 0, 10, 2, 0, 1));  // fclass.s a0, f2
  EXPECT_EQ(h.x[10], 1u << 9);
  Exec(OpFp(28, 0, 11, 2, 0, 0));  // fmv.x.w a1, f2: raw low bits, sign-extended
  EXPECT_EQ(h.x[11], 0x3f800000u);
  h.f[6] = 0x12345678cafef00d;
  Exec(OpFp(28, 0, 12, 6, 0, 0));  // fmv.x.w a2, f6
  EXPECT_EQ(h.x[12], 0xffffffffcafef00dull);
}

TEST_F(FpInsn, RoundingModeAndFlags) {
  h.f[1] = Box(0x3f800000);
  h.f[2] = Box(0x33800000);  // 2^-24
  Exec(OpFp(0, 0, 3, 1, 2, 4));  // fadd.s rmm
  EXPECT_EQ(h.f[3], Box(0x3f800001));
  EXPECT_EQ(h.csrs.fflags, uint32_t(NX));
  EXPECT_NE(h.csrs.mstatus & mstatus::FS, 0u);
  EXPECT_EQ(h.csrs.mstatus & mstatus::FS, mstatus::FS);  // dirty
  h.csrs.frm = 3;                // RUP via dynamic
  Exec(OpFp(0, 0, 4, 1, 2, 7));
  EXPECT_EQ(h.f[4], Box(0x3f800001));
  h.csrs.frm = 2;
  Exec(OpFp(0, 0, 4, 1, 2, 7));
  EXPECT_EQ(h.f[4], Box(0x3f800000));
  // Reserved modes: static 5/6, or dynamic with frm 5..7, are illegal and change nothing.
  for (unsigned bad : {5u, 6u}) {
    h.f[9] = 77;
    try {
      Exec(OpFp(0, 0, 9, 1, 2, bad));
      ADD_FAILURE() << "no trap for rm " << bad;
    } catch (const Trap& t) {
      EXPECT_EQ(t.cause, Cause::IllegalInsn);
      EXPECT_EQ(t.tval, OpFp(0, 0, 9, 1, 2, bad));
    }
    EXPECT_EQ(h.f[9], 77u);
  }
  h.csrs.frm = 5;
  EXPECT_THROW(Exec(OpFp(0, 0, 9, 1, 2, 7)), Trap);
  EXPECT_THROW(Exec(OpFp(24, 1, 10, 1, 0, 7)), Trap);  // fcvt.w.d dyn
  Exec(OpFp(4, 0, 9, 1, 2, 0));  // fsgnj.s ignores frm (funct3 is an opcode bit)
  EXPECT_EQ(h.f[9], Box(0x3f800000));
}

TEST_F(FpInsn, FsOffTraps) {
  h.csrs.mstatus &= ~mstatus::FS;
  h.f[1] = 5;
  EXPECT_THROW(Exec(OpFp(30, 1, 1, 10, 0, 0)), Trap);  // fmv.d.x
  EXPECT_THROW(Exec(OpFp(28, 1, 10, 1, 0, 0)), Trap);  // fmv.x.d
  EXPECT_EQ(h.f[1], 5u);
  EXPECT_EQ(h.csrs.mstatus & mstatus::FS, 0u);
}

TEST_F(FpInsn, ConvertAndMove) {
  h.x[10] = 0xfffffffffffffff0ull;  // -16
  Exec(OpFp(26, 0, 1, 10, 0, 0));   // fcvt.s.w f1, a0
  EXPECT_EQ(h.f[1], Box(0xc1800000));
  EXPECT_EQ(h.csrs.fflags, 0u);
  Exec(OpFp(26, 0, 2, 10, 1, 0));   // fcvt.s.wu f2, a0: 0xfffffff0 = 4294967280 -> 2^32 (RNE)
  EXPECT_EQ(h.f[2], Box(0x4f800000));
  EXPECT_EQ(h.csrs.fflags, uint32_t(NX));
  h.csrs.fflags = 0;
  Exec(OpFp(26, 1, 3, 10, 3, 0));   // fcvt.d.lu f3, a0 -> 2^64
  EXPECT_EQ(h.f[3], 0x43f0000000000000u);
  h.x[11] = 0x123456789;            // fcvt.d.w uses only the low 32 bits (0x23456789)
  Exec(OpFp(26, 1, 4, 11, 0, 0));
  EXPECT_EQ(h.f[4], 0x41c1a2b3c4800000u);
  EXPECT_EQ(h.csrs.fflags, uint32_t(NX));  // fcvt.d.lu of 2^64 - 16 is inexact
  h.csrs.fflags = 0;
  h.f[5] = Box(0x4f000000);         // 2^31
  Exec(OpFp(24, 0, 12, 5, 1, 1));   // fcvt.wu.s a2, f5: 0x80000000 sign-extended
  EXPECT_EQ(h.x[12], 0xffffffff80000000ull);
  EXPECT_EQ(h.csrs.fflags, 0u);
  Exec(OpFp(24, 0, 13, 5, 0, 1));   // fcvt.w.s a3, f5: overflow
  EXPECT_EQ(h.x[13], 0x7fffffffu);
  EXPECT_EQ(h.csrs.fflags, uint32_t(NV));
  Exec(OpFp(8, 1, 6, 5, 0, 0));     // fcvt.d.s f6, f5
  EXPECT_EQ(h.f[6], 0x41e0000000000000u);
  Exec(OpFp(8, 0, 7, 6, 1, 0));     // fcvt.s.d f7, f6
  EXPECT_EQ(h.f[7], Box(0x4f000000));
  h.x[14] = 0xdeadbeef3f800000ull;
  Exec(OpFp(30, 0, 8, 14, 0, 0));   // fmv.w.x f8, a4
  EXPECT_EQ(h.f[8], Box(0x3f800000));
  Exec(OpFp(20, 0, 15, 8, 7, 1));   // flt.s a5, f8, f7
  EXPECT_EQ(h.x[15], 1u);
  h.x[0] = 0;
  Exec(OpFp(20, 0, 0, 8, 7, 1));    // rd = x0 stays zero
  EXPECT_EQ(h.x[0], 0u);
}

TEST_F(FpInsn, LoadStoreAndFma) {
  h.x[10] = kRamBase + 0x100;
  const uint32_t w = 0x40490fdb;
  std::memcpy(&ram[0x100 + 12], &w, 4);
  Exec(0x00c52087);  // flw ft1, 12(a0)
  EXPECT_EQ(h.f[1], Box(w));
  h.f[1] = 0x400921fb54442d18ull;
  Exec(0xfe153c27);  // fsd ft1, -8(a0)
  uint64_t d;
  std::memcpy(&d, &ram[0x100 - 8], 8);
  EXPECT_EQ(d, 0x400921fb54442d18ull);
  // fmadd.s ft0, ft1, ft2, ft3 with 2*3+1
  h.f[1] = Box(0x40000000);
  h.f[2] = Box(0x40400000);
  h.f[3] = Box(0x3f800000);
  Exec(0x1820f043);
  EXPECT_EQ(h.f[0], Box(0x40e00000));
}

}  // namespace
}  // namespace rvisor::cpu
