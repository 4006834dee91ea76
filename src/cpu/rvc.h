// RV64C: expansion of 16-bit compressed instructions to their 32-bit equivalents.
#pragma once
#include <cstdint>

namespace rvisor::cpu {

// Expands one 16-bit RV64C parcel (low two bits != 0b11) to the equivalent 32-bit instruction.
// Returns 0 for an illegal or reserved encoding (the caller raises illegal-instruction).
// HINT encodings (e.g. c.addi with rd=0, c.li rd=0, c.mv rd=0, c.slli rd=0 or shamt=0 on RV64 as a hint,
// c.nop with imm!=0) expand to an instruction with no architectural effect (writes to x0), never 0.
uint32_t expand_compressed(uint16_t parcel);

}  // namespace rvisor::cpu
