// Basic RISC-V vocabulary shared by every part of the CPU.
#pragma once
#include <cstdint>

namespace rvisor::cpu {

enum class Priv : uint8_t { U = 0, S = 1, M = 3 };

// Synchronous exception causes (privileged spec table 3.6).
enum class Cause : uint64_t {
  InsnMisaligned = 0, InsnAccessFault = 1, IllegalInsn = 2, Breakpoint = 3,
  LoadMisaligned = 4, LoadAccessFault = 5, StoreMisaligned = 6, StoreAccessFault = 7,
  EcallU = 8, EcallS = 9, EcallM = 11,
  InsnPageFault = 12, LoadPageFault = 13, StorePageFault = 15,
};

// Interrupt numbers (bit positions in mip/mie).
enum Irq : unsigned { SSI = 1, MSI = 3, STI = 5, MTI = 7, SEI = 9, MEI = 11 };
constexpr uint64_t kInterruptBit = 1ull << 63;
// Not an interrupt: the bit another hart or the monitor sets in mip to make a hart serve its
// requests (remote fences, Hart::kick) at its next block boundary. The internal mie always has
// it, so every "mip & mie" check on the way (the run loops; for translated code, kick zeroes
// the chain limit as a raised line does) sees it for free; the guest never does (csr.cpp
// hides it).
constexpr uint64_t kRequestBit = 1ull << 62;

// A synchronous trap raised while executing an instruction. Thrown by the memory and CSR
// paths (deep inside an instruction) and caught once by the run loop; instructions never
// partially retire because no architectural state is written before the throw.
struct Trap {
  Cause cause;
  uint64_t tval;
};

enum class Access : uint8_t { Fetch, Load, Store };

}  // namespace rvisor::cpu
