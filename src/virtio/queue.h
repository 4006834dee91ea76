// A split virtqueue (virtio 1.2, 2.7), device side: the one place where the guest's rings and
// descriptors are read. Everything is validated before use:
//   - at enable (QueueReady=1): size a power of two <= max, rings aligned (16/2/4) and inside RAM;
//   - per pop: avail idx at most `size` ahead of what was consumed, head index < size, every
//     buffer's [addr, addr+len) inside RAM, at most `size` descriptors per chain (so a loop
//     ends as an error), indirect tables only when negotiated, len a non-zero multiple of 16,
//     no nesting, no INDIRECT|NEXT; device-readable buffers before device-writable ones.
// A violation makes the queue broken: pop() reports kError with a one-line reason once, and
// nothing more is read until reset(). The transport turns that into DEVICE_NEEDS_RESET.
//
// Threads: pop/push/need_interrupt/reset take an internal lock, so an I/O thread may pop
// and push while the vCPU thread resets. The ring idx fields are read with acquire and
// written with release (the guest writes the rings on another thread).
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "virtio/guest_memory.h"

namespace rvisor::virtio {

// One guest buffer of a chain, already checked to lie inside RAM.
struct Buffer {
  uint64_t addr = 0;
  uint32_t len = 0;
};

// A descriptor chain taken from the avail ring: the device reads `readable`, writes
// `writable`, then returns the chain with Queue::push(head, bytes written).
struct Chain {
  uint16_t head = 0;
  std::vector<Buffer> readable, writable;
  uint64_t readable_bytes = 0, writable_bytes = 0;
  void clear() {
    readable.clear();
    writable.clear();
    readable_bytes = writable_bytes = 0;
  }
};

class Queue {
 public:
  enum class Next { kEmpty, kChain, kError };

  explicit Queue(uint16_t max_size = 256) : max_size_(max_size), size_(max_size) {}

  // The driver's registers; the transport ignores writes to them while the queue is ready.
  uint16_t max_size() const { return max_size_; }
  uint16_t size() const { return size_; }
  uint64_t desc_addr() const { return desc_; }
  uint64_t avail_addr() const { return avail_; }
  uint64_t used_addr() const { return used_; }
  void set_size(uint16_t n) { size_ = n; }
  void set_desc_addr(uint64_t a) { desc_ = a; }
  void set_avail_addr(uint64_t a) { avail_ = a; }
  void set_used_addr(uint64_t a) { used_ = a; }

  // QueueReady=1: check the layout against `mem`. Returns "" and makes the queue ready, or a
  // reason (and the queue stays not ready). `event_idx`/`indirect`: negotiated features.
  std::string enable(const GuestMemory& mem, bool event_idx, bool indirect);
  bool ready() const { return ready_; }
  bool broken() const { return broken_; }
  // QueueReady=0: stop using the rings (the registers keep their values).
  void disable();
  // Back to the power-on state (size = max, addresses 0, not ready, indices 0).
  void reset();

  // The next available chain. kError sets `error` (only the first time; later calls return
  // kError with an empty error).
  Next pop(Chain& chain, std::string& error);
  // Return a chain to the driver through the used ring.
  void push(uint16_t head, uint32_t written);
  // After push()es: does the driver want an interrupt for them (EVENT_IDX's used_event, or
  // the avail ring's NO_INTERRUPT flag)?
  bool need_interrupt();

 private:
  Next pop_locked(Chain& chain, std::string& error);
  bool walk(uint64_t table, uint32_t count, uint16_t first, bool nested, Chain& chain, std::string& error);
  Next fail(std::string& error, std::string why);

  std::mutex mu_;
  GuestMemory mem_;
  uint16_t max_size_, size_;
  uint64_t desc_ = 0, avail_ = 0, used_ = 0;
  bool ready_ = false, broken_ = false, event_idx_ = false, indirect_ = false;
  uint16_t last_avail_ = 0;  // next avail ring entry to consume
  uint16_t used_idx_ = 0;    // our copy of used->idx
  uint16_t signalled_ = 0;   // used idx at the last need_interrupt()
};

}  // namespace rvisor::virtio
