// Gives back to the host the guest RAM pages that hold only zeros. A guest zeroes far more
// memory than it fills: Debian's kernel clears every page it allocates (init_on_alloc) and
// whole memblock reservations, and a private anonymous mapping keeps each such page resident
// though it holds nothing. MADV_DONTNEED drops it: a later read maps the host's shared zero
// page, a later write faults in a fresh zeroed page, so the guest sees no difference.
//
// A pass first finds candidates with the guest running (mincore for residency, then a read
// that stops at the first non-zero word), then closes the RamGate so that no hart or device
// can write, checks each candidate again, and discards the pages still zero.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "host/ram_gate.h"

namespace rvisor::host {

class ZeroPageReclaimer {
 public:
  ZeroPageReclaimer(uint8_t* ram, size_t size, RamGate& gate);

  struct Pass {
    size_t resident = 0;    // pages resident at the start of the pass
    size_t candidates = 0;  // of those, zero while the guest ran
    size_t discarded = 0;   // still zero with the gate closed, and given back
    bool gate_closed = false;
  };
  Pass run_once();
  uint64_t discarded_bytes() const { return discarded_pages_ * page_; }

  static bool all_zero(const uint8_t* p, size_t len);

  // The wait before the next pass: `base` after a pass that gave back at least
  // kBusyPages (the guest is zeroing memory, as a boot does), else twice the last wait, up to
  // 16 x base. An idle guest then costs a pass every 1.6 s rather than every 100 ms.
  static constexpr size_t kBusyPages = 64;
  static std::chrono::milliseconds next_wait(std::chrono::milliseconds last, std::chrono::milliseconds base,
                                             size_t discarded) {
    return discarded >= kBusyPages ? base : std::min(last * 2, base * 16);
  }

 private:
  size_t discard_runs();

  uint8_t* ram_;
  size_t size_, page_;
  RamGate& gate_;
  std::vector<unsigned char> resident_;  // mincore's answer, one byte a page
  // Pages this reclaimer gave back and has not seen hold data since. A read of such a page
  // maps the host's zero page, which mincore counts as resident; skipping these keeps a
  // page the guest only reads from being "reclaimed" on every pass.
  std::vector<bool> given_back_;
  std::vector<size_t> candidates_;
  uint64_t discarded_pages_ = 0;
};

}  // namespace rvisor::host
