// Templates whose operands may alias each other, live in memory rather than a host register,
// or span two instructions (slli 32 + srli 32, fused into one mov): the translated block
// must leave exactly the registers the interpreter does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hart_fixture.h"
#include "rv_encode.h"

using namespace rvisor::cpu;
using namespace rvisor::test::rv;

namespace {
constexpr uint64_t kCode = 0x80001000;

uint32_t r_type(unsigned f7, unsigned rs2, unsigned rs1, unsigned f3, unsigned rd, unsigned op) {
  return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
uint32_t sub(unsigned rd, unsigned a, unsigned b) { return r_type(0x20, b, a, 0, rd, 0x33); }
uint32_t xor_(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 4, rd, 0x33); }
uint32_t and_(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 7, rd, 0x33); }
uint32_t mul(unsigned rd, unsigned a, unsigned b) { return r_type(1, b, a, 0, rd, 0x33); }
uint32_t slt(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 2, rd, 0x33); }
uint32_t sltu(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 3, rd, 0x33); }
uint32_t addw(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 0, rd, 0x3b); }
uint32_t subw(unsigned rd, unsigned a, unsigned b) { return r_type(0x20, b, a, 0, rd, 0x3b); }
uint32_t mulw(unsigned rd, unsigned a, unsigned b) { return r_type(1, b, a, 0, rd, 0x3b); }
uint32_t sllw(unsigned rd, unsigned a, unsigned b) { return r_type(0, b, a, 1, rd, 0x3b); }
uint32_t sraw(unsigned rd, unsigned a, unsigned b) { return r_type(0x20, b, a, 5, rd, 0x3b); }
uint32_t slli(unsigned rd, unsigned a, unsigned sh) { return i_type(0x13, 1, rd, a, static_cast<int32_t>(sh)); }
uint32_t srli(unsigned rd, unsigned a, unsigned sh) { return i_type(0x13, 5, rd, a, static_cast<int32_t>(sh)); }
uint32_t srliw(unsigned rd, unsigned a, unsigned sh) { return i_type(0x1b, 5, rd, a, static_cast<int32_t>(sh)); }
uint32_t slti(unsigned rd, unsigned a, int32_t imm) { return i_type(0x13, 2, rd, a, imm); }
uint32_t sltiu(unsigned rd, unsigned a, int32_t imm) { return i_type(0x13, 3, rd, a, imm); }

uint64_t seed_value(unsigned r) {  // distinct, with both halves and both signs in play
  const uint64_t v = 0x9e3779b97f4a7c15ull * (r + 1);
  return r % 3 == 0 ? v : r % 3 == 1 ? (v >> 33) : ~(v >> 31);
}

class JitTemplatesTest : public rvisor::test::HartTest {
 protected:
  // Runs `program` (then wfi) from fresh registers in the interpreter and, three times so that
  // the last run is translated code, in the JIT; every x register must agree.
  void expect_same(const std::vector<uint32_t>& program) {
    uint64_t a = kCode;
    for (uint32_t w : program) {
      put32(a, w);
      a += 4;
    }
    put32(a, kWfi);
    HartConfig interp;
    interp.engine = Engine::Interp;
    Hart ref{ram.data(), kBase, kSize, &clock, interp};
    Hart jit{ram.data(), kBase, kSize, &clock, jit_at_once()};
    for (Hart* h : {&ref, &jit}) {
      for (int run = 0; run < (h == &ref ? 1 : 3); ++run) {
        for (unsigned r = 1; r < 32; ++r) h->x[r] = seed_value(r);
        h->pc = kCode;
        ASSERT_EQ(h->run(1000).kind, Exit::Kind::Wfi);
      }
    }
    ASSERT_EQ(jit.engine_stats().find(" 0 translated"), std::string::npos) << jit.engine_stats();
    for (unsigned r = 1; r < 32; ++r) EXPECT_EQ(jit.x[r], ref.x[r]) << "x" << r;
  }
};
}  // namespace

TEST_F(JitTemplatesTest, OperandsThatAliasTheDestination) {
  expect_same({sub(5, 6, 5), sub(7, 7, 8), sub(9, 10, 10), xor_(11, 12, 11), and_(13, 13, 13), mul(14, 15, 14),
               add(16, 17, 16), addw(18, 19, 18), subw(20, 21, 20), subw(22, 22, 23), mulw(24, 25, 24),
               sllw(26, 27, 26), sraw(28, 28, 28), addw(29, 29, 29)});
}

// The same with rs2 just written, so in a host register when rd = rs2 overwrites it.
TEST_F(JitTemplatesTest, CachedOperandsThatAliasTheDestination) {
  expect_same({add(5, 6, 7), sub(5, 8, 5), add(9, 10, 11), subw(9, 12, 9), add(13, 14, 15), xor_(13, 16, 13),
               add(17, 18, 19), mulw(17, 20, 17), add(21, 22, 23), sllw(21, 24, 21), add(25, 26, 27),
               sltu(25, 28, 25)});
}

// More registers than host slots, each read once: sources come straight from Hart::x.
TEST_F(JitTemplatesTest, SourcesReadOnceFromMemory) {
  std::vector<uint32_t> p;
  for (unsigned r = 1; r + 2 < 32; r += 3) {
    p.push_back(xor_(r, r + 1, r + 2));
    p.push_back(subw(r + 1, r + 2, r));
    p.push_back(srliw(r + 2, r + 1, 7));
  }
  expect_same(p);
}

TEST_F(JitTemplatesTest, SetLessThanWithAliasesAndImmediates) {
  expect_same({slt(5, 6, 7), sltu(8, 9, 8), slt(10, 10, 11), sltu(12, 12, 12), slti(13, 13, -5), sltiu(14, 15, -1),
               slti(16, 0, 1), sltu(17, 0, 18), slt(19, 20, 0)});
}

// slli rd, rs, 32 then srli rd, rd, 32 is zext.w; the pair with other registers or shift
// amounts is not, and must not be taken for it.
TEST_F(JitTemplatesTest, ZeroExtensionPairsAndLookAlikes) {
  expect_same({slli(5, 6, 32), srli(5, 5, 32), add(7, 5, 5),           // fused, rd != rs
               slli(8, 8, 32), srli(8, 8, 32),                          // fused, rd == rs
               slli(9, 10, 32), srli(11, 9, 32),                        // srli to another register
               slli(12, 13, 32), srli(12, 12, 31),                      // another amount
               slli(14, 15, 31), srli(14, 14, 32),
               slli(16, 17, 32), srli(16, 18, 32)});                    // srli of another register
}
