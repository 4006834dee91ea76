#include "virtio/queue.h"

#include <fmt/format.h>

#include <atomic>

#include "virtio/spec.h"

namespace rvisor::virtio {

namespace {
struct Desc {
  uint64_t addr;
  uint32_t len;
  uint16_t flags, next;
};
static_assert(sizeof(Desc) == 16);

// Ring layouts (2.7.6, 2.7.8): avail = flags, idx, ring[n], used_event; used = flags, idx,
// ring[n] of {id, len}, avail_event.
uint64_t avail_bytes(uint64_t n) { return 6 + 2 * n; }
uint64_t used_bytes(uint64_t n) { return 6 + 8 * n; }
}  // namespace

std::string Queue::enable(const GuestMemory& mem, bool event_idx, bool indirect) {
  std::lock_guard lock(mu_);
  if (size_ == 0 || (size_ & (size_ - 1)) != 0 || size_ > max_size_)
    return fmt::format("queue size {} is not a power of two up to {}", size_, max_size_);
  if (desc_ % 16 || avail_ % 2 || used_ % 4)
    return fmt::format("misaligned ring (desc {:#x}, driver {:#x}, device {:#x})", desc_, avail_, used_);
  if (!mem.contains(desc_, 16ull * size_)) return fmt::format("descriptor table at {:#x} lies outside RAM", desc_);
  if (!mem.contains(avail_, avail_bytes(size_))) return fmt::format("driver ring at {:#x} lies outside RAM", avail_);
  if (!mem.contains(used_, used_bytes(size_))) return fmt::format("device ring at {:#x} lies outside RAM", used_);
  mem_ = mem;
  event_idx_ = event_idx;
  indirect_ = indirect;
  last_avail_ = used_idx_ = signalled_ = 0;
  broken_ = false;
  ready_ = true;
  return "";
}

void Queue::disable() {
  std::lock_guard lock(mu_);
  ready_ = false;
}

void Queue::reset() {
  std::lock_guard lock(mu_);
  size_ = max_size_;
  desc_ = avail_ = used_ = 0;
  ready_ = broken_ = event_idx_ = indirect_ = false;
  last_avail_ = used_idx_ = signalled_ = 0;
}

Queue::Next Queue::fail(std::string& error, std::string why) {
  broken_ = true;
  error = std::move(why);
  return Next::kError;
}

Queue::Next Queue::pop(Chain& chain, std::string& error) {
  std::lock_guard lock(mu_);
  return pop_locked(chain, error);
}

Queue::Next Queue::pop_locked(Chain& chain, std::string& error) {
  chain.clear();
  if (broken_) return Next::kError;
  if (!ready_) return Next::kEmpty;
  uint16_t avail_idx = mem_.load_acquire16(avail_ + 2);
  if (avail_idx == last_avail_ && event_idx_) {
    // Ask for a notification at the next entry, then look again: the driver may have added
    // one before it could see avail_event.
    mem_.store_release16(used_ + 4 + 8ull * size_, last_avail_);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    avail_idx = mem_.load_acquire16(avail_ + 2);
  }
  const uint16_t pending = static_cast<uint16_t>(avail_idx - last_avail_);
  if (pending == 0) return Next::kEmpty;
  if (pending > size_)
    return fail(error, fmt::format("driver ring idx {} is {} entries ahead of the device's {} (queue size {})", avail_idx,
                                   pending, last_avail_, size_));
  uint16_t head = 0;
  mem_.read(avail_ + 4 + 2ull * (last_avail_ % size_), &head, 2);
  if (head >= size_) return fail(error, fmt::format("driver ring entry {} names descriptor {} of {}", last_avail_, head, size_));
  chain.head = head;
  if (!walk(desc_, size_, head, false, chain, error)) {
    broken_ = true;
    return Next::kError;
  }
  ++last_avail_;
  if (event_idx_) mem_.store_release16(used_ + 4 + 8ull * size_, last_avail_);
  return Next::kChain;
}

// Follow a chain from `first` through the table of `count` descriptors at `table`.
bool Queue::walk(uint64_t table, uint32_t count, uint16_t first, bool nested, Chain& chain, std::string& error) {
  uint32_t index = first, seen = 0;
  for (;;) {
    if (++seen > count) {
      error = fmt::format("descriptor chain from {} is longer than its table of {} (a loop?)", chain.head, count);
      return false;
    }
    Desc d;
    if (!mem_.read(table + 16ull * index, &d, sizeof d)) {
      error = fmt::format("descriptor {} at {:#x} lies outside RAM", index, table + 16ull * index);
      return false;
    }
    if (d.flags & kDescIndirect) {
      if (!indirect_) {
        error = fmt::format("descriptor {} is indirect but VIRTIO_F_INDIRECT_DESC was not negotiated", index);
        return false;
      }
      if (nested) {
        error = "an indirect table refers to another indirect table";
        return false;
      }
      if (d.flags & kDescNext) {
        error = fmt::format("descriptor {} is both indirect and chained", index);
        return false;
      }
      if (d.len == 0 || d.len % 16 || d.len / 16 > 65536) {
        error = fmt::format("indirect table of {} bytes is not a whole number of descriptors", d.len);
        return false;
      }
      if (!mem_.contains(d.addr, d.len)) {
        error = fmt::format("indirect table [{:#x}, +{:#x}) lies outside RAM", d.addr, d.len);
        return false;
      }
      // The indirect table ends the chain; it may hold up to len/16 descriptors.
      return walk(d.addr, d.len / 16, 0, true, chain, error);
    }
    if (!mem_.contains(d.addr, d.len)) {
      error = fmt::format("buffer [{:#x}, +{:#x}) of descriptor {} lies outside RAM", d.addr, d.len, index);
      return false;
    }
    if (d.flags & kDescWrite) {
      chain.writable.push_back({d.addr, d.len});
      chain.writable_bytes += d.len;
    } else {
      if (!chain.writable.empty()) {
        error = fmt::format("descriptor {} is device-readable after a device-writable one", index);
        return false;
      }
      chain.readable.push_back({d.addr, d.len});
      chain.readable_bytes += d.len;
    }
    if (!(d.flags & kDescNext)) return true;
    if (d.next >= count) {
      error = fmt::format("descriptor {} chains to {} beyond its table of {}", index, d.next, count);
      return false;
    }
    index = d.next;
  }
}

void Queue::push(uint16_t head, uint32_t written) {
  std::lock_guard lock(mu_);
  if (!ready_ || broken_) return;
  struct {
    uint32_t id, len;
  } elem{head, written};
  mem_.write(used_ + 4 + 8ull * (used_idx_ % size_), &elem, sizeof elem);
  ++used_idx_;
  mem_.note_device_writes();  // whatever the device wrote for this chain, the guest may now run
  mem_.store_release16(used_ + 2, used_idx_);  // publishes the element written above
}

bool Queue::need_interrupt() {
  std::lock_guard lock(mu_);
  if (!ready_) return false;
  // The used idx store must be visible before we read the driver's suppression fields.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  const uint16_t old = signalled_, now = used_idx_;
  signalled_ = now;
  if (old == now) return false;
  if (event_idx_) {
    uint16_t used_event = mem_.load_acquire16(avail_ + 4 + 2ull * size_);
    // 2.7.10: interrupt when used_event lies in (old, now].
    return static_cast<uint16_t>(now - used_event - 1) < static_cast<uint16_t>(now - old);
  }
  return !(mem_.load_acquire16(avail_) & kAvailNoInterrupt);
}

}  // namespace rvisor::virtio
