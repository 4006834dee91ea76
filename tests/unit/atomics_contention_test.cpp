// LR/SC and AMOs stay atomic when several harts run on several host threads over one RAM:
// four harts each add 1 to three shared counters K times, through an LR/SC loop, through
// amoadd.d, and through a plain load/add/store inside an amoswap spinlock. Every update must
// count, in every engine.
#include <gtest/gtest.h>

#include <cstring>
#include <thread>
#include <vector>

#include "cpu/coherence.h"
#include "hart_fixture.h"

using namespace rvisor::cpu;

namespace {
constexpr uint64_t kBase = 0x80000000, kSize = 1 << 20, kCode = kBase + 0x1000, kData = kBase + 0x10000;
constexpr unsigned kA0 = 10, kS0 = 8, kT0 = 5, kT1 = 6, kT2 = 7, kT3 = 28, kT4 = 29, kT5 = 30, kT6 = 31;

uint32_t i_type(uint32_t op, unsigned f3, unsigned rd, unsigned rs1, int32_t imm) {
  return (static_cast<uint32_t>(imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
uint32_t addi(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x13, 0, rd, rs1, imm); }
uint32_t ld(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x03, 3, rd, rs1, imm); }
uint32_t sd(unsigned rs2, unsigned rs1, int32_t imm) {
  const auto u = static_cast<uint32_t>(imm);
  return (((u >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (3 << 12) | ((u & 0x1f) << 7) | 0x23;
}
uint32_t bne(unsigned rs1, unsigned rs2, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 12) & 1) << 31) | (((u >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (1 << 12) |
         (((u >> 1) & 0xf) << 8) | (((u >> 11) & 1) << 7) | 0x63;
}
// A-extension: funct5, aq/rl, rs2, rs1, width (2 = .w, 3 = .d), rd.
uint32_t amo(unsigned funct5, bool aq, bool rl, unsigned width, unsigned rd, unsigned rs1, unsigned rs2) {
  return (funct5 << 27) | (aq << 26) | (rl << 25) | (rs2 << 20) | (rs1 << 15) | (width << 12) | (rd << 7) | 0x2f;
}
constexpr unsigned kLr = 2, kSc = 3, kAmoAdd = 0, kAmoSwap = 1;
constexpr uint32_t kWfi = 0x10500073;

// a0 = counters (A at +0, B at +8, C at +16, the lock at +24), s0 = K.
const std::vector<uint32_t> kProgram = {
    /* 0x00 loop:  */ amo(kLr, false, false, 3, kT0, kA0, 0),  // retry: lr.d t0, (a0)
    /* 0x04 */ addi(kT0, kT0, 1),
    /* 0x08 */ amo(kSc, false, false, 3, kT1, kA0, kT0),  // sc.d t1, t0, (a0)
    /* 0x0c */ bne(kT1, 0, -12),                           // bnez t1, retry
    /* 0x10 */ addi(kT2, kA0, 8),
    /* 0x14 */ addi(kT3, 0, 1),
    /* 0x18 */ amo(kAmoAdd, false, false, 3, 0, kT2, kT3),  // amoadd.d x0, t3, (t2)
    /* 0x1c */ addi(kT4, kA0, 24),
    /* 0x20 */ amo(kAmoSwap, true, false, 2, kT5, kT4, kT3),  // lock: amoswap.w.aq t5, t3, (t4)
    /* 0x24 */ bne(kT5, 0, -4),                                // bnez t5, lock
    /* 0x28 */ ld(kT6, kA0, 16),
    /* 0x2c */ addi(kT6, kT6, 1),
    /* 0x30 */ sd(kT6, kA0, 16),
    /* 0x34 */ amo(kAmoSwap, false, true, 2, 0, kT4, 0),  // unlock: amoswap.w.rl x0, x0, (t4)
    /* 0x38 */ addi(kS0, kS0, -1),
    /* 0x3c */ bne(kS0, 0, -0x3c),                         // bnez s0, loop
    /* 0x40 */ kWfi,
};

void run_contended(Engine engine) {
  constexpr unsigned kHarts = 4;
  constexpr uint64_t kIterations = 20000;
  std::vector<uint8_t> ram(kSize);
  for (size_t n = 0; n < kProgram.size(); ++n) std::memcpy(&ram[kCode - kBase + 4 * n], &kProgram[n], 4);
  rvisor::test::FixedClock clock;
  std::vector<std::thread> threads;
  std::vector<int> finished(kHarts, 0);
  // One machine: the harts share code owners (their blocks are all on one page, so each
  // new block kicks the others, whose threads serve that while they run).
  Coherence machine(kBase, kSize);
  std::vector<std::unique_ptr<Hart>> harts;
  for (unsigned t = 0; t < kHarts; ++t) {
    HartConfig hc;
    hc.hartid = t;
    hc.engine = engine;
    harts.push_back(std::make_unique<Hart>(ram.data(), kBase, kSize, &clock, hc));
    harts.back()->join(machine);
  }
  for (unsigned t = 0; t < kHarts; ++t) {
    threads.emplace_back([&, t] {
      Hart& h = *harts[t];
      h.pc = kCode;
      h.x[kA0] = kData;
      h.x[kS0] = kIterations;
      for (int slices = 0; slices < 100000; ++slices) {
        if (h.run(5000).kind == Exit::Kind::Wfi) {
          finished[t] = 1;
          return;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  uint64_t counters[4];
  std::memcpy(counters, &ram[kData - kBase], sizeof counters);
  for (unsigned t = 0; t < kHarts; ++t) EXPECT_TRUE(finished[t]) << "hart " << t << " did not finish";
  EXPECT_EQ(counters[0], kHarts * kIterations) << "LR/SC lost updates";
  EXPECT_EQ(counters[1], kHarts * kIterations) << "amoadd.d lost updates";
  EXPECT_EQ(counters[2], kHarts * kIterations) << "the amoswap spinlock let two harts in";
  EXPECT_EQ(counters[3], 0u) << "the lock is left held";
}
}  // namespace

TEST(AtomicsContention, JitHartsOnHostThreads) { run_contended(Engine::Jit); }
TEST(AtomicsContention, InterpreterHartsOnHostThreads) { run_contended(Engine::Interp); }

namespace {
// Hart A: lr.d a1, (a0); WFI; sc.d a2, a3, (a0); WFI. Hart B, between A's LR and SC, runs
// `b_code` then WFI. Returns A's SC result (0 = success) and the doubleword left in memory.
std::pair<uint64_t, uint64_t> interleave(Engine engine, std::vector<uint32_t> b_code) {
  constexpr unsigned kA1 = 11, kA2 = 12, kA3 = 13;
  constexpr uint64_t kCodeB = kCode + 0x100;
  std::vector<uint8_t> ram(kSize);
  auto put = [&](uint64_t pa, const std::vector<uint32_t>& words) {
    std::memcpy(&ram[pa - kBase], words.data(), 4 * words.size());
  };
  put(kCode, {amo(kLr, false, false, 3, kA1, kA0, 0), kWfi, amo(kSc, false, true, 3, kA2, kA0, kA3), kWfi});
  b_code.push_back(kWfi);
  put(kCodeB, b_code);
  const uint64_t initial = 0x1111;
  std::memcpy(&ram[kData - kBase], &initial, 8);
  rvisor::test::FixedClock clock;
  Coherence machine(kBase, kSize);
  HartConfig hc;
  hc.engine = engine;
  Hart a(ram.data(), kBase, kSize, &clock, hc), b(ram.data(), kBase, kSize, &clock, hc);
  a.join(machine);
  b.join(machine);
  a.pc = kCode;
  b.pc = kCodeB;
  a.x[kA0] = b.x[kA0] = kData;
  a.x[kA3] = 0xaaaa;
  b.x[kA1] = 0x2222;    // what B stores
  b.x[kA2] = initial;   // or the value that was there already
  EXPECT_EQ(a.run(1000).kind, Exit::Kind::Wfi);  // after the LR
  EXPECT_EQ(b.run(1000).kind, Exit::Kind::Wfi);
  EXPECT_EQ(a.run(1000).kind, Exit::Kind::Wfi);  // after the SC
  uint64_t left;
  std::memcpy(&left, &ram[kData - kBase], 8);
  return {a.x[kA2], left};
}
}  // namespace

// The reservation rules between harts: another hart's store or SC to the reserved location
// makes the SC fail and leaves that hart's value; a store of the same value does not (the ABA
// case SC-as-compare-and-swap accepts, as QEMU does); a store elsewhere does not either.
TEST(Reservation, AnotherHartsStoreBreaksIt) {
  constexpr unsigned kA1 = 11, kA2 = 12, kT0r = 5, kT1r = 6;
  for (Engine e : {Engine::Interp, Engine::Jit}) {
    EXPECT_EQ(interleave(e, {sd(kA1, kA0, 0)}), std::make_pair(uint64_t{1}, uint64_t{0x2222})) << "store";
    EXPECT_EQ(interleave(e, {amo(kLr, false, false, 3, kT0r, kA0, 0), amo(kSc, false, false, 3, kT1r, kA0, kA1)}),
              std::make_pair(uint64_t{1}, uint64_t{0x2222}))
        << "B's own LR/SC pair";
    EXPECT_EQ(interleave(e, {amo(kAmoAdd, false, false, 3, 0, kA0, kA1)}), std::make_pair(uint64_t{1}, uint64_t{0x3333}))
        << "amoadd";
    EXPECT_EQ(interleave(e, {sd(kA2, kA0, 0)}), std::make_pair(uint64_t{0}, uint64_t{0xaaaa})) << "same value (ABA)";
    EXPECT_EQ(interleave(e, {sd(kA1, kA0, 64)}), std::make_pair(uint64_t{0}, uint64_t{0xaaaa})) << "another location";
  }
}
