// virtio-console (virtio 1.2, 5.3) with a single port and no features: Linux makes it hvc0.
// Queue 0 (receiveq) carries host input into the guest's device-writable buffers; queue 1
// (transmitq) carries the guest's output in device-readable buffers. Output is handed to
// `output` on the vCPU thread (the QueueNotify); input arrives on the host console thread
// through push_input() and is delivered as soon as the driver has buffers.
#pragma once
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

#include "virtio/device.h"
#include "virtio/queue.h"
#include "virtio/spec.h"

namespace rvisor::virtio {

struct ConsoleOutcome {
  bool malformed = false;
  std::string why;
};

// Append the bytes of one transmitq chain to `out`, at most `limit` of them: a chain may name
// gigabytes of guest RAM, and the monitor must not copy that much (the rest is dropped). A
// chain with device-writable buffers is malformed (the transmitq is driver-to-device only).
ConsoleOutcome collect_console_output(const GuestMemory& mem, const Chain& chain, std::string& out, size_t limit);

class ConsoleDevice : public Device {
 public:
  static constexpr size_t kInputCapacity = 64 * 1024;     // bytes beyond this are dropped
  static constexpr size_t kMaxChainOutput = 1024 * 1024;  // per transmit chain; the rest is dropped
  static constexpr unsigned kReceiveQ = 0, kTransmitQ = 1;

  explicit ConsoleDevice(std::function<void(std::string_view)> output) : output_(std::move(output)) {}
  uint32_t id() const override { return kIdConsole; }
  std::string_view name() const override { return "virtio-console"; }
  uint64_t features() const override { return 0; }
  unsigned queue_count() const override { return 2; }
  void start() override;
  void notify(unsigned queue) override;
  void reset() override;

  void push_input(uint8_t byte);  // any thread

 private:
  void deliver_locked();  // with mu_ held
  std::function<void(std::string_view)> output_;
  std::mutex mu_;
  std::deque<uint8_t> input_;
  bool active_ = false;
};

}  // namespace rvisor::virtio
