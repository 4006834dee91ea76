// Where a virtual disk's bytes live. The virtio-blk device turns requests into these calls
// (from its I/O thread); offsets and lengths are in bytes and already checked against
// size(). Each call returns 0 or a negative errno.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace rvisor::host {

// A disk image that cannot be used (missing, a directory, locked, a mismatched overlay...).
// The message names the file and the problem, for a one-line error.
struct DiskError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class BlockBackend {
 public:
  virtual ~BlockBackend() = default;
  virtual uint64_t size() const = 0;
  virtual bool read_only() const = 0;
  virtual int read(uint64_t offset, void* buf, size_t len) = 0;
  virtual int write(uint64_t offset, const void* buf, size_t len) = 0;
  virtual int flush() = 0;
  // Deallocate: later reads return zeros (the raw file punches a hole).
  virtual int discard(uint64_t offset, uint64_t len) = 0;
  virtual int write_zeroes(uint64_t offset, uint64_t len) = 0;
};

// How the command line describes one disk (--drive / QEMU's -drive).
struct DriveSpec {
  std::string file;
  bool read_only = false;
  std::string serial;
  std::string overlay;    // copy-on-write overlay file; empty: none
  bool snapshot = false;  // a temporary overlay, deleted at exit (QEMU's snapshot=on)
};

// Open the image (and its overlay) as `spec` says. Throws DiskError.
std::unique_ptr<BlockBackend> open_drive(const DriveSpec& spec);

}  // namespace rvisor::host
