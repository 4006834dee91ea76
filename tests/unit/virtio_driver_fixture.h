// A minimal virtio-mmio driver for device tests: brings a Transport up with several queues
// (rings at fixed places in a 1 MiB page-aligned RAM at 0x8000_0000) and builds chains in them.
#pragma once
#include <sys/mman.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "virtio/spec.h"
#include "virtio/transport.h"

namespace rvisor::virtio::testing {

struct MiniDriver {
  static constexpr uint64_t kBase = 0x80000000, kRamSize = 1 << 20, kData = kBase + 0x40000;
  static constexpr uint16_t kSize = 8;
  enum : uint64_t {
    kDrvFeat = 0x20, kDrvFeatSel = 0x24, kQSel = 0x30, kQNum = 0x38, kQReady = 0x44, kNotify = 0x50,
    kStatus = 0x70, kDescLo = 0x80, kDescHi = 0x84, kAvailLo = 0x90, kAvailHi = 0x94, kUsedLo = 0xa0, kUsedHi = 0xa4,
  };
  struct Ring {
    uint16_t next_desc = 0, avail_idx = 0;
  };

  uint8_t* ram;
  std::unique_ptr<Transport> t;
  std::vector<Ring> rings;
  uint64_t bump = kData;
  bool irq = false;

  explicit MiniDriver(std::unique_ptr<Device> dev) {
    ram = static_cast<uint8_t*>(mmap(nullptr, kRamSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    t = std::make_unique<Transport>(std::move(dev), GuestMemory(ram, kBase, kRamSize), [this](bool l) { irq = l; });
  }
  ~MiniDriver() {
    t.reset();
    munmap(ram, kRamSize);
  }
  uint8_t* host(uint64_t gpa) { return ram + (gpa - kBase); }
  template <typename T>
  T get(uint64_t gpa) {
    T v;
    std::memcpy(&v, host(gpa), sizeof v);
    return v;
  }
  template <typename T>
  void put(uint64_t gpa, T v) {
    std::memcpy(host(gpa), &v, sizeof v);
  }
  void wr(uint64_t off, uint32_t v) { t->write(off, 4, v); }
  uint8_t config(uint64_t off) {
    uint64_t v = 0;
    t->read(0x100 + off, 1, v);
    return static_cast<uint8_t>(v);
  }
  static uint64_t desc_table(unsigned q) { return kBase + 0x1000 + q * 0x4000ull; }
  static uint64_t avail(unsigned q) { return desc_table(q) + 0x1000; }
  static uint64_t used(unsigned q) { return desc_table(q) + 0x2000; }

  // Negotiate VERSION_1 plus `features`, set up `queues` queues of kSize, DRIVER_OK.
  void start(uint64_t features, unsigned queues) {
    features |= bit(kFVersion1);
    wr(kStatus, kAcknowledge);
    wr(kStatus, kAcknowledge | kDriver);
    wr(kDrvFeatSel, 0);
    wr(kDrvFeat, static_cast<uint32_t>(features));
    wr(kDrvFeatSel, 1);
    wr(kDrvFeat, static_cast<uint32_t>(features >> 32));
    wr(kStatus, kAcknowledge | kDriver | kFeaturesOk);
    rings.assign(queues, Ring{});
    for (unsigned q = 0; q < queues; ++q) {
      wr(kQSel, q);
      wr(kQNum, kSize);
      wr(kDescLo, static_cast<uint32_t>(desc_table(q)));
      wr(kDescHi, 0);
      wr(kAvailLo, static_cast<uint32_t>(avail(q)));
      wr(kAvailHi, 0);
      wr(kUsedLo, static_cast<uint32_t>(used(q)));
      wr(kUsedHi, 0);
      wr(kQReady, 1);
    }
    wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  }
  // Guest memory for a buffer, filled from `data` (or zeroed to `len`).
  uint64_t alloc(const void* data, size_t len) {
    uint64_t at = bump;
    bump += (len + 15) & ~size_t{15};
    if (data) std::memcpy(host(at), data, len);
    else std::memset(host(at), 0, len);
    return at;
  }
  // Offer a chain of (addr, len, writable) buffers on queue q; returns its head.
  struct Buf {
    uint64_t addr;
    uint32_t len;
    bool writable;
  };
  uint16_t offer(unsigned q, const std::vector<Buf>& bufs) {
    Ring& r = rings[q];
    uint16_t head = r.next_desc % kSize;
    for (size_t i = 0; i < bufs.size(); ++i) {
      uint16_t d = (r.next_desc + i) % kSize;
      uint64_t at = desc_table(q) + 16ull * d;
      uint16_t flags = (bufs[i].writable ? kDescWrite : 0) | (i + 1 < bufs.size() ? kDescNext : 0);
      put<uint64_t>(at, bufs[i].addr);
      put<uint32_t>(at + 8, bufs[i].len);
      put<uint16_t>(at + 12, flags);
      put<uint16_t>(at + 14, static_cast<uint16_t>((d + 1) % kSize));
    }
    r.next_desc = static_cast<uint16_t>(r.next_desc + bufs.size());
    put<uint16_t>(avail(q) + 4 + 2 * (r.avail_idx % kSize), head);
    put<uint16_t>(avail(q) + 2, ++r.avail_idx);
    return head;
  }
  void notify(unsigned q) { wr(kNotify, q); }
  uint16_t used_idx(unsigned q) { return get<uint16_t>(used(q) + 2); }
  uint32_t used_len(unsigned q, uint16_t n) { return get<uint32_t>(used(q) + 8 + 8 * (n % kSize)); }
  uint32_t used_id(unsigned q, uint16_t n) { return get<uint32_t>(used(q) + 4 + 8 * (n % kSize)); }
  bool needs_reset() { return t->needs_reset(); }
};

}  // namespace rvisor::virtio::testing
