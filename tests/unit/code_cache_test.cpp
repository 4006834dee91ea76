// Translated code against writes the hart does not make itself (device DMA, the monitor):
// FENCE.I revalidates blocks when such writes were reported, and only then.
#include <gtest/gtest.h>

#include "hart_fixture.h"

using namespace rvisor::cpu;
using rvisor::test::HartTest;

namespace {
constexpr uint64_t kCode = 0x80001000, kF = kCode + 0x40;
constexpr unsigned kRa = 1, kS0 = 8, kA0 = 10;

uint32_t addi(unsigned rd, unsigned rs1, int32_t imm) {
  return (static_cast<uint32_t>(imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;
}
uint32_t jal(unsigned rd, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 20) & 1) << 31) | (((u >> 1) & 0x3ff) << 21) | (((u >> 11) & 1) << 20) | (((u >> 12) & 0xff) << 12) |
         (rd << 7) | 0x6f;
}
uint32_t bne(unsigned rs1, unsigned rs2, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 12) & 1) << 31) | (((u >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (1 << 12) |
         (((u >> 1) & 0xf) << 8) | (((u >> 11) & 1) << 7) | 0x63;
}
constexpr uint32_t kRet = 0x00008067, kFenceI = 0x0000100f, kWfi = 0x10500073;

class CodeCacheTest : public HartTest {
 protected:
  // FENCE.I (which sees the loader's writes), call F eight times (hot enough to be
  // translated), stop (WFI); then FENCE.I, call F once more and stop again. F returns its
  // constant in a0.
  void SetUp() override {
    code(kCode, {kFenceI, addi(kS0, 0, 8), jal(kRa, 0x38), addi(kS0, kS0, -1), bne(kS0, 0, -8), kWfi, kFenceI,
                 jal(kRa, 0x24), kWfi});
    put32(kF, addi(kA0, 0, 1));
    put32(kF + 4, kRet);
    hart.flush_code();
  }
  void run_to_wfi() { ASSERT_EQ(hart.run(100000).kind, Exit::Kind::Wfi); }
};
}  // namespace

TEST_F(CodeCacheTest, FenceIAfterADeviceWriteRunsTheNewCode) {
  run_to_wfi();
  ASSERT_EQ(hart.x[kA0], 1u);
  put32(kF, addi(kA0, 0, 2));  // a "device" rewrites F...
  hart.note_external_write();  // ...and says so, as the board's virtio queues do
  const uint64_t fences = hart.code_cache().fences();
  run_to_wfi();
  EXPECT_EQ(hart.x[kA0], 2u);
  EXPECT_EQ(hart.code_cache().fences(), fences + 1);
}

TEST_F(CodeCacheTest, FenceIWithNothingExternalKeepsEveryBlock) {
  run_to_wfi();
  run_to_wfi();
  const uint64_t fences = hart.code_cache().fences(), live = hart.code_cache().size();
  hart.pc = kCode + 0x18;  // FENCE.I and the call again
  run_to_wfi();
  EXPECT_EQ(hart.x[kA0], 1u);
  EXPECT_EQ(hart.code_cache().fences(), fences);  // nothing external happened: nothing to revalidate
  EXPECT_EQ(hart.code_cache().size(), live);
}

TEST_F(CodeCacheTest, EveryEngineAgrees) {
  for (Engine e : {Engine::Interp, Engine::Block, Engine::Jit}) {
    HartConfig hc;
    hc.engine = e;
    hc.jit_threshold = 1;
    Hart h(ram.data(), kBase, kSize, &clock, hc);
    put32(kF, addi(kA0, 0, 1));
    h.pc = kCode;  // the program from SetUp
    ASSERT_EQ(h.run(100000).kind, Exit::Kind::Wfi);
    EXPECT_EQ(h.x[kA0], 1u);
    put32(kF, addi(kA0, 0, 3));
    h.note_external_write();
    ASSERT_EQ(h.run(100000).kind, Exit::Kind::Wfi);
    EXPECT_EQ(h.x[kA0], 3u) << "engine " << static_cast<int>(e);
  }
}
