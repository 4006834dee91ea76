// A hart on 16 MiB of RAM at 0x8000_0000, with helpers to place code and page tables.
#pragma once
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "cpu/hart.h"

namespace rvisor::test {

struct FixedClock : cpu::Clock {
  uint64_t now = 0;
  uint64_t mtime() const override { return now; }
};

class HartTest : public ::testing::Test {
 protected:
  static constexpr uint64_t kBase = 0x80000000, kSize = 16 << 20;
  std::vector<uint8_t> ram = std::vector<uint8_t>(kSize);
  FixedClock clock;
  cpu::Hart hart{ram.data(), kBase, kSize, &clock};

  void put32(uint64_t pa, uint32_t v) { std::memcpy(&ram[pa - kBase], &v, 4); }
  void put64(uint64_t pa, uint64_t v) { std::memcpy(&ram[pa - kBase], &v, 8); }
  uint64_t get64(uint64_t pa) const {
    uint64_t v;
    std::memcpy(&v, &ram[pa - kBase], 8);
    return v;
  }
  // Place instructions at `pc` and point the hart there.
  void code(uint64_t pc, std::initializer_list<uint32_t> words) {
    uint64_t a = pc;
    for (uint32_t w : words) {
      put32(a, w);
      a += 4;
    }
    hart.flush_code();  // written behind the hart's back, as a loader does: drop stale blocks
    hart.pc = pc;
  }
};

}  // namespace rvisor::test
