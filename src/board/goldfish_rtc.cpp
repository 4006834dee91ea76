#include "board/goldfish_rtc.h"

#include <ctime>

namespace rvisor::board {

namespace {
enum Reg : uint64_t {
  TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c,
  IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c,
};
}  // namespace

uint64_t GoldfishRtc::host_realtime_ns() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec);
}

GoldfishRtc::GoldfishRtc(IrqLine irq, NowNs now) : irq_(std::move(irq)), now_(std::move(now)) {}

bool GoldfishRtc::read(uint64_t off, unsigned size, uint64_t& value) {
  if (size != 4 || off % 4 || off > CLEAR_INTERRUPT) return false;
  std::lock_guard lock(mu_);
  check_alarm();
  switch (off) {
    case TIME_LOW: {
      uint64_t t = guest_now();
      time_high_latch_ = static_cast<uint32_t>(t >> 32);
      value = static_cast<uint32_t>(t);
      break;
    }
    case TIME_HIGH: value = time_high_latch_; break;
    case ALARM_LOW: value = static_cast<uint32_t>(alarm_); break;
    case ALARM_HIGH: value = static_cast<uint32_t>(alarm_ >> 32); break;
    case IRQ_ENABLED: value = irq_enabled_; break;
    case ALARM_STATUS: value = armed_; break;
    default: value = 0; break;  // CLEAR_ALARM, CLEAR_INTERRUPT are write-only
  }
  update_irq();
  return true;
}

bool GoldfishRtc::write(uint64_t off, unsigned size, uint64_t value) {
  if (size != 4 || off % 4 || off > CLEAR_INTERRUPT) return false;
  std::lock_guard lock(mu_);
  uint32_t v = static_cast<uint32_t>(value);
  switch (off) {
    case TIME_LOW: offset_ = ((uint64_t{time_high_write_} << 32) | v) - now_(); break;
    case TIME_HIGH: time_high_write_ = v; break;
    case ALARM_LOW:
      alarm_ = (uint64_t{alarm_high_} << 32) | v;
      armed_ = true;
      break;
    case ALARM_HIGH: alarm_high_ = v; break;
    case IRQ_ENABLED: irq_enabled_ = v & 1; break;
    case CLEAR_ALARM: armed_ = false; break;
    case CLEAR_INTERRUPT: irq_pending_ = false; break;
    default: break;  // ALARM_STATUS is read-only
  }
  check_alarm();
  update_irq();
  return true;
}

void GoldfishRtc::poll() {
  std::lock_guard lock(mu_);
  check_alarm();
  update_irq();
}

void GoldfishRtc::check_alarm() {
  if (armed_ && guest_now() >= alarm_) {
    armed_ = false;
    irq_pending_ = true;
  }
}

void GoldfishRtc::update_irq() {
  bool level = irq_pending_ && irq_enabled_;
  if (level == irq_level_) return;
  irq_level_ = level;
  if (irq_) irq_(level);
}

}  // namespace rvisor::board
