// F and D extensions (rv64): instruction bodies and the opcode table (opcodes/fp.def).
//
// Arithmetic goes through the soft-float core in fp_soft.h, so results and fflags do not
// depend on the host FPU. Order inside every body: check FS, resolve the rounding mode (may
// trap), do any memory access (may trap), then write registers and accrue fflags.
#include <span>

#include "cpu/fp_soft.h"
#include "cpu/hart.h"
#include "cpu/insn.h"

namespace rvisor::cpu {
namespace {

using fp::F32;
using fp::F64;

constexpr uint64_t kBoxHigh = 0xffffffff00000000ull;

inline void require_fp(const Hart& h, const Insn& i) {
  if (!h.fp_enabled()) throw Trap{Cause::IllegalInsn, i.raw};
}

// The instruction's rounding mode: 7 = dynamic (frm); reserved modes are illegal.
inline unsigned rounding_mode(const Hart& h, const Insn& i) {
  unsigned rm = i.rm == 7 ? (h.csrs.frm & 7) : i.rm;
  if (rm > 4) throw Trap{Cause::IllegalInsn, i.raw};
  return rm;
}

// Operand reads: a single operand that is not properly NaN-boxed reads as the canonical NaN.
template <class F> uint64_t get(const Hart& h, unsigned r);
template <> inline uint64_t get<F32>(const Hart& h, unsigned r) {
  uint64_t v = h.f[r];
  return (v & kBoxHigh) == kBoxHigh ? (v & 0xffffffffull) : fp::Tr<F32>::qnan;
}
template <> inline uint64_t get<F64>(const Hart& h, unsigned r) { return h.f[r]; }

template <class F> void put(Hart& h, unsigned r, uint64_t v);
template <> inline void put<F32>(Hart& h, unsigned r, uint64_t v) {
  h.f[r] = kBoxHigh | (v & 0xffffffffull);
  h.fp_dirty();
}
template <> inline void put<F64>(Hart& h, unsigned r, uint64_t v) {
  h.f[r] = v;
  h.fp_dirty();
}

inline void accrue(Hart& h, uint32_t fl) {
  if (fl) {
    h.csrs.fflags |= fl;
    h.fp_dirty();
  }
}

inline void set_x(Hart& h, unsigned rd, uint64_t v) {
  if (rd != 0) h.x[rd] = v;
}

// ---- shared bodies ----

template <class F, int Op>  // 0 add, 1 sub, 2 mul, 3 div
inline void arith(Hart& h, const Insn& i) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint32_t fl = 0;
  uint64_t a = get<F>(h, i.rs1), b = get<F>(h, i.rs2), r;
  if constexpr (Op == 0) r = fp::add<F>(a, b, false, rm, fl);
  else if constexpr (Op == 1) r = fp::add<F>(a, b, true, rm, fl);
  else if constexpr (Op == 2) r = fp::mul<F>(a, b, rm, fl);
  else r = fp::div<F>(a, b, rm, fl);
  put<F>(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void fsqrt(Hart& h, const Insn& i) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint32_t fl = 0;
  uint64_t r = fp::sqrt<F>(get<F>(h, i.rs1), rm, fl);
  put<F>(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void fused(Hart& h, const Insn& i, bool neg_prod, bool neg_c) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint32_t fl = 0;
  uint64_t r = fp::fma<F>(get<F>(h, i.rs1), get<F>(h, i.rs2), get<F>(h, i.rs3), neg_prod, neg_c,
                          rm, fl);
  put<F>(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void sgnj(Hart& h, const Insn& i, int kind) {  // 0 j, 1 jn, 2 jx
  require_fp(h, i);
  constexpr uint64_t S = fp::Tr<F>::sign;
  uint64_t a = get<F>(h, i.rs1), b = get<F>(h, i.rs2);
  uint64_t s = kind == 0 ? (b & S) : kind == 1 ? (~b & S) : ((a ^ b) & S);
  put<F>(h, i.rd, (a & ~S) | s);
}

template <class F>
inline void minmax(Hart& h, const Insn& i, bool is_max) {
  require_fp(h, i);
  uint32_t fl = 0;
  uint64_t r = fp::minmax<F>(get<F>(h, i.rs1), get<F>(h, i.rs2), is_max, fl);
  put<F>(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void compare(Hart& h, const Insn& i, int kind) {  // 0 eq, 1 lt, 2 le
  require_fp(h, i);
  uint32_t fl = 0;
  uint64_t a = get<F>(h, i.rs1), b = get<F>(h, i.rs2);
  bool r = kind == 0 ? fp::feq<F>(a, b, fl) : kind == 1 ? fp::flt<F>(a, b, fl) : fp::fle<F>(a, b, fl);
  set_x(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void fclass(Hart& h, const Insn& i) {
  require_fp(h, i);
  set_x(h, i.rd, fp::fclass<F>(get<F>(h, i.rs1)));
}

template <class F>
inline void to_int(Hart& h, const Insn& i, int width, bool is_signed) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint32_t fl = 0;
  uint64_t r = fp::to_int<F>(get<F>(h, i.rs1), width, is_signed, rm, fl);
  set_x(h, i.rd, r);
  accrue(h, fl);
}

template <class F>
inline void from_int(Hart& h, const Insn& i, int width, bool is_signed) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint64_t v = h.x[i.rs1];
  if (width == 32) v = is_signed ? uint64_t(int64_t(int32_t(uint32_t(v)))) : uint32_t(v);
  bool neg = is_signed && int64_t(v) < 0;
  uint32_t fl = 0;
  uint64_t r = fp::from_int<F>(neg, neg ? uint64_t(0) - v : v, rm, fl);
  put<F>(h, i.rd, r);
  accrue(h, fl);
}

template <class To, class From>
inline void convert(Hart& h, const Insn& i) {
  require_fp(h, i);
  unsigned rm = rounding_mode(h, i);
  uint32_t fl = 0;
  uint64_t r = fp::cvt<To, From>(get<From>(h, i.rs1), rm, fl);
  put<To>(h, i.rd, r);
  accrue(h, fl);
}

inline uint64_t ea(const Hart& h, const Insn& i) { return h.x[i.rs1] + uint64_t(i.imm); }

}  // namespace

// ---- loads / stores / moves ----

RV_INSN(flw) {
  require_fp(h, i);
  uint32_t v = h.load<uint32_t>(ea(h, i));
  put<F32>(h, i.rd, v);
}
RV_INSN(fld) {
  require_fp(h, i);
  uint64_t v = h.load<uint64_t>(ea(h, i));
  put<F64>(h, i.rd, v);
}
RV_INSN(fsw) {
  require_fp(h, i);
  h.store<uint32_t>(ea(h, i), uint32_t(h.f[i.rs2]));
}
RV_INSN(fsd) {
  require_fp(h, i);
  h.store<uint64_t>(ea(h, i), h.f[i.rs2]);
}
RV_INSN(fmv_x_w) {
  require_fp(h, i);
  set_x(h, i.rd, uint64_t(int64_t(int32_t(uint32_t(h.f[i.rs1])))));
}
RV_INSN(fmv_w_x) {
  require_fp(h, i);
  put<F32>(h, i.rd, uint32_t(h.x[i.rs1]));
}
RV_INSN(fmv_x_d) {
  require_fp(h, i);
  set_x(h, i.rd, h.f[i.rs1]);
}
RV_INSN(fmv_d_x) {
  require_fp(h, i);
  put<F64>(h, i.rd, h.x[i.rs1]);
}

// ---- single and double bodies ----

#define RV_FP_BODIES(sfx, F)                                             \
  RV_INSN(fadd_##sfx) { arith<F, 0>(h, i); }                             \
  RV_INSN(fsub_##sfx) { arith<F, 1>(h, i); }                             \
  RV_INSN(fmul_##sfx) { arith<F, 2>(h, i); }                             \
  RV_INSN(fdiv_##sfx) { arith<F, 3>(h, i); }                             \
  RV_INSN(fsqrt_##sfx) { fsqrt<F>(h, i); }                               \
  RV_INSN(fmadd_##sfx) { fused<F>(h, i, false, false); }                 \
  RV_INSN(fmsub_##sfx) { fused<F>(h, i, false, true); }                  \
  RV_INSN(fnmsub_##sfx) { fused<F>(h, i, true, false); }                 \
  RV_INSN(fnmadd_##sfx) { fused<F>(h, i, true, true); }                  \
  RV_INSN(fsgnj_##sfx) { sgnj<F>(h, i, 0); }                             \
  RV_INSN(fsgnjn_##sfx) { sgnj<F>(h, i, 1); }                            \
  RV_INSN(fsgnjx_##sfx) { sgnj<F>(h, i, 2); }                            \
  RV_INSN(fmin_##sfx) { minmax<F>(h, i, false); }                        \
  RV_INSN(fmax_##sfx) { minmax<F>(h, i, true); }                         \
  RV_INSN(feq_##sfx) { compare<F>(h, i, 0); }                            \
  RV_INSN(flt_##sfx) { compare<F>(h, i, 1); }                            \
  RV_INSN(fle_##sfx) { compare<F>(h, i, 2); }                            \
  RV_INSN(fclass_##sfx) { fclass<F>(h, i); }                             \
  RV_INSN(fcvt_w_##sfx) { to_int<F>(h, i, 32, true); }                   \
  RV_INSN(fcvt_wu_##sfx) { to_int<F>(h, i, 32, false); }                 \
  RV_INSN(fcvt_l_##sfx) { to_int<F>(h, i, 64, true); }                   \
  RV_INSN(fcvt_lu_##sfx) { to_int<F>(h, i, 64, false); }                 \
  RV_INSN(fcvt_##sfx##_w) { from_int<F>(h, i, 32, true); }               \
  RV_INSN(fcvt_##sfx##_wu) { from_int<F>(h, i, 32, false); }             \
  RV_INSN(fcvt_##sfx##_l) { from_int<F>(h, i, 64, true); }               \
  RV_INSN(fcvt_##sfx##_lu) { from_int<F>(h, i, 64, false); }

RV_FP_BODIES(s, F32)
RV_FP_BODIES(d, F64)
#undef RV_FP_BODIES

RV_INSN(fcvt_s_d) { convert<F32, F64>(h, i); }
RV_INSN(fcvt_d_s) { convert<F64, F32>(h, i); }

static const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/fp.def"
#undef OPCODE
};

std::span<const OpcodeEntry> opcodes_fp() { return kTable; }

}  // namespace rvisor::cpu
