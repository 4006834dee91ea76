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
  // A configuration whose JIT translates every block on its first run.
  static cpu::HartConfig jit_at_once() {
    cpu::HartConfig hc;
    hc.engine = cpu::Engine::Jit;
    hc.jit_threshold = 1;
    return hc;
  }
  // An Sv39 4 KiB leaf va -> pa (PTE `flags`) in the tables rooted at `root`; missing tables
  // are taken from `next_table` on, which advances.
  void map_sv39(uint64_t root, uint64_t& next_table, uint64_t va, uint64_t pa, uint64_t flags) {
    uint64_t table = root;
    for (int level = 2; level > 0; --level) {
      const uint64_t slot = table + ((va >> (12 + 9 * level)) & 0x1ff) * 8;
      if (!(get64(slot) & 1)) {  // V
        put64(slot, ((next_table >> 12) << 10) | 1);
        next_table += 0x1000;
      }
      table = (get64(slot) >> 10) << 12;
    }
    put64(table + ((va >> 12) & 0x1ff) * 8, ((pa >> 12) << 10) | flags);
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
