#include "host/zero_pages.h"

#include "host/guest_ram.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace rvisor::host {

namespace {
// A slice that holds writers still is brief (a hart's time slice, a device's batch); a
// holder still there after this is likely waiting for someone queued at the gate.
constexpr std::chrono::microseconds kPatience{5000};
}  // namespace

ZeroPageReclaimer::ZeroPageReclaimer(uint8_t* ram, size_t size, RamGate& gate)
    : ram_(ram), size_(size), page_(static_cast<size_t>(sysconf(_SC_PAGESIZE))), gate_(gate) {
  if (reinterpret_cast<uintptr_t>(ram) % page_ || size % page_)
    throw std::invalid_argument("zero-page reclaimer: RAM is not page-aligned");
  resident_.resize(size_ / page_);
  given_back_.resize(size_ / page_);
}

// Reads a word at a time and stops at the first non-zero one: a page with data usually has
// some in its first cache line, so a resident page costs about one miss.
bool ZeroPageReclaimer::all_zero(const uint8_t* p, size_t len) {
  constexpr size_t kChunk = 64;
  for (size_t off = 0; off < len; off += kChunk) {
    uint64_t w[kChunk / 8];
    std::memcpy(w, p + off, kChunk);
    uint64_t any = 0;
    for (uint64_t v : w) any |= v;
    if (any) return false;
  }
  return true;
}

ZeroPageReclaimer::Pass ZeroPageReclaimer::run_once() {
  Pass pass;
  if (mincore(ram_, size_, resident_.data()) != 0) return pass;
  candidates_.clear();
  for (size_t i = 0; i < resident_.size(); ++i) {
    if (!(resident_[i] & 1)) continue;
    ++pass.resident;
    if (!all_zero(ram_ + i * page_, page_)) {
      given_back_[i] = false;
      continue;
    }
    if (!given_back_[i]) candidates_.push_back(i);
  }
  pass.candidates = candidates_.size();
  if (candidates_.empty() || !gate_.close(kPatience)) return pass;
  pass.gate_closed = true;
  // No hart or device writes now: a page zero here stays zero until the gate opens, so
  // dropping it loses nothing.
  size_t kept = 0;
  for (size_t i : candidates_)
    if (all_zero(ram_ + i * page_, page_)) candidates_[kept++] = i;
  candidates_.resize(kept);
  pass.discarded = discard_runs();
  gate_.open();
  discarded_pages_ += pass.discarded;
  return pass;
}

// One madvise per run of consecutive pages; returns how many pages went.
size_t ZeroPageReclaimer::discard_runs() {
  size_t discarded = 0;
  for (size_t a = 0; a < candidates_.size();) {
    size_t b = a + 1;
    while (b < candidates_.size() && candidates_[b] == candidates_[b - 1] + 1) ++b;
    if (discard_guest_pages(ram_, size_, candidates_[a] * page_, (b - a) * page_)) {
      for (size_t k = a; k < b; ++k) given_back_[candidates_[k]] = true;
      discarded += b - a;
    }
    a = b;
  }
  return discarded;
}

}  // namespace rvisor::host
