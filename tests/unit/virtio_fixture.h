// A fake guest for virtio tests: 1 MiB of "RAM" at 0x8000_0000 and a driver-side view of one
// split virtqueue (descriptor table, avail ring, used ring) laid out inside it.
#pragma once
#include <cstdint>
#include <cstring>
#include <vector>

#include "virtio/guest_memory.h"
#include "virtio/spec.h"

namespace rvisor::virtio::testing {

struct FakeGuest {
  static constexpr uint64_t kBase = 0x80000000, kRamSize = 1 << 20;
  static constexpr uint64_t kDesc = kBase + 0x1000, kAvail = kBase + 0x2000, kUsed = kBase + 0x3000;
  static constexpr uint64_t kData = kBase + 0x10000;  // free space for buffers and indirect tables

  std::vector<uint8_t> ram = std::vector<uint8_t>(kRamSize);
  GuestMemory mem{ram.data(), kBase, kRamSize};
  uint16_t size = 8;
  uint16_t avail_idx = 0;

  template <typename T>
  T get(uint64_t gpa) const {
    T v;
    std::memcpy(&v, ram.data() + (gpa - kBase), sizeof v);
    return v;
  }
  template <typename T>
  void put(uint64_t gpa, T v) {
    std::memcpy(ram.data() + (gpa - kBase), &v, sizeof v);
  }
  void fill(uint64_t gpa, const void* p, size_t n) { std::memcpy(ram.data() + (gpa - kBase), p, n); }
  const uint8_t* host(uint64_t gpa) const { return ram.data() + (gpa - kBase); }

  void desc_at(uint64_t table, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags = 0, uint16_t next = 0) {
    uint64_t d = table + 16ull * i;
    put<uint64_t>(d, addr);
    put<uint32_t>(d + 8, len);
    put<uint16_t>(d + 12, flags);
    put<uint16_t>(d + 14, next);
  }
  void desc(uint16_t i, uint64_t addr, uint32_t len, uint16_t flags = 0, uint16_t next = 0) {
    desc_at(kDesc, i, addr, len, flags, next);
  }
  // Put `head` in the avail ring and publish it.
  void offer(uint16_t head) {
    put<uint16_t>(kAvail + 4 + 2 * (avail_idx % size), head);
    put<uint16_t>(kAvail + 2, ++avail_idx);
  }
  uint16_t used_idx() const { return get<uint16_t>(kUsed + 2); }
  uint32_t used_id(uint16_t n) const { return get<uint32_t>(kUsed + 4 + 8 * (n % size)); }
  uint32_t used_len(uint16_t n) const { return get<uint32_t>(kUsed + 8 + 8 * (n % size)); }
  void set_used_event(uint16_t v) { put<uint16_t>(kAvail + 4 + 2 * size, v); }
  uint16_t avail_event() const { return get<uint16_t>(kUsed + 4 + 8 * size); }
};

}  // namespace rvisor::virtio::testing
