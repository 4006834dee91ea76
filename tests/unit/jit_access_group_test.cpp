// Loads or stores through one base register share a TLB probe in translated code (the groups
// of jit_memory.cpp). The group's range may cross into a page mapped elsewhere, and a slot
// left from an earlier run must not stand in for a probe: each access must still reach the
// page its own virtual address maps to.
#include <gtest/gtest.h>

#include "cpu/csr.h"
#include "hart_fixture.h"
#include "rv_encode.h"

using namespace rvisor::cpu;
using namespace rvisor::test::rv;

namespace {
constexpr uint64_t kCode = 0x80001000, kRoot = 0x80100000;
// Two adjacent virtual pages on physical pages in the other order, so that no one host delta
// serves both.
constexpr uint64_t kVa = 0x40000000, kPage0 = 0x80006000, kPage1 = 0x80004000;
constexpr unsigned kT1 = 6, kT2 = 7, kS0 = 8, kS1 = 9, kA0 = 10, kA1 = 11;

class JitAccessGroupTest : public rvisor::test::HartTest {
 protected:
  Hart h{ram.data(), kBase, kSize, &clock, jit_at_once()};
  uint64_t next_table = kRoot + 0x1000;
  void map(uint64_t va, uint64_t pa, uint64_t flags) { map_sv39(kRoot, next_table, va, pa, flags); }
  // Two stores through s0 and two loads through s1, 8 bytes apart: one block, two groups.
  void SetUp() override {
    const uint32_t program[] = {sd(kT1, kS0, 0), sd(kT2, kS0, 8), ld(kA0, kS1, 0), ld(kA1, kS1, 8), kWfi};
    uint64_t a = kCode;
    for (uint32_t w : program) {
      put32(a, w);
      a += 4;
    }
    map(kCode, kCode, kV | kR | kX | kA);
    map(kVa, kPage0, kV | kR | kW | kA | kD);
    map(kVa + 0x1000, kPage1, kV | kR | kW | kA | kD);
    csr_write(h, csr::satp, (8ull << 60) | (kRoot >> 12));
    h.priv = Priv::S;
    h.flush_tlb();
    h.flush_code();
  }
  void run_at(uint64_t store_base, uint64_t load_base) {
    h.x[kS0] = store_base;
    h.x[kS1] = load_base;
    h.x[kT1] = 0x1111;
    h.x[kT2] = 0x2222;
    h.pc = kCode;
    ASSERT_EQ(h.run(1000).kind, Exit::Kind::Wfi);
  }
};
}  // namespace

TEST_F(JitAccessGroupTest, AGroupWithinOnePageGoesThroughItsTranslation) {
  run_at(kVa + 0x100, kVa + 0x100);
  EXPECT_EQ(get64(kPage0 + 0x100), 0x1111u);
  EXPECT_EQ(get64(kPage0 + 0x108), 0x2222u);
  EXPECT_EQ(h.x[kA0], 0x1111u);
  EXPECT_EQ(h.x[kA1], 0x2222u);
}

// First within one page (the slots then hold page 0's delta), then across the page boundary:
// the second access of each group is on page 1, which is physically below page 0.
TEST_F(JitAccessGroupTest, AGroupAcrossAPageBoundaryReachesBothPages) {
  run_at(kVa + 0x100, kVa + 0x100);
  put64(kPage0 + 0xff8, 0);
  put64(kPage1, 0);
  run_at(kVa + 0xff8, kVa + 0x800);
  EXPECT_EQ(get64(kPage0 + 0xff8), 0x1111u);
  EXPECT_EQ(get64(kPage1), 0x2222u);
  EXPECT_EQ(get64(kPage0 + 0x1000), 0u);  // where page 0's delta would have put it

  put64(kPage0 + 0xff8, 0x3333);
  put64(kPage1, 0x4444);
  put64(kPage0 + 0x1000, 0x5555);
  run_at(kVa + 0x100, kVa + 0xff8);
  EXPECT_EQ(h.x[kA0], 0x3333u);
  EXPECT_EQ(h.x[kA1], 0x4444u);
}

// A misaligned base takes every access of the group to the slow path, which still performs it.
TEST_F(JitAccessGroupTest, AMisalignedBaseStillStoresAndLoads) {
  run_at(kVa + 0x104, kVa + 0x104);
  EXPECT_EQ(h.x[kA0], 0x1111u);
  EXPECT_EQ(h.x[kA1], 0x2222u);
}
