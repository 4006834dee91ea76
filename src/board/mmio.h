// The device side of the MMIO seam: the board routes a hart's Exit::Mmio to the device that
// owns the address, with the offset from the device's base.
#pragma once
#include <cstdint>
#include <functional>

namespace rvisor::board {

class MmioDevice {
 public:
  virtual ~MmioDevice() = default;
  // size is 1, 2, 4 or 8 and the access is naturally aligned. Return false when no register
  // answers there: the guest gets an access fault.
  virtual bool read(uint64_t offset, unsigned size, uint64_t& value) = 0;
  virtual bool write(uint64_t offset, unsigned size, uint64_t value) = 0;
};

// A level-triggered interrupt line from a device to the interrupt controller. Devices may
// call it from any thread.
using IrqLine = std::function<void(bool level)>;

}  // namespace rvisor::board
