// Translated code that chains from block to block must still notice an interrupt line that
// another thread raises (a device, another hart): set_pending zeroes the chain limit that
// every chained jump compares with (Hart::stop_chaining).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "hart_fixture.h"

using namespace rvisor::cpu;

namespace {
constexpr uint64_t kLoop = 0x80001000, kHandler = 0x80002000;
constexpr uint32_t kWfi = 0x10500073, kClearMie = 0x30401073;  // wfi; csrw mie, zero
constexpr uint32_t kAddiT0 = (1u << 20) | (5u << 15) | (5u << 7) | 0x13;  // addi t0, t0, 1
constexpr uint32_t kJumpBack = 0xffdff06f;                                // jal x0, -4

class JitInterruptTest : public rvisor::test::HartTest {};
}  // namespace

TEST_F(JitInterruptTest, ALineRaisedByAnotherThreadStopsChainedCode) {
  HartConfig hc;
  hc.engine = Engine::Jit;
  hc.jit_threshold = 1;
  Hart h(ram.data(), kBase, kSize, &clock, hc);
  put32(kLoop, kAddiT0);  // a loop of one block that links to itself
  put32(kLoop + 4, kJumpBack);
  put32(kHandler, kClearMie);  // the handler: nothing enabled, then WFI, which exits
  put32(kHandler + 4, kWfi);
  h.pc = kLoop;
  h.csrs.mtvec = kHandler;
  h.csrs.mie = 1u << MSI;
  h.csrs.mstatus |= mstatus::MIE;
  // Billions of instructions: seconds of chained jumps if nothing stopped them.
  constexpr uint64_t kBudget = 4'000'000'000;
  std::thread raiser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    h.set_pending(MSI, true);
  });
  const Exit e = h.run(kBudget);
  raiser.join();
  EXPECT_EQ(e.kind, Exit::Kind::Wfi);  // in the handler
  EXPECT_EQ(h.csrs.mcause, (1ull << 63) | MSI);
  EXPECT_LT(h.retired, kBudget / 2) << "the chained loop ran on towards the end of its budget";
  EXPECT_GT(h.x[5], 1000u) << "the loop ran translated for a while first";
}
