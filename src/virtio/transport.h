// virtio-mmio version 2 (virtio 1.2, 4.2.2), modern only: one device behind one register
// block. Registers are 32-bit (other sizes fault, like unaligned ones); the config space at
// 0x100 takes 8/16/32/64-bit accesses. Guest accesses arrive on the vCPU thread; the
// device-facing calls (pop, push, interrupt_if_needed, device_error, config_changed) may come
// from any thread.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "board/mmio.h"
#include "virtio/device.h"
#include "virtio/guest_memory.h"
#include "virtio/queue.h"

namespace rvisor::virtio {

class Transport : public board::MmioDevice {
 public:
  // Features the transport itself implements, offered with every device's own.
  static constexpr uint64_t kTransportFeatures = (1ull << 32) | (1ull << 29) | (1ull << 28);
  static constexpr uint32_t kVendorId = 0x72767372;  // "rsvr", as the empty slots report

  Transport(std::unique_ptr<Device> device, GuestMemory memory, board::IrqLine irq);
  ~Transport() override;

  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;

  // For devices.
  Device& device() { return *device_; }
  const GuestMemory& memory() const { return memory_; }
  uint64_t negotiated_features() const { return driver_features_; }
  bool has_feature(unsigned bit) const { return (driver_features_ >> bit) & 1; }
  Queue& queue(unsigned q) { return *queues_[q]; }
  bool pop(unsigned q, Chain& chain);
  void push(unsigned q, uint16_t head, uint32_t written) { queues_[q]->push(head, written); }
  void interrupt_if_needed(unsigned q);
  void device_error(std::string_view why);
  void config_changed();
  bool needs_reset() const { return status_.load() & 64; }
  uint32_t status() const { return status_.load(); }
  uint32_t interrupt_status() const { return interrupt_status_.load(); }

 private:
  uint32_t read_register(uint64_t offset);
  void write_register(uint64_t offset, uint32_t value);
  void write_status(uint32_t value);
  void reset();
  void raise(uint32_t bits);
  Queue* selected() { return queue_sel_ < queues_.size() ? queues_[queue_sel_].get() : nullptr; }

  std::unique_ptr<Device> device_;
  GuestMemory memory_;
  board::IrqLine irq_;
  std::vector<std::unique_ptr<Queue>> queues_;
  uint64_t device_features_;  // offered: the device's bits plus kTransportFeatures
  uint64_t driver_features_ = 0;
  uint32_t device_features_sel_ = 0, driver_features_sel_ = 0, queue_sel_ = 0;
  std::atomic<uint32_t> status_{0};
  std::atomic<uint32_t> interrupt_status_{0};
  std::atomic<uint32_t> config_generation_{0};
  std::mutex irq_mu_;  // orders interrupt_status_ changes with the line level
  std::atomic<bool> error_logged_{false};
};

}  // namespace rvisor::virtio
