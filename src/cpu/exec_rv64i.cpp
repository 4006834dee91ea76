// RV64I and Zifencei semantics.
#include "cpu/exec_common.h"

namespace rvisor::cpu {
namespace {

RV_INSN(lui) { RD = IMM; }
RV_INSN(auipc) { RD = h.pc + IMM; }
RV_INSN(jal) { RD = h.npc; h.npc = h.pc + IMM; }
RV_INSN(jalr) {
  uint64_t target = (RS1 + IMM) & ~1ull;  // read rs1 before writing rd (rd may equal rs1)
  RD = h.npc;
  h.npc = target;
}

// With C present every branch target is 2-byte aligned, so no misaligned-target check.
RV_INSN(beq) { if (RS1 == RS2) h.npc = h.pc + IMM; }
RV_INSN(bne) { if (RS1 != RS2) h.npc = h.pc + IMM; }
RV_INSN(blt) { if (SRS1 < SRS2) h.npc = h.pc + IMM; }
RV_INSN(bge) { if (SRS1 >= SRS2) h.npc = h.pc + IMM; }
RV_INSN(bltu) { if (RS1 < RS2) h.npc = h.pc + IMM; }
RV_INSN(bgeu) { if (RS1 >= RS2) h.npc = h.pc + IMM; }

RV_INSN(lb) { RD = static_cast<uint64_t>(h.load<int8_t>(RS1 + IMM)); }
RV_INSN(lh) { RD = static_cast<uint64_t>(h.load<int16_t>(RS1 + IMM)); }
RV_INSN(lw) { RD = static_cast<uint64_t>(h.load<int32_t>(RS1 + IMM)); }
RV_INSN(ld) { RD = h.load<uint64_t>(RS1 + IMM); }
RV_INSN(lbu) { RD = h.load<uint8_t>(RS1 + IMM); }
RV_INSN(lhu) { RD = h.load<uint16_t>(RS1 + IMM); }
RV_INSN(lwu) { RD = h.load<uint32_t>(RS1 + IMM); }
RV_INSN(sb) { h.store<uint8_t>(RS1 + IMM, static_cast<uint8_t>(RS2)); }
RV_INSN(sh) { h.store<uint16_t>(RS1 + IMM, static_cast<uint16_t>(RS2)); }
RV_INSN(sw) { h.store<uint32_t>(RS1 + IMM, static_cast<uint32_t>(RS2)); }
RV_INSN(sd) { h.store<uint64_t>(RS1 + IMM, RS2); }

RV_INSN(addi) { RD = RS1 + IMM; }
RV_INSN(slti) { RD = SRS1 < i.imm; }
RV_INSN(sltiu) { RD = RS1 < IMM; }
RV_INSN(xori) { RD = RS1 ^ IMM; }
RV_INSN(ori) { RD = RS1 | IMM; }
RV_INSN(andi) { RD = RS1 & IMM; }
RV_INSN(slli) { RD = RS1 << (IMM & 63); }
RV_INSN(srli) { RD = RS1 >> (IMM & 63); }
RV_INSN(srai) { RD = static_cast<uint64_t>(SRS1 >> (IMM & 63)); }

RV_INSN(add) { RD = RS1 + RS2; }
RV_INSN(sub) { RD = RS1 - RS2; }
RV_INSN(sll) { RD = RS1 << (RS2 & 63); }
RV_INSN(slt) { RD = SRS1 < SRS2; }
RV_INSN(sltu) { RD = RS1 < RS2; }
RV_INSN(xor) { RD = RS1 ^ RS2; }
RV_INSN(srl) { RD = RS1 >> (RS2 & 63); }
RV_INSN(sra) { RD = static_cast<uint64_t>(SRS1 >> (RS2 & 63)); }
RV_INSN(or) { RD = RS1 | RS2; }
RV_INSN(and) { RD = RS1 & RS2; }

RV_INSN(addiw) { RD = sext32(RS1 + IMM); }
RV_INSN(slliw) { RD = sext32(static_cast<uint32_t>(RS1) << (IMM & 31)); }
RV_INSN(srliw) { RD = sext32(static_cast<uint32_t>(RS1) >> (IMM & 31)); }
RV_INSN(sraiw) { RD = sext32(static_cast<uint32_t>(static_cast<int32_t>(RS1) >> (IMM & 31))); }
RV_INSN(addw) { RD = sext32(RS1 + RS2); }
RV_INSN(subw) { RD = sext32(RS1 - RS2); }
RV_INSN(sllw) { RD = sext32(static_cast<uint32_t>(RS1) << (RS2 & 31)); }
RV_INSN(srlw) { RD = sext32(static_cast<uint32_t>(RS1) >> (RS2 & 31)); }
RV_INSN(sraw) { RD = sext32(static_cast<uint32_t>(static_cast<int32_t>(RS1) >> (RS2 & 31))); }

// FENCE is a full host fence (harts are host threads). FENCE.I: this hart's own stores have
// already invalidated the code they overwrote (block_cache.h); what is left is code written
// by devices or other harts (Hart::fence_i).
RV_INSN(fence) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
RV_INSN(fence_i) { h.fence_i(); }
// PAUSE marks a spin-wait loop. With several harts it leaves the run loop so the monitor can
// yield the host CPU (KVM's pause-loop exiting): the hart it waits for may need that CPU.
RV_INSN(pause) {
  if (h.config.yield_on_pause) h.request_exit(Exit::Kind::Pause);
}

const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/rv64i.def"
#undef OPCODE
};

}  // namespace

std::span<const OpcodeEntry> opcodes_rv64i() { return kTable; }

}  // namespace rvisor::cpu
