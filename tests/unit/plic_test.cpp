// PLIC: priorities, enables, threshold, claim/complete, level-triggered pending, and the
// MEIP/SEIP outputs into real harts.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "board/plic.h"

using rvisor::board::Plic;
using namespace rvisor::cpu;

namespace {
constexpr uint64_t kPending = 0x1000, kEnable = 0x2000, kCtx = 0x200000;
constexpr uint64_t kMeip = 1ull << MEI, kSeip = 1ull << SEI;
uint64_t enable_off(unsigned ctx, unsigned word = 0) { return kEnable + 0x80 * ctx + 4 * word; }
uint64_t threshold_off(unsigned ctx) { return kCtx + 0x1000 * ctx; }
uint64_t claim_off(unsigned ctx) { return kCtx + 0x1000 * ctx + 4; }
}  // namespace

class PlicTest : public ::testing::Test {
 protected:
  std::vector<uint8_t> ram = std::vector<uint8_t>(1 << 16);
  Hart hart0{ram.data(), 0x80000000, ram.size(), nullptr};
  Hart hart1{ram.data(), 0x80000000, ram.size(), nullptr};
  Plic plic{{&hart0, &hart1}};

  uint64_t rd(uint64_t off) {
    uint64_t v = 0xdead;
    EXPECT_TRUE(plic.read(off, 4, v)) << std::hex << off;
    return v;
  }
  void wr(uint64_t off, uint64_t v) { EXPECT_TRUE(plic.write(off, 4, v)) << std::hex << off; }
  void prio(unsigned s, unsigned p) { wr(4 * s, p); }
  uint64_t mip0() const { return hart0.csrs.mip.load() & (kMeip | kSeip); }
  uint64_t mip1() const { return hart1.csrs.mip.load() & (kMeip | kSeip); }
};

TEST_F(PlicTest, PriorityRegistersAreThreeBits) {
  prio(1, 0xff);
  EXPECT_EQ(rd(4), 7u);
  prio(95, 3);
  EXPECT_EQ(rd(4 * 95), 3u);
  wr(0, 5);  // source 0 is reserved
  EXPECT_EQ(rd(0), 0u);
  wr(threshold_off(1), 0x1f);
  EXPECT_EQ(rd(threshold_off(1)), 7u);
}

TEST_F(PlicTest, EnableBitsMaskSourceZeroAndBeyondLast) {
  wr(enable_off(0, 0), 0xffffffff);
  wr(enable_off(0, 2), 0xffffffff);
  EXPECT_EQ(rd(enable_off(0, 0)), 0xfffffffeu);
  EXPECT_EQ(rd(enable_off(0, 2)), 0xffffffffu);  // 96 sources: word 2 is full
  EXPECT_EQ(rd(enable_off(1, 0)), 0u);           // other contexts untouched
  Plic small({&hart0}, 40);
  uint64_t v = 0;
  EXPECT_TRUE(small.write(enable_off(0, 1), 4, 0xffffffff));
  EXPECT_TRUE(small.read(enable_off(0, 1), 4, v));
  EXPECT_EQ(v, 0xffu);  // sources 32..39
  EXPECT_FALSE(small.read(enable_off(0, 2), 4, v));
}

TEST_F(PlicTest, PendingFollowsLevel) {
  plic.set_level(5, true);
  plic.set_level(33, true);
  EXPECT_EQ(rd(kPending), 1u << 5);
  EXPECT_EQ(rd(kPending + 4), 1u << 1);
  plic.set_level(5, false);
  EXPECT_EQ(rd(kPending), 0u);
  wr(kPending, 0xffffffff);  // read-only
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(mip0(), 0u);  // nothing enabled
}

TEST_F(PlicTest, ClaimCompleteDrivesMeip) {
  prio(10, 1);
  wr(enable_off(0), 1u << 10);
  EXPECT_EQ(mip0(), 0u);
  plic.set_level(10, true);
  EXPECT_EQ(mip0(), kMeip);
  EXPECT_EQ(mip1(), 0u);
  EXPECT_EQ(rd(claim_off(0)), 10u);
  EXPECT_EQ(mip0(), 0u);           // claimed: no longer pending
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(rd(claim_off(0)), 0u);  // nothing more to claim
  wr(claim_off(0), 10);             // complete while the level is still high: pending again
  EXPECT_EQ(rd(kPending), 1u << 10);
  EXPECT_EQ(mip0(), kMeip);
  EXPECT_EQ(rd(claim_off(0)), 10u);
  plic.set_level(10, false);
  plic.set_level(10, true);  // not re-pended while claimed
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(mip0(), 0u);
  plic.set_level(10, false);
  wr(claim_off(0), 10);  // level low at completion: stays idle
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(mip0(), 0u);
}

TEST_F(PlicTest, SupervisorContextDrivesSeip) {
  prio(3, 2);
  wr(enable_off(3), 1u << 3);  // hart 1, S-mode
  plic.set_level(3, true);
  EXPECT_EQ(mip0(), 0u);
  EXPECT_EQ(mip1(), kSeip);
  wr(enable_off(2), 1u << 3);  // hart 1, M-mode too
  EXPECT_EQ(mip1(), kMeip | kSeip);
  EXPECT_EQ(rd(claim_off(3)), 3u);
  EXPECT_EQ(mip1(), 0u);  // a claim by either context clears the shared pending bit
  wr(claim_off(3), 3);
  EXPECT_EQ(mip1(), kMeip | kSeip);
}

TEST_F(PlicTest, PriorityZeroNeverInterrupts) {
  wr(enable_off(0), 1u << 7);
  plic.set_level(7, true);
  EXPECT_EQ(rd(kPending), 1u << 7);
  EXPECT_EQ(mip0(), 0u);
  EXPECT_EQ(rd(claim_off(0)), 0u);
  prio(7, 1);
  EXPECT_EQ(mip0(), kMeip);
}

TEST_F(PlicTest, ClaimPicksHighestPriorityThenLowestId) {
  prio(4, 2);
  prio(6, 5);
  prio(9, 5);
  prio(40, 7);
  wr(enable_off(0, 0), (1u << 4) | (1u << 6) | (1u << 9));
  wr(enable_off(0, 1), 1u << 8);  // source 40
  for (unsigned s : {4u, 6u, 9u, 40u}) plic.set_level(s, true);
  EXPECT_EQ(rd(claim_off(0)), 40u);
  EXPECT_EQ(rd(claim_off(0)), 6u);  // tie at 5: lower id first
  EXPECT_EQ(rd(claim_off(0)), 9u);
  EXPECT_EQ(rd(claim_off(0)), 4u);
  EXPECT_EQ(rd(claim_off(0)), 0u);
  EXPECT_EQ(mip0(), 0u);
}

TEST_F(PlicTest, ThresholdMasksAtOrBelow) {
  prio(2, 3);
  wr(enable_off(1), 1u << 2);
  wr(threshold_off(1), 3);
  plic.set_level(2, true);
  EXPECT_EQ(mip0(), 0u);  // priority must exceed the threshold
  EXPECT_EQ(rd(claim_off(1)), 0u);
  EXPECT_EQ(rd(kPending), 1u << 2);  // a refused claim leaves it pending
  wr(threshold_off(1), 2);
  EXPECT_EQ(mip0(), kSeip);
  wr(threshold_off(1), 7);
  EXPECT_EQ(mip0(), 0u);
  wr(threshold_off(1), 0);
  EXPECT_EQ(rd(claim_off(1)), 2u);
}

TEST_F(PlicTest, DisablingRemovesOutput) {
  prio(1, 1);
  wr(enable_off(0), 1u << 1);
  plic.set_level(1, true);
  EXPECT_EQ(mip0(), kMeip);
  wr(enable_off(0), 0);
  EXPECT_EQ(mip0(), 0u);
  EXPECT_EQ(rd(kPending), 1u << 1);
}

TEST_F(PlicTest, CompletionIgnoredWhenNotEnabledOrNotClaimed) {
  prio(8, 1);
  wr(enable_off(0), 1u << 8);
  plic.set_level(8, true);
  EXPECT_EQ(rd(claim_off(0)), 8u);
  wr(claim_off(2), 8);  // hart 1 M-mode: source 8 not enabled there -> ignored
  EXPECT_EQ(rd(kPending), 0u);
  wr(claim_off(0), 0);    // source 0 ignored
  wr(claim_off(0), 500);  // out of range ignored
  EXPECT_EQ(mip0(), 0u);
  wr(claim_off(0), 8);
  EXPECT_EQ(mip0(), kMeip);
  wr(claim_off(0), 8);  // a second completion does nothing harmful
  EXPECT_EQ(rd(claim_off(0)), 8u);
}

TEST_F(PlicTest, LineHelperAndOutOfRangeSources) {
  prio(12, 1);
  wr(enable_off(0), 1u << 12);
  auto line = plic.line(12);
  line(true);
  EXPECT_EQ(mip0(), kMeip);
  line(false);
  EXPECT_EQ(mip0(), 0u);
  plic.set_level(0, true);
  plic.set_level(96, true);
  plic.set_level(~0u, true);
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(rd(kPending + 8), 0u);
}

TEST_F(PlicTest, HolesAndBadSizes) {
  uint64_t v = 0;
  EXPECT_FALSE(plic.read(4, 8, v));
  EXPECT_FALSE(plic.read(2, 4, v));
  EXPECT_FALSE(plic.read(4, 1, v));
  EXPECT_FALSE(plic.read(4 * 96, 4, v));         // past the last priority
  EXPECT_FALSE(plic.read(kPending + 12, 4, v));  // past the pending words
  EXPECT_FALSE(plic.read(enable_off(0, 3), 4, v));
  EXPECT_FALSE(plic.read(enable_off(4), 4, v));  // only 4 contexts
  EXPECT_FALSE(plic.read(kCtx + 8, 4, v));
  EXPECT_FALSE(plic.read(threshold_off(4), 4, v));
  EXPECT_FALSE(plic.write(threshold_off(4), 4, 0));
  EXPECT_FALSE(plic.write(claim_off(4), 4, 1));
  EXPECT_FALSE(plic.read(~0ull - 3, 4, v));
  EXPECT_FALSE(plic.write(0x3fffffc, 4, 0));
}

TEST_F(PlicTest, ConcurrentSourcesAndClaims) {
  for (unsigned s = 1; s <= 4; ++s) prio(s, 1);
  wr(enable_off(0), 0x1e);
  std::vector<std::thread> threads;
  for (unsigned s = 1; s <= 4; ++s)
    threads.emplace_back([this, s] {
      for (int i = 0; i < 2000; ++i) plic.set_level(s, i % 2 == 0);
    });
  for (int i = 0; i < 2000; ++i) {
    uint64_t id = rd(claim_off(0));
    ASSERT_LE(id, 4u);
    if (id) wr(claim_off(0), id);
  }
  for (auto& t : threads) t.join();
  // Every thread ended with level low; whatever was claimed has been completed.
  EXPECT_EQ(rd(kPending), 0u);
  EXPECT_EQ(mip0(), 0u);
}
