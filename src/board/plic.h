// PLIC (riscv,plic0, SiFive layout as on QEMU virt). Register map relative to its base:
//   priority[s]        0x000000 + 4*s        (3 bits; source 0 is reserved)
//   pending bits       0x001000 + 4*word     (read-only)
//   enable bits        0x002000 + 0x80*ctx + 4*word
//   threshold          0x200000 + 0x1000*ctx
//   claim / complete   0x200004 + 0x1000*ctx
// Context 2h drives hart h's MEIP, context 2h+1 its SEIP. Sources are level-triggered.
#pragma once
#include <cstdint>
#include <mutex>
#include <vector>

#include "board/mmio.h"
#include "cpu/hart.h"

namespace rvisor::board {

class Plic : public MmioDevice {
 public:
  explicit Plic(std::vector<cpu::Hart*> harts, unsigned num_sources = 96);

  // 32-bit aligned accesses only; false for holes.
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;

  // Drive a source's input level (any thread). Source 0 and out-of-range sources are ignored.
  void set_level(unsigned source, bool level);
  IrqLine line(unsigned source) {
    return [this, source](bool level) { set_level(source, level); };
  }

 private:
  bool enabled(unsigned ctx, unsigned s) const { return (enable_[ctx * words_ + s / 32] >> (s % 32)) & 1; }
  unsigned best(unsigned ctx) const;  // highest-priority pending enabled source above threshold, or 0
  unsigned claim(unsigned ctx);
  void complete(unsigned ctx, uint32_t source);
  void update_outputs();  // with mu_ held

  std::vector<cpu::Hart*> harts_;
  unsigned num_sources_, words_, contexts_;
  std::mutex mu_;
  std::vector<uint32_t> priority_;
  std::vector<bool> level_, pending_, claimed_;
  std::vector<uint32_t> enable_;     // contexts_ * words_
  std::vector<uint32_t> threshold_;  // per context
  std::vector<bool> output_;         // per context: the level last driven into the hart
};

}  // namespace rvisor::board
