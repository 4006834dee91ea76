#include "virtio/blk.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "virtio/chain_io.h"
#include "virtio/spec.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

namespace {
using L = BlkLimits;

struct Header {
  uint32_t type, reserved;
  uint64_t sector;
};
struct Segment {  // virtio_blk_discard_write_zeroes
  uint64_t sector;
  uint32_t num_sectors, flags;
};
constexpr uint32_t kUnmap = 1;

template <typename T>
void put_le(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);  // the host is little-endian, as the guest
}

// Call fn(host pointer, length, disk offset) for each piece of the byte range
// [skip, skip + len) of `bufs`, the disk offsets starting at `disk_offset`.
template <typename Fn>
int for_each_piece(const GuestMemory& mem, const std::vector<Buffer>& bufs, uint64_t skip, uint64_t len,
                   uint64_t disk_offset, Fn fn) {
  for (const Buffer& b : bufs) {
    if (len == 0) break;
    if (skip >= b.len) {
      skip -= b.len;
      continue;
    }
    const uint64_t n = std::min<uint64_t>(b.len - skip, len);
    uint8_t* p = mem.span(b.addr + skip, n);
    if (!p) return -14;  // EFAULT: the walker checked these, so this is a bug, not a crash
    if (int r = fn(p, static_cast<size_t>(n), disk_offset); r < 0) return r;
    disk_offset += n;
    len -= n;
    skip = 0;
  }
  return 0;
}

bool in_range(uint64_t sector, uint64_t sectors, uint64_t capacity) {
  return sector <= capacity && sectors <= capacity - sector;
}

uint8_t serve_segments(const GuestMemory& mem, const Chain& chain, host::BlockBackend& disk, uint32_t type) {
  if (disk.read_only()) return kBlkIoErr;
  const uint64_t bytes = chain.readable_bytes - sizeof(Header);
  if (bytes == 0 || bytes % sizeof(Segment) || bytes / sizeof(Segment) > L::kMaxDiscardSeg) return kBlkUnsupp;
  ChainReader in(mem, chain);
  in.skip(sizeof(Header));
  const uint64_t capacity = disk.size() / L::kSectorSize;
  for (uint64_t i = 0; i < bytes / sizeof(Segment); ++i) {
    Segment s;
    in.read(&s, sizeof s);
    if (s.flags & ~(type == kBlkWriteZeroes ? kUnmap : 0u)) return kBlkUnsupp;
    if (s.num_sectors > L::kMaxDiscardSectors || !in_range(s.sector, s.num_sectors, capacity)) return kBlkIoErr;
    const uint64_t off = s.sector * L::kSectorSize, len = uint64_t{s.num_sectors} * L::kSectorSize;
    int r = type == kBlkDiscard ? disk.discard(off, len) : disk.write_zeroes(off, len);
    if (r < 0) return kBlkIoErr;
  }
  return kBlkOk;
}
}  // namespace

BlkOutcome serve_blk_request(const GuestMemory& mem, const Chain& chain, host::BlockBackend& disk, std::string_view serial) {
  BlkOutcome out;
  if (chain.readable_bytes < sizeof(Header)) {
    out.malformed = true;
    out.why = fmt::format("request {} has {} header bytes, not 16", chain.head, chain.readable_bytes);
    return out;
  }
  if (chain.writable_bytes < 1) {
    out.malformed = true;
    out.why = fmt::format("request {} has no status byte", chain.head);
    return out;
  }
  Header h;
  ChainReader(mem, chain).read(&h, sizeof h);
  const uint64_t capacity = disk.size() / L::kSectorSize;
  const uint64_t data_out = chain.readable_bytes - sizeof h;  // bytes the driver sends after the header
  const uint64_t data_in = chain.writable_bytes - 1;         // room before the status byte
  uint32_t written = 0;
  uint8_t status = kBlkOk;
  switch (h.type) {
    case kBlkIn:
      if (data_in % L::kSectorSize || !in_range(h.sector, data_in / L::kSectorSize, capacity)) {
        status = kBlkIoErr;
        break;
      }
      if (for_each_piece(mem, chain.writable, 0, data_in, h.sector * L::kSectorSize,
                         [&](uint8_t* p, size_t n, uint64_t off) { return disk.read(off, p, n); }) < 0) {
        status = kBlkIoErr;
        break;
      }
      written = static_cast<uint32_t>(data_in);
      break;
    case kBlkOut:
      if (disk.read_only() || data_out % L::kSectorSize || !in_range(h.sector, data_out / L::kSectorSize, capacity)) {
        status = kBlkIoErr;
        break;
      }
      if (for_each_piece(mem, chain.readable, sizeof h, data_out, h.sector * L::kSectorSize,
                         [&](uint8_t* p, size_t n, uint64_t off) { return disk.write(off, p, n); }) < 0)
        status = kBlkIoErr;
      break;
    case kBlkFlush:
      status = disk.flush() < 0 ? kBlkIoErr : kBlkOk;
      break;
    case kBlkGetId: {
      uint8_t id[L::kIdBytes] = {};
      std::memcpy(id, serial.data(), std::min<size_t>(serial.size(), sizeof id));
      ChainWriter w(mem, chain);
      written = static_cast<uint32_t>(w.write(id, std::min<uint64_t>(sizeof id, data_in)));
      break;
    }
    case kBlkDiscard:
    case kBlkWriteZeroes:
      status = serve_segments(mem, chain, disk, h.type);
      break;
    default:
      status = kBlkUnsupp;
  }
  ChainWriter w(mem, chain);
  w.skip(data_in);
  w.write(&status, 1);
  out.status = status;
  out.written = written + 1;
  return out;
}

BlockDevice::BlockDevice(std::string name, std::unique_ptr<host::BlockBackend> disk, std::string serial,
                         Threading threading)
    : name_(std::move(name)), disk_(std::move(disk)), serial_(std::move(serial)) {
  put_le<uint64_t>(config_ + 0, disk_->size() / L::kSectorSize);  // capacity
  put_le<uint32_t>(config_ + 12, L::kSegMax);                     // seg_max
  put_le<uint32_t>(config_ + 20, L::kSectorSize);                 // blk_size
  put_le<uint32_t>(config_ + 36, L::kMaxDiscardSectors);          // max_discard_sectors
  put_le<uint32_t>(config_ + 40, L::kMaxDiscardSeg);              // max_discard_seg
  put_le<uint32_t>(config_ + 44, 1);                              // discard_sector_alignment
  put_le<uint32_t>(config_ + 48, L::kMaxDiscardSectors);          // max_write_zeroes_sectors
  put_le<uint32_t>(config_ + 52, L::kMaxDiscardSeg);              // max_write_zeroes_seg
  config_[56] = 1;                                                // write_zeroes_may_unmap
  if (threading == Threading::kIoThread)
    io_ = std::make_unique<host::IoThread>([this] {
      const auto hold = hold_writers();
      drain();
    });
}

BlockDevice::~BlockDevice() { io_.reset(); }

uint64_t BlockDevice::features() const {
  uint64_t f = bit(kBlkFSegMax) | bit(kBlkFBlkSize) | bit(kBlkFFlush);
  return f | (disk_->read_only() ? bit(kBlkFRo) : bit(kBlkFDiscard) | bit(kBlkFWriteZeroes));
}

void BlockDevice::read_config(uint64_t offset, std::span<uint8_t> out) const {
  for (size_t i = 0; i < out.size(); ++i) out[i] = offset + i < sizeof config_ ? config_[offset + i] : 0;
}

void BlockDevice::start() {
  if (io_) io_->resume();
}

void BlockDevice::notify(unsigned) {
  if (io_)
    io_->kick();
  else
    drain();
}

void BlockDevice::reset() {
  if (io_) io_->pause();
}

void BlockDevice::drain() {
  Chain chain;
  while (transport().pop(0, chain)) {
    BlkOutcome r = serve_blk_request(transport().memory(), chain, *disk_, serial_);
    if (r.malformed) {
      transport().device_error(r.why);
      return;
    }
    transport().push(0, chain.head, r.written);
    transport().interrupt_if_needed(0);
  }
}

}  // namespace rvisor::virtio
