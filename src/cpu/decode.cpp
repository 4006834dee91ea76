#include "cpu/decode.h"

#include <vector>

#include "cpu/hart.h"
#include "cpu/rvc.h"

namespace rvisor::cpu {
namespace {

int64_t sext(uint64_t v, unsigned bits) { return static_cast<int64_t>(v << (64 - bits)) >> (64 - bits); }
uint32_t bits(uint32_t v, unsigned hi, unsigned lo) { return (v >> lo) & ((1u << (hi - lo + 1)) - 1); }

int64_t immediate(Format f, uint32_t r) {
  switch (f) {
    case Format::I: return sext(r >> 20, 12);
    case Format::S: return sext((bits(r, 31, 25) << 5) | bits(r, 11, 7), 12);
    case Format::B:
      return sext((bits(r, 31, 31) << 12) | (bits(r, 7, 7) << 11) | (bits(r, 30, 25) << 5) | (bits(r, 11, 8) << 1), 13);
    case Format::U: return sext(r & 0xfffff000u, 32);
    case Format::J:
      return sext((bits(r, 31, 31) << 20) | (bits(r, 19, 12) << 12) | (bits(r, 20, 20) << 11) | (bits(r, 30, 21) << 1), 21);
    case Format::Csr: return r >> 20;
    default: return 0;
  }
}

RV_INSN(illegal) { throw Trap{Cause::IllegalInsn, i.raw}; }

// Opcode entries bucketed by the major opcode (bits 6..0), in list order: within a bucket the
// first match wins, so a list puts specific encodings before general ones.
struct Table {
  std::array<std::vector<const OpcodeEntry*>, 128> buckets;
  Table() {
    for (auto group : {opcodes_rv64i(), opcodes_rv64m(), opcodes_rv64a(), opcodes_fp(), opcodes_bitmanip(),
                       opcodes_system()})
      for (const OpcodeEntry& e : group) buckets[e.match & 0x7f].push_back(&e);
  }
  const OpcodeEntry* find(uint32_t raw) const {
    for (const OpcodeEntry* e : buckets[raw & 0x7f])
      if ((raw & e->mask) == e->match) return e;
    return nullptr;
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

void exec_anchor(Hart& h, const Insn& i) { exec_illegal(h, i); }

bool ends_block(uint32_t raw32) {
  switch (raw32 & 0x7f) {
    case 0x67: case 0x6f: case 0x73: return true;  // jalr, jal, SYSTEM (conditional branches: may_jump)
    // FENCE and FENCE.I: a hart serves other harts' requests between blocks, and a FENCE
    // must see them (src/cpu/coherence.h: a writer's fence orders its code stores).
    case 0x0f: return true;
    default: return false;
  }
}

Insn decode(uint32_t raw32, uint32_t original, uint8_t len) {
  Insn insn;
  insn.raw = original;
  insn.len = len;
  insn.ends_block = ends_block(raw32);
  insn.may_jump = (raw32 & 0x7f) == 0x63;
  const OpcodeEntry* e = table().find(raw32);
  if (!e) {
    insn.set_exec(&exec_illegal);
    return insn;
  }
  insn.set_exec(e->exec);
  insn.rd = bits(raw32, 11, 7);
  insn.rs1 = bits(raw32, 19, 15);
  insn.rs2 = bits(raw32, 24, 20);
  insn.rs3 = bits(raw32, 31, 27);
  insn.rm = bits(raw32, 14, 12);
  insn.imm = static_cast<int32_t>(immediate(e->format, raw32));
  return insn;
}

Insn decode_fetched(uint32_t fetched, uint8_t len) {
  if (len == 4) return decode(fetched, fetched, 4);
  uint32_t expanded = expand_compressed(static_cast<uint16_t>(fetched));
  if (expanded == 0) {
    Insn insn;
    insn.raw = fetched & 0xffff;
    insn.len = 2;
    insn.set_exec(&exec_illegal);
    insn.ends_block = true;
    return insn;
  }
  return decode(expanded, fetched & 0xffff, 2);
}

const char* opcode_name(uint32_t raw32) {
  const OpcodeEntry* e = table().find(raw32);
  return e ? e->name : nullptr;
}

}  // namespace rvisor::cpu
