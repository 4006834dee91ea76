// Guest RAM as the devices see it: one bounds-checked window. Every address a device takes
// from the guest (ring addresses, descriptor buffers) goes through here, so a bad value is a
// failed check, never a wild host pointer.
#pragma once
#include <atomic>
#include <cstdint>
#include <cstring>

#include "host/ram_gate.h"

namespace rvisor::virtio {

class GuestMemory {
 public:
  GuestMemory() = default;
  // `writes` (optional) counts completed device writes into RAM: the harts look at it on
  // FENCE.I, to revalidate code a device may have overwritten (cpu::Hart::share_external_writes).
  // `gate` (optional): a device thread holds it while it serves (hold_writers()).
  GuestMemory(uint8_t* host, uint64_t base, uint64_t size, std::atomic<uint64_t>* writes = nullptr,
              host::RamGate* gate = nullptr)
      : host_(host), base_(base), size_(size), writes_(writes), gate_(gate) {}
  void note_device_writes() const {
    if (writes_) writes_->fetch_add(1, std::memory_order_release);
  }

  host::RamGate* gate() const { return gate_; }

  uint64_t base() const { return base_; }
  uint64_t size() const { return size_; }

  // [gpa, gpa+len) lies inside RAM (written so that no sum can overflow).
  bool contains(uint64_t gpa, uint64_t len) const {
    return gpa >= base_ && gpa - base_ <= size_ && len <= size_ - (gpa - base_);
  }
  // The host address of [gpa, gpa+len), or nullptr when any of it lies outside RAM.
  uint8_t* span(uint64_t gpa, uint64_t len) const { return contains(gpa, len) ? host_ + (gpa - base_) : nullptr; }

  bool read(uint64_t gpa, void* dst, uint64_t len) const {
    const uint8_t* p = span(gpa, len);
    if (!p) return false;
    std::memcpy(dst, p, len);
    return true;
  }
  bool write(uint64_t gpa, const void* src, uint64_t len) const {
    uint8_t* p = span(gpa, len);
    if (!p) return false;
    std::memcpy(p, src, len);
    return true;
  }

  // Ring index fields are shared with the vCPU: acquire/release on naturally aligned 16-bit
  // words. Queue::enable has checked the rings, so the fallbacks (a load of 0, a dropped
  // store) only keep a bug from becoming a wild access.
  uint16_t load_acquire16(uint64_t gpa) const {
    return aligned16(gpa) ? ref16(gpa).load(std::memory_order_acquire) : 0;
  }
  void store_release16(uint64_t gpa, uint16_t v) const {
    if (aligned16(gpa)) ref16(gpa).store(v, std::memory_order_release);
  }

 private:
  bool aligned16(uint64_t gpa) const { return gpa % 2 == 0 && contains(gpa, 2); }
  std::atomic_ref<uint16_t> ref16(uint64_t gpa) const {
    return std::atomic_ref<uint16_t>(*reinterpret_cast<uint16_t*>(host_ + (gpa - base_)));
  }
  uint8_t* host_ = nullptr;
  uint64_t base_ = 0, size_ = 0;
  std::atomic<uint64_t>* writes_ = nullptr;
  host::RamGate* gate_ = nullptr;
};

}  // namespace rvisor::virtio
