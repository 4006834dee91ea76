// Sequential access to a chain's buffers as one byte stream: ChainReader over the
// device-readable part, ChainWriter over the device-writable part. Short reads/writes
// (the chain ran out) return the count actually moved; the caller decides whether that is a
// malformed request.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "virtio/guest_memory.h"
#include "virtio/queue.h"

namespace rvisor::virtio {

class ChainCursor {
 public:
  ChainCursor(const GuestMemory& mem, const std::vector<Buffer>& bufs) : mem_(mem), bufs_(bufs) {}
  uint64_t remaining() const {
    uint64_t n = 0;
    for (size_t i = index_; i < bufs_.size(); ++i) n += bufs_[i].len;
    return n - offset_;
  }
  // Skip `len` bytes; returns how many were skipped.
  uint64_t skip(uint64_t len) {
    return step(len, [](uint64_t, uint64_t, uint64_t) { return true; });
  }

 protected:
  // Walk up to `len` bytes, calling fn(guest address, byte count, bytes done so far) per piece.
  template <typename Fn>
  uint64_t step(uint64_t len, Fn fn) {
    uint64_t done = 0;
    while (done < len && index_ < bufs_.size()) {
      const Buffer& b = bufs_[index_];
      uint64_t n = std::min<uint64_t>(len - done, b.len - offset_);
      if (n > 0 && !fn(b.addr + offset_, n, done)) break;
      done += n;
      offset_ += n;
      if (offset_ == b.len) {
        ++index_;
        offset_ = 0;
      }
    }
    return done;
  }
  const GuestMemory& mem_;
  const std::vector<Buffer>& bufs_;
  size_t index_ = 0;
  uint64_t offset_ = 0;
};

class ChainReader : public ChainCursor {
 public:
  ChainReader(const GuestMemory& mem, const Chain& c) : ChainCursor(mem, c.readable) {}
  uint64_t read(void* dst, uint64_t len) {
    auto* out = static_cast<uint8_t*>(dst);
    return step(len, [&](uint64_t gpa, uint64_t n, uint64_t done) { return mem_.read(gpa, out + done, n); });
  }
};

class ChainWriter : public ChainCursor {
 public:
  ChainWriter(const GuestMemory& mem, const Chain& c) : ChainCursor(mem, c.writable) {}
  uint64_t write(const void* src, uint64_t len) {
    auto* in = static_cast<const uint8_t*>(src);
    return step(len, [&](uint64_t gpa, uint64_t n, uint64_t done) { return mem_.write(gpa, in + done, n); });
  }
};

}  // namespace rvisor::virtio
