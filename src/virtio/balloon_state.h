// The virtio-balloon device's bookkeeping, apart from the queues: which guest pages are in
// the balloon, the statistics the guest last reported, and handing inflated or reported free
// pages back to the host. Page frame numbers are the balloon's 4 KiB units (guest physical
// address >> 12), as the spec fixes them regardless of the guest's page size.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <unordered_set>

namespace rvisor::virtio {

// virtio-balloon statistics tags (virtio 1.2, 5.5.6.3).
enum BalloonStat : uint16_t {
  kStatSwapIn = 0, kStatSwapOut = 1, kStatMajorFaults = 2, kStatMinorFaults = 3, kStatFreeMemory = 4,
  kStatTotalMemory = 5, kStatAvailableMemory = 6, kStatDiskCaches = 7, kStatHugetlbAllocations = 8,
  kStatHugetlbFailures = 9,
};

// Parses a stats buffer: a run of {le16 tag, le64 value} entries (10 bytes each). Unknown
// tags are kept (newer guests); a trailing partial entry makes the whole buffer invalid.
std::optional<std::map<uint16_t, uint64_t>> parse_balloon_stats(std::span<const uint8_t> bytes);

class BalloonState {
 public:
  static constexpr uint64_t kPageSize = 4096;
  // RAM at guest physical `ram_base`, `ram_size` bytes, mapped at `ram` in the monitor.
  BalloonState(uint8_t* ram, uint64_t ram_base, uint64_t ram_size)
      : ram_(ram), ram_base_(ram_base), ram_size_(ram_size) {}

  // The guest gave these pages up: count them and give them back to the host. Returns false
  // (and changes nothing) when any frame lies outside RAM: a device error.
  bool inflate(std::span<const uint32_t> pfns);
  // The guest takes pages back. Frames not in the balloon are ignored (the guest may deflate
  // pages after a reset); frames outside RAM are an error.
  bool deflate(std::span<const uint32_t> pfns);
  // Free page reporting: a free range (guest physical address, length) the guest will not
  // touch until it allocates it again. Released to the host, not counted in the balloon.
  bool report_free(uint64_t guest_addr, uint64_t length);

  uint32_t pages() const { return static_cast<uint32_t>(pages_.size()); }
  uint64_t reported_bytes() const { return reported_bytes_; }
  void set_stats(std::map<uint16_t, uint64_t> stats) { stats_ = std::move(stats); }
  const std::map<uint16_t, uint64_t>& stats() const { return stats_; }
  void reset() { pages_.clear(); }  // device reset: the guest owns all of its RAM again

 private:
  bool in_ram(uint64_t pfn) const;
  uint8_t* ram_;
  uint64_t ram_base_, ram_size_;
  std::unordered_set<uint32_t> pages_;
  uint64_t reported_bytes_ = 0;
  std::map<uint16_t, uint64_t> stats_;
};

}  // namespace rvisor::virtio
