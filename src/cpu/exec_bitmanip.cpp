// Zba, Zbb, Zbs and Zicond semantics.
#include <bit>

#include "cpu/exec_common.h"

namespace rvisor::cpu {
namespace {

uint64_t uw(uint64_t v) { return v & 0xffffffffull; }  // zero-extended low word
unsigned sh(uint64_t v) { return v & 63; }

RV_INSN(add_uw) { RD = uw(RS1) + RS2; }
RV_INSN(sh1add) { RD = (RS1 << 1) + RS2; }
RV_INSN(sh2add) { RD = (RS1 << 2) + RS2; }
RV_INSN(sh3add) { RD = (RS1 << 3) + RS2; }
RV_INSN(sh1add_uw) { RD = (uw(RS1) << 1) + RS2; }
RV_INSN(sh2add_uw) { RD = (uw(RS1) << 2) + RS2; }
RV_INSN(sh3add_uw) { RD = (uw(RS1) << 3) + RS2; }
RV_INSN(slli_uw) { RD = uw(RS1) << sh(IMM); }

RV_INSN(andn) { RD = RS1 & ~RS2; }
RV_INSN(orn) { RD = RS1 | ~RS2; }
RV_INSN(xnor) { RD = ~(RS1 ^ RS2); }
RV_INSN(clz) { RD = std::countl_zero(RS1); }
RV_INSN(ctz) { RD = std::countr_zero(RS1); }
RV_INSN(cpop) { RD = std::popcount(RS1); }
RV_INSN(clzw) { RD = std::countl_zero(static_cast<uint32_t>(RS1)); }
RV_INSN(ctzw) { RD = std::countr_zero(static_cast<uint32_t>(RS1)); }
RV_INSN(cpopw) { RD = std::popcount(static_cast<uint32_t>(RS1)); }
RV_INSN(max) { RD = SRS1 > SRS2 ? RS1 : RS2; }
RV_INSN(maxu) { RD = RS1 > RS2 ? RS1 : RS2; }
RV_INSN(min) { RD = SRS1 < SRS2 ? RS1 : RS2; }
RV_INSN(minu) { RD = RS1 < RS2 ? RS1 : RS2; }
RV_INSN(sext_b) { RD = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(RS1))); }
RV_INSN(sext_h) { RD = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(RS1))); }
RV_INSN(zext_h) { RD = RS1 & 0xffff; }
RV_INSN(rol) { RD = std::rotl(RS1, static_cast<int>(sh(RS2))); }
RV_INSN(ror) { RD = std::rotr(RS1, static_cast<int>(sh(RS2))); }
RV_INSN(rolw) { RD = sext32(std::rotl(static_cast<uint32_t>(RS1), static_cast<int>(RS2 & 31))); }
RV_INSN(rorw) { RD = sext32(std::rotr(static_cast<uint32_t>(RS1), static_cast<int>(RS2 & 31))); }
RV_INSN(rori) { RD = std::rotr(RS1, static_cast<int>(sh(IMM))); }
RV_INSN(roriw) { RD = sext32(std::rotr(static_cast<uint32_t>(RS1), static_cast<int>(IMM & 31))); }
RV_INSN(orc_b) {
  uint64_t v = RS1, r = 0;
  for (unsigned b = 0; b < 64; b += 8)
    if ((v >> b) & 0xff) r |= 0xffull << b;
  RD = r;
}
RV_INSN(rev8) { RD = __builtin_bswap64(RS1); }

RV_INSN(bclr) { RD = RS1 & ~(1ull << sh(RS2)); }
RV_INSN(bclri) { RD = RS1 & ~(1ull << sh(IMM)); }
RV_INSN(bext) { RD = (RS1 >> sh(RS2)) & 1; }
RV_INSN(bexti) { RD = (RS1 >> sh(IMM)) & 1; }
RV_INSN(binv) { RD = RS1 ^ (1ull << sh(RS2)); }
RV_INSN(binvi) { RD = RS1 ^ (1ull << sh(IMM)); }
RV_INSN(bset) { RD = RS1 | (1ull << sh(RS2)); }
RV_INSN(bseti) { RD = RS1 | (1ull << sh(IMM)); }

RV_INSN(czero_eqz) { RD = RS2 == 0 ? 0 : RS1; }
RV_INSN(czero_nez) { RD = RS2 != 0 ? 0 : RS1; }

const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/bitmanip.def"
#undef OPCODE
};

}  // namespace

std::span<const OpcodeEntry> opcodes_bitmanip() { return kTable; }

}  // namespace rvisor::cpu
