// Shorthands for instruction bodies (RV_INSN in insn.h): operands of the decoded `i` on
// hart `h`. The run loop re-zeroes x0 after every instruction, so bodies write rd freely.
#pragma once
#include <cstdint>

#include "cpu/hart.h"

#define RS1 (h.x[i.rs1])
#define RS2 (h.x[i.rs2])
#define RD (h.x[i.rd])
#define IMM (static_cast<uint64_t>(i.imm))
#define SRS1 (static_cast<int64_t>(h.x[i.rs1]))
#define SRS2 (static_cast<int64_t>(h.x[i.rs2]))

namespace rvisor::cpu {
inline uint64_t sext32(uint64_t v) { return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(v))); }
}  // namespace rvisor::cpu
