// A raw disk image file: the guest's sector n is the file's bytes [512n, 512n+512).
#pragma once
#include <string>

#include "host/block_backend.h"

namespace rvisor::host {

class RawFile : public BlockBackend {
 public:
  // Opens read-write unless `read_only`, and takes an advisory lock (exclusive for
  // read-write, shared for read-only) so two VMs cannot both write one image. Throws DiskError.
  RawFile(const std::string& path, bool read_only);
  ~RawFile() override;
  RawFile(const RawFile&) = delete;
  RawFile& operator=(const RawFile&) = delete;

  uint64_t size() const override { return size_; }
  bool read_only() const override { return read_only_; }
  int read(uint64_t offset, void* buf, size_t len) override;
  int write(uint64_t offset, const void* buf, size_t len) override;
  int flush() override;
  int discard(uint64_t offset, uint64_t len) override;       // hole punch, else zeros
  int write_zeroes(uint64_t offset, uint64_t len) override;  // hole punch, else zeros
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  uint64_t size_ = 0;
  bool read_only_;
};

// Helpers shared with the overlay: whole-buffer pread/pwrite (retrying short transfers and
// EINTR; reads past the end of the file give zeros), and hole punching with a zero-writing
// fallback where the file system cannot punch.
int pread_all(int fd, void* buf, size_t len, uint64_t offset);
int pwrite_all(int fd, const void* buf, size_t len, uint64_t offset);
int punch_or_zero(int fd, uint64_t offset, uint64_t len);
// An image must be a regular file, locked shared (read-only) or exclusive: else close fd and
// throw DiskError naming the path. Returns the file's size.
uint64_t require_regular_and_lock(int fd, const std::string& path, bool read_only);

}  // namespace rvisor::host
