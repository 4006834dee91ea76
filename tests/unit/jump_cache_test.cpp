// The jump cache (Hart::JumpEntry): translated code remembers where a computed jump's
// target was translated, and must forget it when that code goes or changes.
#include <gtest/gtest.h>

#include "hart_fixture.h"

using namespace rvisor::cpu;

namespace {
constexpr uint64_t kCode = 0x80001000, kF = 0x80002000, kData = 0x80003000;
constexpr unsigned kRa = 1, kT0 = 5, kS0 = 8, kS1 = 9, kA0 = 10;

uint32_t addi(unsigned rd, unsigned rs1, int32_t imm) {
  return (static_cast<uint32_t>(imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;
}
uint32_t auipc(unsigned rd, int32_t imm20) { return (static_cast<uint32_t>(imm20) << 12) | (rd << 7) | 0x17; }
uint32_t jalr(unsigned rd, unsigned rs1) { return (rs1 << 15) | (rd << 7) | 0x67; }
uint32_t bne(unsigned rs1, unsigned rs2, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 12) & 1) << 31) | (((u >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (1 << 12) |
         (((u >> 1) & 0xf) << 8) | (((u >> 11) & 1) << 7) | 0x63;
}
uint32_t lw(unsigned rd, unsigned rs1, int32_t off) { return (static_cast<uint32_t>(off) << 20) | (rs1 << 15) | (2 << 12) | (rd << 7) | 0x03; }
uint32_t sw(unsigned rs2, unsigned rs1) { return (rs2 << 20) | (rs1 << 15) | (2 << 12) | 0x23; }
constexpr uint32_t kRet = 0x00008067, kWfi = 0x10500073, kNop = 0x00000013;

class JumpCacheTest : public rvisor::test::HartTest {
 protected:
  Hart h{ram.data(), kBase, kSize, &clock, jit_at_once()};

  // Calls F, on another page, eight times through a register (jalr: the jump cache), stops
  // (WFI); at kCode + 0x18, calls it once more and stops; at kCode + 0x20, copies the word
  // at kData over F's first instruction, calls F and stops: no FENCE.I, which a hart's own
  // stores to code do not need here (BlockCache). F returns 1 in a0.
  void SetUp() override {
    const uint32_t program[] = {auipc(kS1, 1), addi(kS0, 0, 8), jalr(kRa, kS1), addi(kS0, kS0, -1),
                                bne(kS0, 0, -8), kWfi, jalr(kRa, kS1), kWfi,
                                auipc(kT0, 2), lw(kT0, kT0, -0x20), sw(kT0, kS1), kNop, jalr(kRa, kS1), kWfi};
    uint64_t a = kCode;
    for (uint32_t w : program) {
      put32(a, w);
      a += 4;
    }
    put32(kF, addi(kA0, 0, 1));
    put32(kF + 4, kRet);
    put32(kData, addi(kA0, 0, 3));
    h.pc = kCode;
    h.flush_code();
  }
  void run_to_wfi() { ASSERT_EQ(h.run(100000).kind, Exit::Kind::Wfi); }
};
}  // namespace

// Code rewritten behind the hart's back, then a fence (Hart::flush_code, as a loader does).
TEST_F(JumpCacheTest, AFenceForgetsTheTranslatedTarget) {
  run_to_wfi();
  ASSERT_EQ(h.x[kA0], 1u);
  put32(kF, addi(kA0, 0, 2));
  h.flush_code();
  h.pc = kCode + 0x18;
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 2u);
}

// The guest's own store to the code page drops F's block at once.
TEST_F(JumpCacheTest, AStoreToTheTargetsPageForgetsIt) {
  run_to_wfi();
  ASSERT_EQ(h.x[kA0], 1u);
  h.pc = kCode + 0x20;
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 3u);
}

namespace {
constexpr uint64_t kFva = 0x40000000, kP1 = 0x80004000, kP2 = 0x80005000, kRoot = 0x80100000;
constexpr uint64_t kV = 1, kR = 2, kX = 8, kA = 64;
uint32_t lui(unsigned rd, uint32_t imm20) { return (imm20 << 12) | (rd << 7) | 0x37; }

// The same calls in S-mode under Sv39, F at a virtual address whose page is remapped.
class JumpCachePagingTest : public JumpCacheTest {
 protected:
  uint64_t next_table = kRoot + 0x1000;
  void map(uint64_t va, uint64_t pa) { map_sv39(kRoot, next_table, va, pa, kV | kR | kX | kA); }  // R and X
  void SetUp() override {
    const uint32_t program[] = {lui(kS1, kFva >> 12), addi(kS0, 0, 8), jalr(kRa, kS1), addi(kS0, kS0, -1),
                                bne(kS0, 0, -8), kWfi, jalr(kRa, kS1), kWfi};
    uint64_t a = kCode;
    for (uint32_t w : program) {
      put32(a, w);
      a += 4;
    }
    for (auto [pa, value] : {std::pair{kP1, 1}, std::pair{kP2, 2}}) {
      put32(pa, addi(kA0, 0, value));
      put32(pa + 4, kRet);
    }
    map(kCode, kCode);
    map(kFva, kP1);
    csr_write(h, csr::satp, (8ull << 60) | (kRoot >> 12));
    h.priv = Priv::S;
    h.flush_tlb();
    h.pc = kCode;
    h.flush_code();
  }
};
}  // namespace

// SFENCE.VMA of the page after a remap (what the guest's sfence.vma does).
TEST_F(JumpCachePagingTest, AnSfenceOfTheTargetsPageForgetsIt) {
  run_to_wfi();
  ASSERT_EQ(h.x[kA0], 1u);
  map(kFva, kP2);
  h.flush_tlb_page(kFva);
  h.pc = kCode + 0x18;
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 2u);
}
