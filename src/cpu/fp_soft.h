// A compact IEEE 754 soft-float core for the RISC-V F and D extensions.
//
// Every operation works on raw bit patterns (single values in the low 32 bits) and reports
// exceptions by OR-ing RISC-V fflags bits into `fl`. Nothing depends on the host's floating
// point environment: values are unpacked to sign / integer significand / exponent, computed
// exactly (or with a sticky bit) in 128-bit integers, then rounded once by round_pack().
//
// RISC-V specifics implemented here: all five rounding modes (incl. RMM), tininess detected
// after rounding, canonical NaN for every NaN result, fmin/fmax per the 2.2 spec (-0 < +0,
// one NaN operand returns the other), saturating float->int conversions.
#pragma once
#include <cstdint>
#include <utility>

namespace rvisor::cpu::fp {

enum Flag : uint32_t { NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16 };
enum Rm : unsigned { RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4 };

using u128 = unsigned __int128;

// Format descriptions.
struct F32 { static constexpr int E = 8, M = 23; };
struct F64 { static constexpr int E = 11, M = 52; };

template <class F>
struct Tr {
  static constexpr int M = F::M;
  static constexpr int P = F::M + 1;  // precision incl. the hidden bit
  static constexpr int bias = (1 << (F::E - 1)) - 1;
  static constexpr int emin = 1 - bias;
  static constexpr int emax = bias;
  static constexpr uint64_t mmask = (1ull << F::M) - 1;
  static constexpr uint64_t emask = (1ull << F::E) - 1;
  static constexpr uint64_t sign = 1ull << (F::E + F::M);
  static constexpr uint64_t all = sign | (sign - 1);
  static constexpr uint64_t inf = emask << F::M;
  static constexpr uint64_t qnan = inf | (1ull << (F::M - 1));  // canonical NaN
  static constexpr uint64_t maxfin = ((emask - 1) << F::M) | mmask;
};

enum class Cls : uint8_t { Zero, Finite, Inf, QNaN, SNaN };

// value = (-1)^sign * m * 2^e for Finite.
struct Unp {
  bool sign;
  Cls cls;
  int e;
  uint64_t m;
  bool nan() const { return cls == Cls::QNaN || cls == Cls::SNaN; }
};

template <class F>
inline Unp unpack(uint64_t a) {
  using T = Tr<F>;
  Unp u{};
  u.sign = (a & T::sign) != 0;
  uint64_t ef = (a >> T::M) & T::emask, mf = a & T::mmask;
  if (ef == T::emask) {
    u.cls = mf == 0 ? Cls::Inf : ((mf >> (T::M - 1)) & 1) ? Cls::QNaN : Cls::SNaN;
  } else if (ef == 0) {
    u.cls = mf == 0 ? Cls::Zero : Cls::Finite;
    u.m = mf;
    u.e = T::emin - T::M;
  } else {
    u.cls = Cls::Finite;
    u.m = mf | (1ull << T::M);
    u.e = int(ef) - T::bias - T::M;
  }
  return u;
}

inline int clz128(u128 v) {
  uint64_t hi = uint64_t(v >> 64), lo = uint64_t(v);
  if (hi) return __builtin_clzll(hi);
  if (lo) return 64 + __builtin_clzll(lo);
  return 128;
}

// v >> d with every bit shifted out OR-ed into the result's lsb ("jamming").
inline u128 shr_jam(u128 v, int d) {
  if (d <= 0) return v;
  if (d >= 128) return v != 0;
  return (v >> d) | u128((v & ((u128(1) << d) - 1)) != 0);
}

// Round the integer `sig` right by `shift` (>= 1) bits in mode rm (sign is the value's sign).
inline u128 shr_round(u128 sig, int shift, unsigned rm, bool sign, bool& inexact) {
  u128 q = shift >= 128 ? 0 : sig >> shift;
  int rb = shift - 1;  // round-bit position
  bool r = rb < 128 && ((sig >> rb) & 1);
  bool st = rb >= 128 ? sig != 0 : rb == 0 ? false : (sig & ((u128(1) << rb) - 1)) != 0;
  inexact = r || st;
  bool up = false;
  switch (rm) {
    case RNE: up = r && (st || (q & 1)); break;
    case RTZ: break;
    case RDN: up = inexact && sign; break;
    case RUP: up = inexact && !sign; break;
    default: up = r; break;  // RMM
  }
  return q + up;
}

// Round sign * sig * 2^e (sig != 0; a sticky bit may sit in the lsb provided it lands below
// the round bit after normalisation) to format F, raising NX/UF/OF.
template <class F>
inline uint64_t round_pack(bool sign, int e, u128 sig, unsigned rm, uint32_t& fl) {
  using T = Tr<F>;
  int lz = clz128(sig);
  sig <<= lz;
  e -= lz;
  const int E = e + 127;  // unbiased exponent of the value (msb at bit 127)
  const uint64_t s = sign ? T::sign : 0;
  bool inex;
  u128 r = shr_round(sig, 128 - T::P, rm, sign, inex);  // unbounded exponent range
  int Er = E;
  if (r >> T::P) { r >>= 1; Er++; }
  if (E >= T::emin) {
    if (Er > T::emax) {
      fl |= OF | NX;
      bool to_inf = rm == RNE || rm == RMM || (rm == RUP && !sign) || (rm == RDN && sign);
      return s | (to_inf ? T::inf : T::maxfin);
    }
    if (inex) fl |= NX;
    return s | (uint64_t(Er + T::bias) << T::M) | (uint64_t(r) & T::mmask);
  }
  const bool tiny = Er < T::emin;  // tininess after rounding
  const int shift = (T::emin - T::M) - (E - 127);
  bool inex2;
  u128 q = shr_round(sig, shift, rm, sign, inex2);  // <= 2^M: may become the min normal
  if (inex2) fl |= tiny ? (NX | UF) : NX;
  return s | uint64_t(q);
}

template <class F>
inline uint64_t nan_result(bool snan, uint32_t& fl) {
  if (snan) fl |= NV;
  return Tr<F>::qnan;
}

template <class F>
inline uint64_t signed_zero(bool sign) { return sign ? Tr<F>::sign : 0; }

// ---- arithmetic ----

template <class F>
inline uint64_t add(uint64_t a, uint64_t b, bool negate_b, unsigned rm, uint32_t& fl) {
  using T = Tr<F>;
  Unp x = unpack<F>(a), y = unpack<F>(b);
  if (negate_b) { y.sign = !y.sign; b ^= T::sign; }
  if (x.nan() || y.nan()) return nan_result<F>(x.cls == Cls::SNaN || y.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Inf || y.cls == Cls::Inf) {
    if (x.cls == Cls::Inf && y.cls == Cls::Inf && x.sign != y.sign) return nan_result<F>(true, fl);
    return (x.cls == Cls::Inf ? x.sign : y.sign) ? (T::sign | T::inf) : T::inf;
  }
  if (x.cls == Cls::Zero && y.cls == Cls::Zero)
    return signed_zero<F>(x.sign == y.sign ? x.sign : rm == RDN);
  if (x.cls == Cls::Zero) return b;
  if (y.cls == Cls::Zero) return a;
  if (x.e < y.e || (x.e == y.e && x.m < y.m)) std::swap(x, y);  // |x| >= |y|
  constexpr int G = 70;
  u128 X = u128(x.m) << G, Y = shr_jam(u128(y.m) << G, x.e - y.e);
  u128 S = x.sign == y.sign ? X + Y : X - Y;
  if (S == 0) return signed_zero<F>(rm == RDN);
  return round_pack<F>(x.sign, x.e - G, S, rm, fl);
}

template <class F>
inline uint64_t mul(uint64_t a, uint64_t b, unsigned rm, uint32_t& fl) {
  using T = Tr<F>;
  Unp x = unpack<F>(a), y = unpack<F>(b);
  bool s = x.sign != y.sign;
  if (x.nan() || y.nan()) return nan_result<F>(x.cls == Cls::SNaN || y.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Inf || y.cls == Cls::Inf) {
    if (x.cls == Cls::Zero || y.cls == Cls::Zero) return nan_result<F>(true, fl);
    return (s ? T::sign : 0) | T::inf;
  }
  if (x.cls == Cls::Zero || y.cls == Cls::Zero) return signed_zero<F>(s);
  return round_pack<F>(s, x.e + y.e, u128(x.m) * y.m, rm, fl);
}

template <class F>
inline uint64_t div(uint64_t a, uint64_t b, unsigned rm, uint32_t& fl) {
  using T = Tr<F>;
  Unp x = unpack<F>(a), y = unpack<F>(b);
  bool s = x.sign != y.sign;
  if (x.nan() || y.nan()) return nan_result<F>(x.cls == Cls::SNaN || y.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Inf) {
    if (y.cls == Cls::Inf) return nan_result<F>(true, fl);
    return (s ? T::sign : 0) | T::inf;
  }
  if (y.cls == Cls::Inf) return signed_zero<F>(s);
  if (y.cls == Cls::Zero) {
    if (x.cls == Cls::Zero) return nan_result<F>(true, fl);
    fl |= DZ;
    return (s ? T::sign : 0) | T::inf;
  }
  if (x.cls == Cls::Zero) return signed_zero<F>(s);
  int lx = __builtin_clzll(x.m), ly = __builtin_clzll(y.m);
  uint64_t mx = x.m << lx, my = y.m << ly;
  u128 n = u128(mx) << 64;
  u128 q = n / my, rem = n % my;
  return round_pack<F>(s, (x.e - lx) - (y.e - ly) - 64, q | u128(rem != 0), rm, fl);
}

inline u128 isqrt128(u128 v, bool& exact) {
  u128 res = 0, one = u128(1) << 126;
  while (one > v) one >>= 2;
  while (one) {
    if (v >= res + one) {
      v -= res + one;
      res = (res >> 1) + one;
    } else {
      res >>= 1;
    }
    one >>= 2;
  }
  exact = v == 0;
  return res;
}

template <class F>
inline uint64_t sqrt(uint64_t a, unsigned rm, uint32_t& fl) {
  using T = Tr<F>;
  Unp x = unpack<F>(a);
  if (x.nan()) return nan_result<F>(x.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Zero) return a;
  if (x.sign) return nan_result<F>(true, fl);
  if (x.cls == Cls::Inf) return T::inf;
  u128 m = x.m;
  int e = x.e;
  if (e & 1) { m <<= 1; e -= 1; }
  int k = (clz128(m) - 2) / 2;  // msb lands at bit 124 or 125
  m <<= 2 * k;
  e -= 2 * k;
  bool exact;
  u128 r = isqrt128(m, exact);
  return round_pack<F>(false, e / 2, r | u128(!exact), rm, fl);
}

// (neg_prod ? -(a*b) : a*b) + (neg_c ? -c : c) with a single rounding.
template <class F>
inline uint64_t fma(uint64_t a, uint64_t b, uint64_t c, bool neg_prod, bool neg_c, unsigned rm,
                    uint32_t& fl) {
  using T = Tr<F>;
  Unp x = unpack<F>(a), y = unpack<F>(b), z = unpack<F>(c);
  bool ps = (x.sign != y.sign) != neg_prod;
  if (neg_c) { z.sign = !z.sign; c ^= T::sign; }
  bool inv = (x.cls == Cls::Inf && y.cls == Cls::Zero) || (x.cls == Cls::Zero && y.cls == Cls::Inf);
  if (inv || x.nan() || y.nan() || z.nan())
    return nan_result<F>(inv || x.cls == Cls::SNaN || y.cls == Cls::SNaN || z.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Inf || y.cls == Cls::Inf) {
    if (z.cls == Cls::Inf && z.sign != ps) return nan_result<F>(true, fl);
    return (ps ? T::sign : 0) | T::inf;
  }
  if (z.cls == Cls::Inf) return c;
  if (x.cls == Cls::Zero || y.cls == Cls::Zero) {
    if (z.cls == Cls::Zero) return signed_zero<F>(ps == z.sign ? ps : rm == RDN);
    return c;
  }
  u128 P = u128(x.m) * y.m;
  int pe = x.e + y.e;
  if (z.cls == Cls::Zero) return round_pack<F>(ps, pe, P, rm, fl);
  int lp = clz128(P) - 2;
  P <<= lp;
  pe -= lp;
  u128 C = z.m;
  int lc = clz128(C) - 2;
  C <<= lc;
  int ce = z.e - lc;
  // Both significands now have their msb at bit 125: the larger exponent is the larger value.
  bool s1 = ps, s2 = z.sign;
  if (pe < ce || (pe == ce && P < C)) { std::swap(P, C); std::swap(pe, ce); std::swap(s1, s2); }
  C = shr_jam(C, pe - ce);
  u128 S = s1 == s2 ? P + C : P - C;
  if (S == 0) return signed_zero<F>(rm == RDN);
  return round_pack<F>(s1, pe, S, rm, fl);
}

// ---- conversions ----

template <class To, class From>
inline uint64_t cvt(uint64_t a, unsigned rm, uint32_t& fl) {
  Unp x = unpack<From>(a);
  if (x.nan()) return nan_result<To>(x.cls == Cls::SNaN, fl);
  if (x.cls == Cls::Inf) return (x.sign ? Tr<To>::sign : 0) | Tr<To>::inf;
  if (x.cls == Cls::Zero) return signed_zero<To>(x.sign);
  return round_pack<To>(x.sign, x.e, x.m, rm, fl);
}

// Integer -> float: the value is (negative ? -mag : mag).
template <class F>
inline uint64_t from_int(bool negative, uint64_t mag, unsigned rm, uint32_t& fl) {
  if (mag == 0) return 0;
  return round_pack<F>(negative, 0, mag, rm, fl);
}

// Float -> integer of `width` bits (32 or 64), saturating; the result is sign-extended to 64
// bits (so a 32-bit unsigned result with bit 31 set reads as negative, as fcvt.wu requires).
template <class F>
inline uint64_t to_int(uint64_t a, int width, bool is_signed, unsigned rm, uint32_t& fl) {
  const u128 maxv = is_signed ? (u128(1) << (width - 1)) - 1 : (u128(1) << width) - 1;
  auto out = [&](uint64_t v) -> uint64_t {
    return width == 32 ? uint64_t(int64_t(int32_t(uint32_t(v)))) : v;
  };
  const uint64_t minv = is_signed ? uint64_t(0) - (uint64_t(1) << (width - 1)) : 0;  // unsigned: no overflow
  Unp x = unpack<F>(a);
  if (x.nan()) { fl |= NV; return out(uint64_t(maxv)); }
  if (x.cls == Cls::Inf) { fl |= NV; return out(x.sign ? minv : uint64_t(maxv)); }
  if (x.cls == Cls::Zero) return 0;
  u128 mag;
  bool inexact = false;
  if (x.e >= 0) {
    if (x.e >= 64) { fl |= NV; return out(x.sign ? minv : uint64_t(maxv)); }
    mag = u128(x.m) << x.e;
  } else {
    mag = shr_round(x.m, -x.e, rm, x.sign, inexact);
  }
  bool oor = x.sign ? (is_signed ? mag > maxv + 1 : mag != 0) : mag > maxv;
  if (oor) { fl |= NV; return out(x.sign ? minv : uint64_t(maxv)); }
  if (inexact) fl |= NX;
  uint64_t v = x.sign ? uint64_t(0) - uint64_t(mag) : uint64_t(mag);
  return out(v);
}

// ---- comparisons, min/max, classification ----

// Maps a non-NaN value to an unsigned key with the same order (and -0 < +0).
template <class F>
inline uint64_t order_key(uint64_t a) {
  using T = Tr<F>;
  return (a & T::sign) ? (~a & T::all) : (a | T::sign);
}

template <class F>
inline bool is_zero(uint64_t a) { return (a & ~Tr<F>::sign & Tr<F>::all) == 0; }

template <class F>
inline uint64_t minmax(uint64_t a, uint64_t b, bool is_max, uint32_t& fl) {
  Unp x = unpack<F>(a), y = unpack<F>(b);
  if (x.cls == Cls::SNaN || y.cls == Cls::SNaN) fl |= NV;
  if (x.nan() && y.nan()) return Tr<F>::qnan;
  if (x.nan()) return b;
  if (y.nan()) return a;
  bool a_less = order_key<F>(a) < order_key<F>(b);
  return (a_less != is_max) ? a : b;
}

template <class F>
inline bool feq(uint64_t a, uint64_t b, uint32_t& fl) {
  Unp x = unpack<F>(a), y = unpack<F>(b);
  if (x.nan() || y.nan()) {
    if (x.cls == Cls::SNaN || y.cls == Cls::SNaN) fl |= NV;
    return false;
  }
  return a == b || (is_zero<F>(a) && is_zero<F>(b));
}

template <class F>
inline bool flt(uint64_t a, uint64_t b, uint32_t& fl) {
  Unp x = unpack<F>(a), y = unpack<F>(b);
  if (x.nan() || y.nan()) { fl |= NV; return false; }
  if (is_zero<F>(a) && is_zero<F>(b)) return false;
  return order_key<F>(a) < order_key<F>(b);
}

template <class F>
inline bool fle(uint64_t a, uint64_t b, uint32_t& fl) {
  Unp x = unpack<F>(a), y = unpack<F>(b);
  if (x.nan() || y.nan()) { fl |= NV; return false; }
  if (is_zero<F>(a) && is_zero<F>(b)) return true;
  return order_key<F>(a) <= order_key<F>(b);
}

template <class F>
inline uint64_t fclass(uint64_t a) {
  using T = Tr<F>;
  Unp x = unpack<F>(a);
  bool s = x.sign;
  switch (x.cls) {
    case Cls::Inf: return s ? 1u << 0 : 1u << 7;
    case Cls::Zero: return s ? 1u << 3 : 1u << 4;
    case Cls::SNaN: return 1u << 8;
    case Cls::QNaN: return 1u << 9;
    default: break;
  }
  bool sub = ((a >> T::M) & T::emask) == 0;
  if (sub) return s ? 1u << 2 : 1u << 5;
  return s ? 1u << 1 : 1u << 6;
}

}  // namespace rvisor::cpu::fp
