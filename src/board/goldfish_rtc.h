// Goldfish RTC (google,goldfish-rtc): nanoseconds since the Unix epoch, plus one alarm.
// Register map (32-bit): TIME_LOW 0x00 (reading latches TIME_HIGH), TIME_HIGH 0x04,
// ALARM_LOW 0x08 (writing arms the alarm at ALARM_HIGH:value), ALARM_HIGH 0x0c,
// IRQ_ENABLED 0x10, CLEAR_ALARM 0x14, ALARM_STATUS 0x18, CLEAR_INTERRUPT 0x1c.
// Writing TIME_HIGH then TIME_LOW sets the guest's clock (kept as an offset from the host's).
#pragma once
#include <cstdint>
#include <functional>
#include <mutex>

#include "board/mmio.h"

namespace rvisor::board {

class GoldfishRtc : public MmioDevice {
 public:
  static constexpr uint64_t kSize = 0x1000;
  using NowNs = std::function<uint64_t()>;
  static uint64_t host_realtime_ns();  // CLOCK_REALTIME

  explicit GoldfishRtc(IrqLine irq, NowNs now = host_realtime_ns);

  // 32-bit aligned accesses only; false for holes.
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  // Fire the alarm if it is due (the board calls this periodically).
  void poll();

 private:
  uint64_t guest_now() const { return now_() + offset_; }
  void check_alarm();  // with mu_ held
  void update_irq();   // with mu_ held

  IrqLine irq_;
  NowNs now_;
  std::mutex mu_;
  uint64_t offset_ = 0;  // guest time - host time (mod 2^64)
  uint32_t time_high_latch_ = 0, time_high_write_ = 0;
  uint64_t alarm_ = 0;
  uint32_t alarm_high_ = 0;
  bool armed_ = false, irq_pending_ = false, irq_enabled_ = false, irq_level_ = false;
};

}  // namespace rvisor::board
