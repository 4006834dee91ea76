#include "cpu/coherence.h"

#include <stdexcept>

#include "cpu/hart.h"

namespace rvisor::cpu {

Coherence::Coherence(uint64_t ram_base, uint64_t ram_size)
    : ram_base_(ram_base), pages_(ram_size >> 12), owners_(std::make_unique<std::atomic<uint8_t>[]>(pages_)) {}

unsigned Coherence::add_hart(Hart& h) {
  if (harts_.size() >= kMaxHarts) throw std::invalid_argument("at most 8 harts share one machine");
  harts_.push_back(&h);
  return static_cast<unsigned>(harts_.size() - 1);
}

void Coherence::add_owner(uint64_t pa, unsigned index) {
  const uint64_t page = (pa - ram_base_) >> 12;
  if (pa < ram_base_ || page >= pages_) return;
  const uint8_t before = owners_[page].fetch_or(static_cast<uint8_t>(1u << index), std::memory_order_acq_rel);
  if (before) return;
  for (unsigned k = 0; k < harts_.size(); ++k)
    if (k != index) harts_[k]->post_new_code_page(pa);
}

void Coherence::remove_owner(uint64_t pa, unsigned index) {
  const uint64_t page = (pa - ram_base_) >> 12;
  if (pa >= ram_base_ && page < pages_) owners_[page].fetch_and(static_cast<uint8_t>(~(1u << index)), std::memory_order_acq_rel);
}

void Coherence::remove_owner_everywhere(unsigned index) {
  const auto keep = static_cast<uint8_t>(~(1u << index));
  for (uint64_t page = 0; page < pages_; ++page)
    if (owners_[page].load(std::memory_order_relaxed) & ~keep) owners_[page].fetch_and(keep, std::memory_order_acq_rel);
}

// The owners lose the page now (so that further stores by the writer stay on its fast path)
// and drop their blocks from it when they serve the request.
void Coherence::invalidate_remote(uint64_t pa, uint8_t others) {
  const uint64_t page = (pa - ram_base_) >> 12;
  owners_[page].fetch_and(static_cast<uint8_t>(~others), std::memory_order_acq_rel);
  for (unsigned k = 0; k < harts_.size(); ++k)
    if ((others >> k) & 1) harts_[k]->post_code_invalidation(pa);
}

}  // namespace rvisor::cpu
