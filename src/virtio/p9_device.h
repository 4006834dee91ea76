// virtio-9p (virtio 1.2, 5.11... "9P transport"): one request queue; each chain carries one
// 9P2000.L request (device-readable) and room for its reply (device-writable). The mount tag
// is in config space (VIRTIO_9P_MOUNT_TAG). Requests are served on the vCPU thread, in order.
#pragma once
#include <memory>
#include <string>

#include "host/shared_dir.h"
#include "virtio/device.h"
#include "virtio/p9_server.h"

namespace rvisor::virtio {

class P9Device : public Device {
 public:
  static constexpr unsigned kFMountTag = 0;
  static constexpr size_t kMaxTagLength = 64;

  // Throws std::runtime_error when `path` is not a usable directory.
  P9Device(const std::string& path, std::string tag, bool readonly);

  uint32_t id() const override;
  std::string_view name() const override { return name_; }
  uint64_t features() const override { return 1ull << kFMountTag; }
  unsigned queue_count() const override { return 1; }
  uint16_t queue_max_size(unsigned) const override { return 128; }
  void read_config(uint64_t offset, std::span<uint8_t> out) const override;
  void notify(unsigned queue) override;

 private:
  host::SharedDir dir_;
  p9::Server server_;
  std::string tag_, name_;
};

}  // namespace rvisor::virtio
