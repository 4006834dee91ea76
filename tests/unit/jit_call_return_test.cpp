// Guest calls and returns in translated code (Jit::Emitter::guest_call, guest_return): a
// call pushes a frame on the host stack and a return that matches it is a host `ret`. Every
// way a return can fail to match must still reach the right guest code: a return to another
// address, one that skips frames, calls nested deeper than the frames go, and code rewritten
// between the call and the return.
#include <gtest/gtest.h>

#include "hart_fixture.h"
#include "rv_encode.h"

using namespace rvisor::cpu;
using namespace rvisor::test::rv;

namespace {
constexpr uint64_t kCode = 0x80001000, kOther = 0x80002000, kStack = 0x80100000;
constexpr unsigned kRa = 1, kSp = 2, kT0 = 5, kT2 = 7, kS0 = 8, kS1 = 9, kA0 = 10, kA1 = 11, kT3 = 28,
                   kT4 = 29, kT5 = 30;
constexpr uint32_t kRet = 0x00008067;  // jalr x0, 0(ra)

// Each program runs on the JIT (every block translated at once) and on the interpreter.
class JitCallReturnTest : public rvisor::test::HartTest, public ::testing::WithParamInterface<Engine> {
 protected:
  static HartConfig config() {
    HartConfig c = jit_at_once();
    c.engine = GetParam();
    return c;
  }
  Hart h{ram.data(), kBase, kSize, &clock, config()};

  void place(uint64_t pa, std::initializer_list<uint32_t> words) {
    for (uint32_t w : words) {
      put32(pa, w);
      pa += 4;
    }
  }
  void start() {
    h.flush_code();
    h.pc = kCode;
    h.x[kSp] = kStack;
  }
  void run_to_wfi() { ASSERT_EQ(h.run(10'000'000).kind, Exit::Kind::Wfi); }
};
}  // namespace

// Recursion 2,000 deep: more than the host stack takes frames for (kCallFrames), so the
// deepest calls are plain jumps and their returns go the computed way.
TEST_P(JitCallReturnTest, RecursionDeeperThanTheFramesReturnsEveryLevel) {
  place(kCode, {addi(kA1, 0, 2000), jal(kRa, 0x100 - 4), kWfi});
  place(kCode + 0x100, {beq(kA1, 0, 0x20), addi(kSp, kSp, -16), sd(kRa, kSp, 8), addi(kA1, kA1, -1),
                        jal(kRa, -0x10), addi(kA0, kA0, 1), ld(kRa, kSp, 8), addi(kSp, kSp, 16), kRet});
  start();
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 2000u);
  EXPECT_EQ(h.x[kSp], kStack);
  EXPECT_EQ(h.pc, kCode + 12);  // past the WFI
}

// The callee returns normally four times (the first calls and returns go through the run
// loop, which links the way back to the block after the call), then one instruction past the
// return address, then normally again.
TEST_P(JitCallReturnTest, AReturnElsewhereGoesThere) {
  place(kCode, {addi(kS0, 0, 6), jal(kRa, 0x200 - 4), addi(kA0, kA0, 1), addi(kA0, kA0, 2), addi(kS0, kS0, -1),
                bne(kS0, 0, -16), kWfi});
  place(kCode + 0x200, {addi(kT4, kT4, 1), bne(kT4, kT5, 8), addi(kRa, kRa, 4), kRet});
  h.x[kT5] = 5;
  start();
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 6u * 2 + 5);
}

// f calls g, and g returns straight to f's caller (as longjmp or a switch of stacks does),
// leaving f's frame unused; then calls through t0 (the other link register) do the same.
TEST_P(JitCallReturnTest, AReturnThatSkipsAFrameGoesToItsTarget) {
  place(kCode, {addi(kS0, 0, 3), jal(kRa, 0x300 - 4), addi(kA0, kA0, 1), addi(kS0, kS0, -1), bne(kS0, 0, -12),
                addi(kS0, 0, 3), jal(kT0, 0x340 - 0x18), addi(kA0, kA0, 10), addi(kS0, kS0, -1), bne(kS0, 0, -12),
                kWfi});
  place(kCode + 0x300, {addi(kS1, kRa, 0), jal(kRa, 0x100 - 4), addi(kA0, kA0, 100), kRet});
  place(kCode + 0x400, {addi(kRa, kS1, 0), kRet});
  place(kCode + 0x340, {addi(kS1, kT0, 0), jal(kT0, 0x80 - 4), addi(kA0, kA0, 100), jalr(0, kT0, 0)});
  place(kCode + 0x3c0, {addi(kT0, kS1, 0), jalr(0, kT0, 0)});
  start();
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 33u);
  EXPECT_EQ(h.pc, kCode + 0x2c);
}

// On its second call, f (on another page) rewrites the instruction its caller returns to:
// the return must run the new instruction, not the translation made before the store.
TEST_P(JitCallReturnTest, CodeRewrittenBeforeTheReturnRunsAsRewritten) {
  place(kCode, {addi(kS0, 0, 2), jal(kRa, static_cast<int32_t>(kOther - kCode) - 4), addi(kA0, kA0, 1),
                addi(kS0, kS0, -1), bne(kS0, 0, -12), kWfi});
  place(kOther, {addi(kT4, kT4, 1), bne(kT4, kT5, 8), sw(kT2, kT3, 8), kRet});
  h.x[kT2] = addi(kA0, kA0, 100);
  h.x[kT3] = kCode;
  h.x[kT5] = 2;
  start();
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 101u);
}

INSTANTIATE_TEST_SUITE_P(Engines, JitCallReturnTest, ::testing::Values(Engine::Jit, Engine::Interp),
                         [](const ::testing::TestParamInfo<Engine>& p) { return p.param == Engine::Jit ? "Jit" : "Interp"; });

namespace {
constexpr uint64_t kF = 0x40000000, kPa = 0x80004000, kPb = 0x80005000, kPf = 0x80006000, kRoot1 = 0x80100000,
                   kRoot2 = 0x80200000;
constexpr unsigned kS2 = 18, kS3 = 19;
uint32_t xor_(unsigned rd, unsigned rs1, unsigned rs2) { return (rs2 << 20) | (rs1 << 15) | (4 << 12) | (rd << 7) | 0x33; }
uint32_t csrw_satp(unsigned rs1) { return i_type(0x73, 1, 0, rs1, 0x180); }
}  // namespace

// In S-mode: at every fourth call f switches to the other of two address spaces, and the
// page that calls f (the same virtual page in both) holds different code after the call in
// each. A return must run the code of the space it returns in, not the translation of the
// space that made the call (linked by the returns that did not switch).
TEST_P(JitCallReturnTest, AReturnIntoAnotherAddressSpaceRunsThatSpacesCode) {
  place(kPa, {addi(kS0, 0, 20), jalr(kRa, kS1, 0), addi(kA0, kA0, 1), addi(kS0, kS0, -1), bne(kS0, 0, -12), kWfi});
  place(kPb, {addi(kS0, 0, 20), jalr(kRa, kS1, 0), addi(kA0, kA0, 100), addi(kS0, kS0, -1), bne(kS0, 0, -12), kWfi});
  place(kPf, {addi(kT4, kT4, 1), i_type(0x13, 7, kT5, kT4, 3), bne(kT5, 0, 12), csrw_satp(kS2), xor_(kS2, kS2, kS3), kRet});
  for (auto [root, code] : {std::pair{kRoot1, kPa}, std::pair{kRoot2, kPb}}) {
    uint64_t next_table = root + 0x1000;
    map_sv39(root, next_table, kCode, code, kV | kR | kX | kA);
    map_sv39(root, next_table, kF, kPf, kV | kR | kX | kA);
  }
  const uint64_t satp1 = (8ull << 60) | (kRoot1 >> 12), satp2 = (8ull << 60) | (kRoot2 >> 12);
  h.x[kS1] = kF;
  h.x[kS2] = satp2;
  h.x[kS3] = satp1 ^ satp2;
  csr_write(h, csr::satp, satp1);
  h.priv = Priv::S;
  h.flush_tlb();
  start();
  run_to_wfi();
  EXPECT_EQ(h.x[kA0], 9u * 100 + 11u);  // calls 4 to 7, 12 to 15 and 20 return in the second
  EXPECT_EQ(h.pc, kCode + 0x18);
}
