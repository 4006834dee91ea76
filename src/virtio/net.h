// virtio-net (virtio 1.2, 5.1): one receive and one transmit queue, a MAC address and link
// status in config space, no offloads. Frames go to and come from a host::NetBackend.
//
// Threads: transmit runs on the vCPU thread (notify of queue 1) and hands frames to the
// back-end, which never blocks. Received frames arrive on the back-end's thread and are
// written into the guest's receive buffers right there; when the guest has posted none, up
// to kMaxPendingFrames wait (older ones are dropped first) until it posts more.
#pragma once
#include <array>
#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "host/net_backend.h"
#include "virtio/device.h"

namespace rvisor::virtio {

using MacAddress = std::array<uint8_t, 6>;
constexpr MacAddress kDefaultMac = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};  // QEMU's default

class NetDevice : public Device {
 public:
  static constexpr size_t kMaxPendingFrames = 64;
  static constexpr unsigned kRxQueue = 0, kTxQueue = 1;
  static constexpr unsigned kFMac = 5, kFStatus = 16;

  NetDevice(std::unique_ptr<host::NetBackend> backend, MacAddress mac);
  ~NetDevice() override;

  uint32_t id() const override;
  std::string_view name() const override { return "virtio-net"; }
  uint64_t features() const override;
  unsigned queue_count() const override { return 2; }
  void read_config(uint64_t offset, std::span<uint8_t> out) const override;
  void start() override;
  void notify(unsigned queue) override;
  void reset() override;

  // Counters, for tests and the log.
  uint64_t frames_sent() const { return sent_; }
  uint64_t frames_received() const { return received_; }
  uint64_t frames_dropped() const { return dropped_; }

 private:
  void from_backend(std::span<const uint8_t> frame);
  bool deliver_locked(const std::vector<uint8_t>& frame);  // false: no receive buffer
  void transmit();

  std::unique_ptr<host::NetBackend> backend_;
  MacAddress mac_;
  std::mutex rx_mu_;  // the receive queue and `pending_`, shared by the back-end and vCPU threads
  bool running_ = false;
  std::deque<std::vector<uint8_t>> pending_;
  std::atomic<uint64_t> sent_{0}, received_{0}, dropped_{0};
};

// Parses "52:54:00:12:34:56"; nullopt when malformed, a multicast address, or all zero.
std::optional<MacAddress> parse_mac(const std::string& text);

}  // namespace rvisor::virtio
