// An MMIO access from translated code leaves the block for the monitor (Exit::Mmio) without
// a C++ throw (Jit::at_site's quiet mode): the instructions before it must be counted and
// their results written back, and the replay must complete it with the monitor's value.
#include <gtest/gtest.h>

#include "hart_fixture.h"
#include "rv_encode.h"

using namespace rvisor::cpu;
using namespace rvisor::test::rv;

namespace {
constexpr uint64_t kCode = 0x80001000, kDevice = 0x10000000;
constexpr unsigned kS0 = 8, kA0 = 10, kA1 = 11, kA2 = 12, kA3 = 13;

class JitMmioExitTest : public rvisor::test::HartTest {
 protected:
  Hart h{ram.data(), kBase, kSize, &clock, jit_at_once()};
  void SetUp() override {
    // 0: a0 = 5; 4: a1 = 6; 8: a2 = load from the device; c: a3 = a2 + a0;
    // 10: store a1 to the device; 14: a0 = 7; 18: wfi. One block, translated at once.
    const uint32_t program[] = {addi(kA0, 0, 5), addi(kA1, 0, 6), lw(kA2, kS0, 0), add(kA3, kA2, kA0),
                                sw(kA1, kS0, 4), addi(kA0, 0, 7), kWfi};
    uint64_t a = kCode;
    for (uint32_t w : program) {
      put32(a, w);
      a += 4;
    }
    h.x[kS0] = kDevice;
    h.pc = kCode;
    h.flush_code();
  }
};
}  // namespace

TEST_F(JitMmioExitTest, ALoadAndAStoreLeaveForTheMonitorAndComplete) {
  const uint64_t start = h.retired;
  Exit e = h.run(1000);
  ASSERT_EQ(e.kind, Exit::Kind::Mmio);
  EXPECT_EQ(e.addr, kDevice);
  EXPECT_EQ(e.size, 4u);
  EXPECT_FALSE(e.is_write);
  EXPECT_EQ(h.pc, kCode + 8);
  EXPECT_EQ(h.retired - start, 2u);  // the two addi before the load
  EXPECT_EQ(h.x[kA0], 5u);           // written back on the way out
  EXPECT_EQ(h.x[kA1], 6u);

  h.complete_mmio_load(0x1234);
  e = h.run(1000);
  ASSERT_EQ(e.kind, Exit::Kind::Mmio);
  EXPECT_TRUE(e.is_write);
  EXPECT_EQ(e.addr, kDevice + 4);
  EXPECT_EQ(e.data, 6u);
  EXPECT_EQ(h.pc, kCode + 0x10);
  EXPECT_EQ(h.retired - start, 4u);
  EXPECT_EQ(h.x[kA2], 0x1234u);
  EXPECT_EQ(h.x[kA3], 0x1239u);

  ASSERT_EQ(h.run(1000).kind, Exit::Kind::Wfi);
  EXPECT_EQ(h.x[kA0], 7u);
}
