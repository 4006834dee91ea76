// A extension: LR/SC with a reservation, and the AMOs as host atomics on guest RAM (so they
// stay atomic when several harts run on several host threads).
#include "cpu/exec_common.h"

namespace rvisor::cpu {
namespace {

template <typename T>
uint64_t extend(T v) {  // .w results are sign-extended
  return static_cast<uint64_t>(static_cast<int64_t>(static_cast<std::make_signed_t<T>>(v)));
}

template <typename T>
void load_reserved(Hart& h, const Insn& i) {
  uint64_t pa;
  T* p = reinterpret_cast<T*>(h.lr_location(RS1, sizeof(T), pa));
  T v = __atomic_load_n(p, __ATOMIC_SEQ_CST);
  h.reservation_valid = true;
  h.reservation_addr = pa;
  h.reservation_size = sizeof(T);
  h.reservation_value = static_cast<uint64_t>(v);
  RD = extend(v);
}

// SC: succeeds (rd = 0) only with a valid reservation of the same size on this address, and
// only if memory still holds what LR read: a compare-and-swap, so that a store by another
// hart (another host thread) in between makes it fail. (A store of the same value does not:
// the ABA case, which QEMU accepts too.) The store side is checked (alignment, translation,
// fault) whether or not it succeeds, as the spec allows and riscv-tests expect.
template <typename T>
void store_conditional(Hart& h, const Insn& i) {
  uint64_t pa;
  T* p = h.amo_location<T>(RS1, &pa);
  bool ok = h.reservation_valid && h.reservation_addr == pa && h.reservation_size == sizeof(T);
  h.reservation_valid = false;
  if (ok) {
    T expected = static_cast<T>(h.reservation_value);
    ok = __atomic_compare_exchange_n(p, &expected, static_cast<T>(RS2), false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  }
  RD = ok ? 0 : 1;
}

// A read-modify-write through compare-and-swap: works for every operation uniformly.
template <typename T, typename Op>
void amo(Hart& h, const Insn& i, Op op) {
  T* p = h.amo_location<T>(RS1);
  T operand = static_cast<T>(RS2);
  T old = __atomic_load_n(p, __ATOMIC_RELAXED);
  while (!__atomic_compare_exchange_n(p, &old, op(old, operand), true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {}
  RD = extend(old);
}

// Each AMO is one expression of the old value `a` and the operand `b`, in both widths.
#define SIGNED(v) static_cast<std::make_signed_t<decltype(v)>>(v)
#define RV_AMO_PAIR(name, expr)                                                                        \
  RV_INSN(name##_w) { amo<uint32_t>(h, i, [](auto a, auto b) { return static_cast<decltype(a)>(expr); }); } \
  RV_INSN(name##_d) { amo<uint64_t>(h, i, [](auto a, auto b) { return static_cast<decltype(a)>(expr); }); }

RV_AMO_PAIR(amoswap, ((void)a, b))
RV_AMO_PAIR(amoadd, a + b)
RV_AMO_PAIR(amoxor, a ^ b)
RV_AMO_PAIR(amoand, a & b)
RV_AMO_PAIR(amoor, a | b)
RV_AMO_PAIR(amomin, SIGNED(a) < SIGNED(b) ? a : b)
RV_AMO_PAIR(amomax, SIGNED(a) > SIGNED(b) ? a : b)
RV_AMO_PAIR(amominu, a < b ? a : b)
RV_AMO_PAIR(amomaxu, a > b ? a : b)
#undef RV_AMO_PAIR
#undef SIGNED

RV_INSN(lr_w) { load_reserved<uint32_t>(h, i); }
RV_INSN(lr_d) { load_reserved<uint64_t>(h, i); }
RV_INSN(sc_w) { store_conditional<uint32_t>(h, i); }
RV_INSN(sc_d) { store_conditional<uint64_t>(h, i); }

const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/rv64a.def"
#undef OPCODE
};

}  // namespace

std::span<const OpcodeEntry> opcodes_rv64a() { return kTable; }

}  // namespace rvisor::cpu
