// The guest must never be able to crash the monitor: every encoding either executes or traps
// into the guest; nothing escapes the run loop.
#include <random>

#include "hart_fixture.h"

using namespace rvisor::cpu;
using rvisor::test::HartTest;

namespace {
constexpr uint64_t kCode = 0x80001000, kHandler = 0x80000100;
}

class RobustnessTest : public HartTest {
 protected:
  // Execute one instruction word at kCode in the given mode; it must retire or trap.
  void run_one(uint32_t word, Priv p) {
    put32(kCode, word);
    put32(kCode + 4, 0x00000013);  // nop after a compressed parcel
    hart.pc = kCode;
    hart.priv = p;
    hart.csrs.mtvec = kHandler;
    hart.csrs.mstatus |= mstatus::FS;
    hart.flush_tlb();
    hart.flush_code();  // the code changed behind the hart's back (as a loader or DMA would)
    for (auto& r : hart.x) r = kBase + 0x2000;  // registers point at RAM: loads/stores stay harmless
    hart.x[0] = 0;
    const uint64_t before = hart.retired;
    Exit e = hart.run(1);
    const bool retired_one = hart.retired == before + 1;            // executed (pc may jump anywhere)
    const bool trapped = hart.retired == before && hart.pc == kHandler;  // raised an exception
    const bool exited = e.kind != Exit::Kind::Budget;                 // handed to the monitor (MMIO, WFI)
    EXPECT_TRUE(retired_one || trapped || exited) << std::hex << "word " << word << " left pc at " << hart.pc;
  }
};

TEST_F(RobustnessTest, EveryCompressedParcelRetiresOrTraps) {
  for (uint32_t parcel = 0; parcel < 0x10000; ++parcel) {
    if ((parcel & 3) == 3) continue;
    run_one(parcel, (parcel & 1) ? Priv::M : Priv::U);
  }
}

TEST_F(RobustnessTest, RandomWordsRetireOrTrap) {
  std::mt19937 rng(12345);
  for (int n = 0; n < 200000; ++n) {
    uint32_t w = static_cast<uint32_t>(rng()) | 3;  // 32-bit encodings
    run_one(w, static_cast<Priv>(n % 4 == 2 ? 3 : n % 4));
  }
}

TEST_F(RobustnessTest, IllegalInstructionReportsEncodingInMtval) {
  run_one(0xffffffff, Priv::M);
  EXPECT_EQ(hart.pc, kHandler);
  EXPECT_EQ(hart.csrs.mcause, 2u);
  EXPECT_EQ(hart.csrs.mtval, 0xffffffffu);
  EXPECT_EQ(hart.csrs.mepc, kCode);
  run_one(0x0000, Priv::M);  // all-zero parcel
  EXPECT_EQ(hart.csrs.mcause, 2u);
  EXPECT_EQ(hart.csrs.mtval, 0u);
}
