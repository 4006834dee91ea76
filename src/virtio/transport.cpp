#include "virtio/transport.h"

#include <fmt/format.h>

#include <cstdio>

#include "virtio/spec.h"

namespace rvisor::virtio {

host::RamGate::Hold Device::hold_writers() const {
  return host::RamGate::Hold(transport_ ? transport_->memory().gate() : nullptr);
}

namespace {
// Register offsets (virtio 1.2, 4.2.2).
enum Reg : uint64_t {
  kMagic = 0x000, kVersion = 0x004, kDeviceIdReg = 0x008, kVendor = 0x00c,
  kDeviceFeatures = 0x010, kDeviceFeaturesSel = 0x014,
  kDriverFeatures = 0x020, kDriverFeaturesSel = 0x024,
  kQueueSel = 0x030, kQueueNumMax = 0x034, kQueueNum = 0x038, kQueueReady = 0x044,
  kQueueNotify = 0x050, kInterruptStatus = 0x060, kInterruptAck = 0x064, kStatusReg = 0x070,
  kQueueDescLow = 0x080, kQueueDescHigh = 0x084, kQueueDriverLow = 0x090, kQueueDriverHigh = 0x094,
  kQueueDeviceLow = 0x0a0, kQueueDeviceHigh = 0x0a4,
  kShmSel = 0x0ac, kShmLenLow = 0x0b0, kShmLenHigh = 0x0b4, kShmBaseLow = 0x0b8, kShmBaseHigh = 0x0bc,
  kQueueReset = 0x0c0, kConfigGeneration = 0x0fc, kConfig = 0x100,
};
constexpr uint32_t kMagicValue = 0x74726976;  // "virt"

uint64_t set_half(uint64_t old, bool high, uint32_t v) {
  return high ? (old & 0xffffffffull) | (uint64_t{v} << 32) : (old & ~0xffffffffull) | v;
}
}  // namespace

Transport::Transport(std::unique_ptr<Device> device, GuestMemory memory, board::IrqLine irq)
    : device_(std::move(device)), memory_(memory), irq_(std::move(irq)),
      device_features_(device_->features() | kTransportFeatures) {
  device_->transport_ = this;
  for (unsigned q = 0; q < device_->queue_count(); ++q)
    queues_.push_back(std::make_unique<Queue>(device_->queue_max_size(q)));
}

Transport::~Transport() { device_->reset(); }

bool Transport::read(uint64_t offset, unsigned size, uint64_t& value) {
  if (offset >= kConfig) {
    if (size != 1 && size != 2 && size != 4 && size != 8) return false;
    uint8_t bytes[8] = {};
    device_->read_config(offset - kConfig, std::span<uint8_t>(bytes, size));
    value = 0;
    for (unsigned i = 0; i < size; ++i) value |= uint64_t{bytes[i]} << (8 * i);
    return true;
  }
  if (size != 4) return false;
  value = read_register(offset);
  return true;
}

bool Transport::write(uint64_t offset, unsigned size, uint64_t value) {
  if (offset >= kConfig) {
    if (size != 1 && size != 2 && size != 4 && size != 8) return false;
    uint8_t bytes[8];
    for (unsigned i = 0; i < size; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
    device_->write_config(offset - kConfig, std::span<const uint8_t>(bytes, size));
    return true;
  }
  if (size != 4) return false;
  write_register(offset, static_cast<uint32_t>(value));
  return true;
}

uint32_t Transport::read_register(uint64_t offset) {
  Queue* q = selected();
  switch (offset) {
    case kMagic: return kMagicValue;
    case kVersion: return 2;
    case kDeviceIdReg: return device_->id();
    case kVendor: return kVendorId;
    case kDeviceFeatures: return device_features_sel_ < 2 ? static_cast<uint32_t>(device_features_ >> (32 * device_features_sel_)) : 0;
    case kQueueNumMax: return q ? q->max_size() : 0;
    case kQueueReady: return q && q->ready();
    case kInterruptStatus: return interrupt_status_.load();
    case kStatusReg: return status_.load();
    case kQueueDescLow: return q ? static_cast<uint32_t>(q->desc_addr()) : 0;
    case kQueueDescHigh: return q ? static_cast<uint32_t>(q->desc_addr() >> 32) : 0;
    case kQueueDriverLow: return q ? static_cast<uint32_t>(q->avail_addr()) : 0;
    case kQueueDriverHigh: return q ? static_cast<uint32_t>(q->avail_addr() >> 32) : 0;
    case kQueueDeviceLow: return q ? static_cast<uint32_t>(q->used_addr()) : 0;
    case kQueueDeviceHigh: return q ? static_cast<uint32_t>(q->used_addr() >> 32) : 0;
    case kShmLenLow: case kShmLenHigh: case kShmBaseLow: case kShmBaseHigh: return 0xffffffff;  // no regions
    case kConfigGeneration: return config_generation_.load();
    default: return 0;  // write-only and reserved registers
  }
}

void Transport::write_register(uint64_t offset, uint32_t value) {
  Queue* q = selected();
  // The queue layout may change only while the queue is not ready (4.2.3.2).
  Queue* idle = q && !q->ready() ? q : nullptr;
  switch (offset) {
    case kDeviceFeaturesSel: device_features_sel_ = value; break;
    case kDriverFeaturesSel: driver_features_sel_ = value; break;
    case kDriverFeatures:
      if (!(status_.load() & kFeaturesOk) && driver_features_sel_ < 2)
        driver_features_ = set_half(driver_features_, driver_features_sel_ == 1, value);
      break;
    case kQueueSel: queue_sel_ = value; break;
    case kQueueNum: if (idle) idle->set_size(static_cast<uint16_t>(value > 0xffff ? 0 : value)); break;
    case kQueueDescLow: case kQueueDescHigh: if (idle) idle->set_desc_addr(set_half(idle->desc_addr(), offset == kQueueDescHigh, value)); break;
    case kQueueDriverLow: case kQueueDriverHigh: if (idle) idle->set_avail_addr(set_half(idle->avail_addr(), offset == kQueueDriverHigh, value)); break;
    case kQueueDeviceLow: case kQueueDeviceHigh: if (idle) idle->set_used_addr(set_half(idle->used_addr(), offset == kQueueDeviceHigh, value)); break;
    case kQueueReady:
      if (!q) break;
      if (value == 0) {
        q->disable();
      } else if (!q->ready() && !needs_reset()) {
        std::string err = q->enable(memory_, has_feature(kFEventIdx), has_feature(kFIndirectDesc));
        if (!err.empty()) device_error(fmt::format("queue {}: {}", queue_sel_, err));
      }
      break;
    case kQueueNotify:
      if (value < queues_.size() && (status_.load() & kDriverOk) && !needs_reset() && queues_[value]->ready())
        device_->notify(value);
      break;
    case kInterruptAck: {
      std::lock_guard lock(irq_mu_);
      uint32_t left = interrupt_status_.fetch_and(~value) & ~value;
      irq_(left != 0);
      break;
    }
    case kStatusReg: write_status(value); break;
    default: break;  // read-only and reserved registers
  }
}

void Transport::write_status(uint32_t value) {
  if (value == 0) {
    reset();
    return;
  }
  const uint32_t old = status_.load();
  uint32_t next = (value & ~kDeviceNeedsReset) | (old & kDeviceNeedsReset);  // only the device sets NEEDS_RESET
  if ((next & kFeaturesOk) && !(old & kFeaturesOk)) {
    const bool ok = (driver_features_ & ~device_features_) == 0 && (driver_features_ & bit(kFVersion1)) &&
                    device_->accept_features(driver_features_);
    if (!ok) next &= ~kFeaturesOk;  // the driver reads it back and gives up (3.1.1)
  }
  if ((next & kDriverOk) && !(next & kFeaturesOk)) next &= ~kDriverOk;  // DRIVER_OK without negotiation
  status_.store(next);
  if ((next & kDriverOk) && !(old & kDriverOk)) device_->start();
}

void Transport::reset() {
  device_->reset();  // on return no device thread touches the queues
  for (auto& q : queues_) q->reset();
  driver_features_ = 0;
  device_features_sel_ = driver_features_sel_ = queue_sel_ = 0;
  {
    std::lock_guard lock(irq_mu_);
    interrupt_status_ = 0;
    irq_(false);
  }
  status_.store(0);
}

bool Transport::pop(unsigned q, Chain& chain) {
  if (needs_reset()) return false;
  std::string err;
  switch (queues_[q]->pop(chain, err)) {
    case Queue::Next::kChain: return true;
    case Queue::Next::kEmpty: return false;
    case Queue::Next::kError:
      if (!err.empty()) device_error(fmt::format("queue {}: {}", q, err));
      return false;
  }
  return false;
}

void Transport::interrupt_if_needed(unsigned q) {
  if (queues_[q]->need_interrupt()) raise(kUsedBuffer);
}

void Transport::device_error(std::string_view why) {
  if (status_.fetch_or(kDeviceNeedsReset) & kDeviceNeedsReset) return;  // already reported
  fmt::print(stderr, "rvisor: {}: {}; device needs reset\n", device_->name(), why);
  std::fflush(stderr);
  raise(kConfigChange);  // 2.1.2: tell the driver through a configuration change notification
}

void Transport::config_changed() {
  config_generation_.fetch_add(1);
  raise(kConfigChange);
}

void Transport::raise(uint32_t bits) {
  std::lock_guard lock(irq_mu_);
  interrupt_status_.fetch_or(bits);
  irq_(true);
}

}  // namespace rvisor::virtio
