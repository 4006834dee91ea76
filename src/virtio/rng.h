// virtio-rng (virtio 1.2, 5.4): one request queue of device-writable buffers, filled from the
// host's getrandom(). Requests are small and getrandom is fast, so they are served inline on
// the notifying vCPU thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "virtio/device.h"
#include "virtio/queue.h"
#include "virtio/spec.h"

namespace rvisor::virtio {

using EntropySource = std::function<void(uint8_t* out, size_t len)>;
void host_entropy(uint8_t* out, size_t len);  // getrandom(2)

struct RngOutcome {
  bool malformed = false;
  std::string why;
  uint32_t written = 0;
};

// Fill one request chain (at most kMaxRequest bytes). A chain with device-readable buffers,
// or with no room at all, is malformed.
RngOutcome serve_rng_request(const GuestMemory& mem, const Chain& chain, const EntropySource& entropy);

class RngDevice : public Device {
 public:
  static constexpr uint32_t kMaxRequest = 64 * 1024;
  explicit RngDevice(EntropySource entropy = host_entropy) : entropy_(std::move(entropy)) {}
  uint32_t id() const override { return kIdEntropy; }
  std::string_view name() const override { return "virtio-rng"; }
  uint64_t features() const override { return 0; }
  unsigned queue_count() const override { return 1; }
  void notify(unsigned queue) override;

 private:
  EntropySource entropy_;
};

}  // namespace rvisor::virtio
