// Translated code against writes the hart does not make itself (device DMA, the monitor):
// FENCE.I revalidates blocks when such writes were reported, and only then.
#include <gtest/gtest.h>

#include "cpu/coherence.h"
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
uint32_t auipc(unsigned rd, int32_t imm20) { return (static_cast<uint32_t>(imm20) << 12) | (rd << 7) | 0x17; }
uint32_t lui(unsigned rd, uint32_t imm20) { return (imm20 << 12) | (rd << 7) | 0x37; }
uint32_t sw(unsigned rs2, unsigned rs1, uint32_t off) {
  return ((off >> 5) << 25) | (rs2 << 20) | (rs1 << 15) | (2 << 12) | ((off & 0x1f) << 7) | 0x23;
}
constexpr uint32_t kRet = 0x00008067, kFenceI = 0x0000100f, kWfi = 0x10500073;
constexpr unsigned kT0 = 5, kT1 = 6;
constexpr uint64_t kWriter = 0x80003000;

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

// Two harts of one machine: `owner` runs the program above, `writer` runs `writer_code` at
// kWriter; F returns 1 until someone rewrites it.
struct TwoHarts {
  Coherence machine;
  Hart owner, writer;
  TwoHarts(std::vector<uint8_t>& ram, uint64_t base, const Clock* clock, Engine e, std::initializer_list<uint32_t> writer_code)
      : machine(base, ram.size()),
        owner(ram.data(), base, ram.size(), clock, config(e)),
        writer(ram.data(), base, ram.size(), clock, config(e)) {
    owner.join(machine);
    writer.join(machine);
    uint64_t a = kWriter - base;
    for (uint32_t w : writer_code) {
      std::memcpy(&ram[a], &w, 4);
      a += 4;
    }
    const uint32_t f = addi(kA0, 0, 1);
    std::memcpy(&ram[kF - base], &f, 4);
    owner.pc = kCode;
    writer.pc = kWriter;
  }
  static HartConfig config(Engine e) {
    HartConfig hc;
    hc.engine = e;
    hc.jit_threshold = 1;
    return hc;
  }
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
  hart.pc = kCode + 0x18;  // FENCE.I and the call again: its block's second run builds it
  run_to_wfi();
  const uint64_t fences = hart.code_cache().fences(), live = hart.code_cache().size();
  hart.pc = kCode + 0x18;
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

// Another hart's store to a page this hart has code from: FENCE.I shows the new code with no
// device write counted; the store reached the owner as a posted invalidation. (The
// interpreter keeps no blocks, so only the block engine and the JIT have anything to drop.)
TEST_F(CodeCacheTest, FenceIAfterAnotherHartsStoreRunsTheNewCode) {
  for (Engine e : {Engine::Block, Engine::Jit}) {
    // The writer: WFI; then t0 = F, t1 = "addi a0, x0, 2", sw t1, 0(t0), WFI.
    TwoHarts m(ram, kBase, &clock, e,
               {kWfi, auipc(kT0, -2), addi(kT0, kT0, 0x3c), lui(kT1, 0x00200), addi(kT1, kT1, 0x513), sw(kT1, kT0, 0), kWfi});
    Hart &owner = m.owner, &writer = m.writer;
    Coherence& machine = m.machine;
    ASSERT_EQ(owner.run(100000).kind, Exit::Kind::Wfi);   // F's page is now code: the writer is told
    ASSERT_EQ(writer.run(100000).kind, Exit::Kind::Wfi);  // (it has no store entry for it to drop)
    ASSERT_EQ(owner.run(100000).kind, Exit::Kind::Wfi);
    ASSERT_EQ(owner.x[kA0], 1u);
    const uint64_t external = machine.external_writes().load();
    ASSERT_EQ(writer.run(100000).kind, Exit::Kind::Wfi);  // the store
    EXPECT_EQ(machine.external_writes().load(), external) << "a hart's store is not a device write";
    EXPECT_TRUE(owner.requests_waiting()) << "the owner was not told";
    owner.pc = kCode + 0x18;  // FENCE.I, then F again
    ASSERT_EQ(owner.run(100000).kind, Exit::Kind::Wfi);
    EXPECT_EQ(owner.x[kA0], 2u) << "engine " << static_cast<int>(e);
  }
}

// The other order: the writer stored to the page (so its store TLB has it) before the page
// became code on the owner. Told of the new code page, the writer drops that entry and counts
// a possible unseen write; its next store to the page takes the slow path and is posted.
TEST_F(CodeCacheTest, AHartWithTheNewCodePageInItsStoreTlbLetsGoOfIt) {
  for (Engine e : {Engine::Block, Engine::Jit}) {
    // The writer: t0 = F; a data store to F + 0x100 (F's page); WFI; then t1 = "addi a0, x0, 2"
    // stored to F; WFI.
    TwoHarts m(ram, kBase, &clock, e,
               {auipc(kT0, -2), addi(kT0, kT0, 0x40), sw(0, kT0, 0x100), kWfi, lui(kT1, 0x00200), addi(kT1, kT1, 0x513),
                sw(kT1, kT0, 0), kWfi});
    Hart &owner = m.owner, &writer = m.writer;
    Coherence& machine = m.machine;
    ASSERT_EQ(writer.run(100000).kind, Exit::Kind::Wfi);  // F's page in the writer's store TLB
    ASSERT_EQ(owner.run(100000).kind, Exit::Kind::Wfi);   // F's page becomes code
    ASSERT_EQ(owner.x[kA0], 1u);
    EXPECT_TRUE(writer.requests_waiting()) << "the writer was not told";
    const uint64_t external = machine.external_writes().load();
    ASSERT_EQ(writer.run(100000).kind, Exit::Kind::Wfi);  // lets go of the entry, then the store to F
    EXPECT_EQ(machine.external_writes().load(), external + 1) << "the possible unseen write was not counted";
    EXPECT_TRUE(owner.requests_waiting()) << "the store to F was not posted";
    owner.pc = kCode + 0x18;  // FENCE.I, then F again
    ASSERT_EQ(owner.run(100000).kind, Exit::Kind::Wfi);
    EXPECT_EQ(owner.x[kA0], 2u) << "engine " << static_cast<int>(e);
  }
}

// A block is built on its second run: the first steps through it (a boot runs a fifth of
// its blocks only once), within the budget, and the second builds the block from its start.
TEST_F(CodeCacheTest, ABlockIsBuiltOnItsSecondRun) {
  constexpr uint64_t kOnce = 0x80002000;
  code(kOnce, {addi(kA0, 0, 5), addi(kA0, kA0, 2), addi(kA0, kA0, 3), kWfi});
  hart.pc = kOnce;
  const uint64_t live = hart.code_cache().size();
  hart.run(2);  // the budget holds while stepping
  EXPECT_EQ(hart.pc, kOnce + 8);
  EXPECT_EQ(hart.x[kA0], 7u);
  run_to_wfi();
  EXPECT_EQ(hart.x[kA0], 10u);
  EXPECT_EQ(hart.code_cache().size(), live);  // first runs, of kOnce and of kOnce + 8
  hart.pc = kOnce;
  run_to_wfi();
  EXPECT_EQ(hart.x[kA0], 10u);
  EXPECT_EQ(hart.code_cache().size(), live + 1);  // kOnce's block, whole
  hart.pc = kOnce + 4;  // never a block's start before: stepped through
  run_to_wfi();
  EXPECT_EQ(hart.x[kA0], 15u);
  EXPECT_EQ(hart.code_cache().size(), live + 1);
}
