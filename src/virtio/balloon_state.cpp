#include "virtio/balloon_state.h"

#include "host/guest_ram.h"

namespace rvisor::virtio {

std::optional<std::map<uint16_t, uint64_t>> parse_balloon_stats(std::span<const uint8_t> bytes) {
  constexpr size_t kEntry = 10;
  if (bytes.size() % kEntry) return std::nullopt;
  std::map<uint16_t, uint64_t> stats;
  for (size_t at = 0; at < bytes.size(); at += kEntry) {
    uint16_t tag = static_cast<uint16_t>(bytes[at] | bytes[at + 1] << 8);
    uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= static_cast<uint64_t>(bytes[at + 2 + i]) << (8 * i);
    stats[tag] = value;
  }
  return stats;
}

bool BalloonState::in_ram(uint64_t pfn) const {
  uint64_t addr = pfn * kPageSize;
  return addr >= ram_base_ && addr - ram_base_ < ram_size_ && ram_size_ - (addr - ram_base_) >= kPageSize;
}

bool BalloonState::inflate(std::span<const uint32_t> pfns) {
  for (uint32_t pfn : pfns)
    if (!in_ram(pfn)) return false;
  for (uint32_t pfn : pfns) {
    if (!pages_.insert(pfn).second) continue;  // already inflated
    // Host pages may be larger than 4 KiB; then the discard waits for a whole host page.
    host::discard_guest_pages(ram_, ram_size_, uint64_t{pfn} * kPageSize - ram_base_, kPageSize);
  }
  return true;
}

bool BalloonState::deflate(std::span<const uint32_t> pfns) {
  for (uint32_t pfn : pfns)
    if (!in_ram(pfn)) return false;
  for (uint32_t pfn : pfns) pages_.erase(pfn);
  return true;
}

bool BalloonState::report_free(uint64_t guest_addr, uint64_t length) {
  if (guest_addr < ram_base_ || length == 0) return false;
  uint64_t offset = guest_addr - ram_base_;
  if (!host::discard_guest_pages(ram_, ram_size_, offset, length)) return false;
  reported_bytes_ += length;
  return true;
}

}  // namespace rvisor::virtio
