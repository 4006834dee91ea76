// M extension semantics. Division by zero and signed overflow have defined results (no traps).
#include <limits>

#include "cpu/exec_common.h"

namespace rvisor::cpu {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

template <typename S>
S div_signed(S a, S b) {
  if (b == 0) return -1;
  if (a == std::numeric_limits<S>::min() && b == -1) return a;
  return a / b;
}
template <typename S>
S rem_signed(S a, S b) {
  if (b == 0) return a;
  if (a == std::numeric_limits<S>::min() && b == -1) return 0;
  return a % b;
}
template <typename U>
U div_unsigned(U a, U b) { return b == 0 ? std::numeric_limits<U>::max() : a / b; }
template <typename U>
U rem_unsigned(U a, U b) { return b == 0 ? a : a % b; }

RV_INSN(mul) { RD = RS1 * RS2; }
RV_INSN(mulh) { RD = static_cast<uint64_t>((static_cast<i128>(SRS1) * SRS2) >> 64); }
RV_INSN(mulhsu) { RD = static_cast<uint64_t>((static_cast<i128>(SRS1) * static_cast<i128>(static_cast<u128>(RS2))) >> 64); }
RV_INSN(mulhu) { RD = static_cast<uint64_t>((static_cast<u128>(RS1) * RS2) >> 64); }
RV_INSN(div) { RD = static_cast<uint64_t>(div_signed(SRS1, SRS2)); }
RV_INSN(divu) { RD = div_unsigned(RS1, RS2); }
RV_INSN(rem) { RD = static_cast<uint64_t>(rem_signed(SRS1, SRS2)); }
RV_INSN(remu) { RD = rem_unsigned(RS1, RS2); }
RV_INSN(mulw) { RD = sext32(RS1 * RS2); }
RV_INSN(divw) { RD = sext32(static_cast<uint32_t>(div_signed(static_cast<int32_t>(RS1), static_cast<int32_t>(RS2)))); }
RV_INSN(divuw) { RD = sext32(div_unsigned(static_cast<uint32_t>(RS1), static_cast<uint32_t>(RS2))); }
RV_INSN(remw) { RD = sext32(static_cast<uint32_t>(rem_signed(static_cast<int32_t>(RS1), static_cast<int32_t>(RS2)))); }
RV_INSN(remuw) { RD = sext32(rem_unsigned(static_cast<uint32_t>(RS1), static_cast<uint32_t>(RS2))); }

const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/rv64m.def"
#undef OPCODE
};

}  // namespace

std::span<const OpcodeEntry> opcodes_rv64m() { return kTable; }

}  // namespace rvisor::cpu
