// CLINT / ACLINT (SiFive layout): per-hart MSIP and MTIMECMP, and the shared MTIME.
// Register map relative to its base: msip[h] at 4*h, mtimecmp[h] at 0x4000 + 8*h, mtime at 0xbff8.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "board/mmio.h"
#include "cpu/hart.h"

namespace rvisor::board {

class Clint : public MmioDevice {
 public:
  static constexpr uint64_t kBase = 0x02000000, kSize = 0x10000;
  // `time` supplies mtime; harts[i] receives MSIP/MTIP for hart i.
  Clint(const cpu::Clock& time, std::vector<cpu::Hart*> harts);

  bool contains(uint64_t pa) const { return pa >= kBase && pa - kBase < kSize; }
  // MMIO access at an offset from kBase; false if no register is there.
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;
  // Re-evaluate a hart's MTIP (or every hart's) against mtime (call as time passes).
  void update_timer(unsigned hart);
  void update_timers();
  // Hart `hart`'s mtimecmp: when its thread must wake from WFI for its timer.
  uint64_t deadline(unsigned hart) const { return mtimecmp_[hart].load(std::memory_order_acquire); }

 private:
  const cpu::Clock& time_;
  std::vector<cpu::Hart*> harts_;
  // Written by any hart's thread (firmware may set another hart's), read by the owner's.
  std::unique_ptr<std::atomic<uint64_t>[]> mtimecmp_;
};

}  // namespace rvisor::board
