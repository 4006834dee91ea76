// SiFive test finisher (sifive,test0; the target of Linux's syscon-poweroff/-reboot).
// One 32-bit register at offset 0: low half 0x5555 = poweroff, 0x7777 = reboot,
// 0x3333 = failure with exit code in the high half. Other values are ignored; reads return 0.
#pragma once
#include <cstdint>
#include <functional>

#include "board/mmio.h"

namespace rvisor::board {

struct PowerRequest {
  enum Kind { Poweroff, Reboot, Fail } kind;
  uint32_t code;
};

class Syscon : public MmioDevice {
 public:
  static constexpr uint64_t kBase = 0x100000, kSize = 0x1000;
  explicit Syscon(std::function<void(PowerRequest)> on_request) : on_request_(std::move(on_request)) {}

  // Accesses must lie within [0, 4); false elsewhere.
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;

 private:
  std::function<void(PowerRequest)> on_request_;
};

}  // namespace rvisor::board
