// The fake guest the fuzz targets share: the input is the first bytes of a small guest RAM
// holding one split virtqueue (descriptor table, driver ring, device ring) and whatever the
// descriptors point at. Two leading bytes choose the queue size and the features.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "virtio/guest_memory.h"
#include "virtio/queue.h"

namespace rvisor::virtio::fuzz {

constexpr uint64_t kBase = 0x1000, kRamSize = 8192;
constexpr uint64_t kDesc = kBase, kAvail = kBase + 256, kUsed = kBase + 512;  // room for 16 entries

struct Guest {
  std::vector<uint8_t> ram = std::vector<uint8_t>(kRamSize);
  GuestMemory mem{ram.data(), kBase, kRamSize};
  Queue queue{16};
  bool ready = false;

  Guest(const uint8_t* data, size_t size) {
    if (size < 2) return;
    queue.set_size(static_cast<uint16_t>(data[0] < 8 ? 1u << data[0] : data[0]));  // mostly powers of two
    queue.set_desc_addr(kDesc);
    queue.set_avail_addr(kAvail);
    queue.set_used_addr(kUsed);
    std::memcpy(ram.data(), data + 2, std::min<size_t>(size - 2, kRamSize));
    ready = queue.enable(mem, data[1] & 1, data[1] & 2).empty();
  }
};

// Every buffer the walker hands out must lie inside RAM: the property the devices rely on.
inline void check_chain(const GuestMemory& mem, const Chain& c) {
  uint64_t r = 0, w = 0;
  for (const Buffer& b : c.readable) {
    if (!mem.contains(b.addr, b.len)) std::abort();
    r += b.len;
  }
  for (const Buffer& b : c.writable) {
    if (!mem.contains(b.addr, b.len)) std::abort();
    w += b.len;
  }
  if (r != c.readable_bytes || w != c.writable_bytes) std::abort();
}

}  // namespace rvisor::virtio::fuzz
