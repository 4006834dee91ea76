// A copy-on-write overlay over a read-only base image. The base is opened read-only and never
// written; the guest's writes land in the overlay file, and reads of clusters the guest never
// wrote fall through to the base.
//
// The overlay file format (version 1, all integers little-endian):
//   [0, 4096)            header: magic "RVISCOW\n" (8 bytes), u32 version = 1,
//                        u32 cluster_bits (16: 64 KiB clusters), u64 base_size (bytes),
//                        u64 clusters = ceil(base_size / cluster), u64 bitmap_offset = 4096,
//                        u64 data_offset; the rest is zero
//   [4096, +clusters/8)  allocation bitmap: bit i (byte i/8, bit i%8) set = cluster i is in
//                        the overlay
//   [data_offset, ...)   cluster i at data_offset + i * cluster size (data_offset is
//                        cluster-aligned); never-written clusters are holes of the sparse file
// A cluster is copied from the base on its first partial write. The bitmap is written back on
// FLUSH and at close, after the data has been synced, so after a crash the overlay shows the
// state of the last flush. An overlay records its base's size; opening it over a base of
// another size is refused.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "host/raw_file.h"

namespace rvisor::host {

class CowOverlay : public BlockBackend {
 public:
  static constexpr uint32_t kVersion = 1, kClusterBits = 16;
  static constexpr uint64_t kHeaderSize = 4096;

  // `base` is read-only. `path` is created (with its header) when missing or empty, else
  // checked. An empty `path` makes a temporary overlay that is deleted at once (it lives
  // until the process exits: QEMU's snapshot=on). Throws DiskError.
  CowOverlay(std::unique_ptr<RawFile> base, const std::string& path, bool read_only);
  ~CowOverlay() override;

  uint64_t size() const override { return size_; }
  bool read_only() const override { return read_only_; }
  int read(uint64_t offset, void* buf, size_t len) override;
  int write(uint64_t offset, const void* buf, size_t len) override;
  int flush() override;
  int discard(uint64_t offset, uint64_t len) override;
  int write_zeroes(uint64_t offset, uint64_t len) override { return discard(offset, len); }

  bool allocated(uint64_t cluster) const { return (bitmap_[cluster / 8] >> (cluster % 8)) & 1; }

 private:
  static constexpr uint64_t kCluster = 1ull << kClusterBits;
  void create_header(const std::string& path);
  void load_header(const std::string& path);
  void allocate(uint64_t cluster);
  int write_bitmap();
  uint64_t data_at(uint64_t offset) const { return data_offset_ + offset; }

  std::unique_ptr<RawFile> base_;
  int fd_ = -1;
  uint64_t size_, clusters_, data_offset_ = 0;
  bool read_only_;
  std::vector<uint8_t> bitmap_;
  bool bitmap_dirty_ = false;
  std::vector<uint8_t> scratch_;  // one cluster, for copy-on-write
};

}  // namespace rvisor::host
