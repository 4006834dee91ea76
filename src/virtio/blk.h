// virtio-blk (virtio 1.2, 5.2): one request queue served on the disk's own I/O thread.
// Requests: IN, OUT, FLUSH (fdatasync), GET_ID (the serial), DISCARD and WRITE_ZEROES (hole
// punching). Offered features: SEG_MAX, BLK_SIZE, FLUSH, and RO for a read-only drive or
// DISCARD and WRITE_ZEROES for a writable one.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "host/block_backend.h"
#include "host/io_thread.h"
#include "virtio/device.h"
#include "virtio/queue.h"
#include "virtio/spec.h"

namespace rvisor::virtio {

// Request types and status codes (5.2.6).
enum BlkType : uint32_t {
  kBlkIn = 0, kBlkOut = 1, kBlkFlush = 4, kBlkGetId = 8, kBlkDiscard = 11, kBlkWriteZeroes = 13,
};
enum BlkStatus : uint8_t { kBlkOk = 0, kBlkIoErr = 1, kBlkUnsupp = 2 };
enum BlkFeature : unsigned {
  kBlkFSegMax = 2, kBlkFRo = 5, kBlkFBlkSize = 6, kBlkFFlush = 9, kBlkFDiscard = 13, kBlkFWriteZeroes = 14,
};

struct BlkLimits {
  static constexpr uint32_t kSectorSize = 512;
  static constexpr uint16_t kQueueSize = 256;
  static constexpr uint32_t kSegMax = kQueueSize - 2;  // header and status take two descriptors
  static constexpr uint32_t kMaxDiscardSectors = 1u << 22;  // 2 GiB per segment
  static constexpr uint32_t kMaxDiscardSeg = 16;
  static constexpr uint32_t kIdBytes = 20;  // VIRTIO_BLK_ID_BYTES
};

// The outcome of one request: what to put in the used ring, or, when the chain cannot carry
// a request at all (no 16-byte header, no status byte), a device error.
struct BlkOutcome {
  bool malformed = false;
  std::string why;       // when malformed
  uint8_t status = kBlkOk;
  uint32_t written = 0;  // bytes written into the chain, status byte included
};

// Parse and serve one request chain against `disk`. No threads, no transport: the device's
// I/O thread, the unit tests and the fuzzer all call this.
BlkOutcome serve_blk_request(const GuestMemory& mem, const Chain& chain, host::BlockBackend& disk, std::string_view serial);

class BlockDevice : public Device {
 public:
  enum class Threading { kIoThread, kInline };  // kInline serves on the notifying thread (tests)

  BlockDevice(std::string name, std::unique_ptr<host::BlockBackend> disk, std::string serial,
              Threading threading = Threading::kIoThread);
  ~BlockDevice() override;

  uint32_t id() const override { return kIdBlock; }
  std::string_view name() const override { return name_; }
  uint64_t features() const override;
  unsigned queue_count() const override { return 1; }
  uint16_t queue_max_size(unsigned) const override { return BlkLimits::kQueueSize; }
  void read_config(uint64_t offset, std::span<uint8_t> out) const override;
  void start() override;
  void notify(unsigned queue) override;
  void reset() override;

  // Serve every available request (the I/O thread's work).
  void drain();

 private:
  std::string name_;
  std::unique_ptr<host::BlockBackend> disk_;
  std::string serial_;
  uint8_t config_[64] = {};
  std::unique_ptr<host::IoThread> io_;  // null with Threading::kInline
};

}  // namespace rvisor::virtio
