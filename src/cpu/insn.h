// A decoded instruction and the table format every instruction group uses to describe itself.
//
// Decoding happens once per distinct encoding (see decode.h); executing is a call through
// `exec` with operands already extracted, so the hot loop never re-parses instruction bits.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <span>

namespace rvisor::cpu {

class Hart;
struct Insn;
using ExecFn = void (*)(Hart&, const Insn&);
// Where Insn::exec offsets count from (the illegal-instruction body).
void exec_anchor(Hart&, const Insn&);

// How the immediate is laid out in the encoding; the decoder extracts it into Insn::imm.
enum class Format : uint8_t { R, I, S, B, U, J, R4, Csr, None };

struct Insn {
  // The body, as a 32-bit offset from a fixed function (all bodies lie in one text segment):
  // 16-byte instructions instead of 24, and a boot decodes half a million of them.
  ExecFn exec() const { return reinterpret_cast<ExecFn>(anchor() + exec_offset); }
  void set_exec(ExecFn fn) {
    const intptr_t d = reinterpret_cast<intptr_t>(fn) - anchor();
    if (d != static_cast<int32_t>(d)) std::abort();  // cannot happen within one binary
    exec_offset = static_cast<int32_t>(d);
  }

  int32_t exec_offset = 0;
  int32_t imm = 0;   // sign-extended immediate (every format fits 32 bits); CSR number for Format::Csr
  uint32_t raw = 0;  // the 32-bit (or expanded 16-bit) encoding
  uint32_t rd : 5 = 0, rs1 : 5 = 0, rs2 : 5 = 0, rs3 : 5 = 0;
  uint32_t len : 3 = 4;  // 2 for a compressed instruction
  uint32_t rm : 3 = 0;   // funct3: the rounding-mode field of FP instructions
  // A control transfer or system instruction (branch, jump, SYSTEM, FENCE.I): the last of
  // its block, since what follows may be fetched from elsewhere or under another translation.
  uint32_t ends_block : 1 = 0;
  // A conditional branch: its block goes on past it, and is left from the middle when taken.
  uint32_t may_jump : 1 = 0;

 private:
  static intptr_t anchor() { return reinterpret_cast<intptr_t>(&exec_anchor); }
};
static_assert(sizeof(Insn) == 16);

// One line of an opcode list: an instruction matches when (bits & mask) == match.
struct OpcodeEntry {
  const char* name;
  uint32_t mask;
  uint32_t match;
  Format format;
  ExecFn exec;
};

// Each instruction group (exec_*.cpp) publishes its list; decode.cpp concatenates them.
std::span<const OpcodeEntry> opcodes_rv64i();
std::span<const OpcodeEntry> opcodes_rv64m();
std::span<const OpcodeEntry> opcodes_rv64a();
std::span<const OpcodeEntry> opcodes_fp();
std::span<const OpcodeEntry> opcodes_bitmanip();
std::span<const OpcodeEntry> opcodes_system();

// Helpers for writing instruction bodies compactly.
// RV_INSN(name) declares `static void exec_name(Hart& h, const Insn& i)`.
#define RV_INSN(name) static void exec_##name([[maybe_unused]] Hart& h, [[maybe_unused]] const Insn& i)
// Expands one OPCODE(name, mask, match, format) line of a .def list into a table entry.
#define RV_OPCODE_ENTRY(name, mask, match, fmt) {#name, mask, match, Format::fmt, &exec_##name},

}  // namespace rvisor::cpu
