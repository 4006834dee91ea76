// Decoder: fields and immediates for each format, table coverage, illegal encodings.
#include <gtest/gtest.h>

#include "cpu/decode.h"
#include "cpu/hart.h"

using namespace rvisor::cpu;

namespace {
Insn dec(uint32_t raw) { return decode(raw, raw, 4); }
bool is_illegal(const Insn& i) { return i.exec() == decode(0, 0, 4).exec(); }  // 0 never matches
}  // namespace

TEST(Decode, ITypeNegativeImmediate) {
  Insn i = dec(0xfff10093);  // addi x1, x2, -1
  EXPECT_EQ(i.rd, 1);
  EXPECT_EQ(i.rs1, 2);
  EXPECT_EQ(i.imm, -1);
  EXPECT_STREQ(opcode_name(0xfff10093), "addi");
}

TEST(Decode, STypeSplitsImmediate) {
  Insn i = dec(0xfe113c23);  // sd x1, -8(x2)
  EXPECT_EQ(i.rs1, 2);
  EXPECT_EQ(i.rs2, 1);
  EXPECT_EQ(i.imm, -8);
}

TEST(Decode, BTypeImmediateBits) {
  EXPECT_EQ(dec(0x00208463).imm, 8);       // beq x1, x2, +8
  EXPECT_EQ(dec(0xfe208ee3).imm, -4);      // beq x1, x2, -4
  EXPECT_EQ(dec(0x7e208fe3).imm, 4094);    // largest forward offset
  EXPECT_EQ(dec(0x80208063).imm, -4096);   // largest backward offset
}

TEST(Decode, JTypeImmediateBits) {
  EXPECT_EQ(dec(0x0080006f).imm, 8);          // jal x0, +8
  EXPECT_EQ(dec(0x7ffff06f).imm, 0xffffe);    // largest forward
  EXPECT_EQ(dec(0x800000ef).imm, -0x100000);  // jal ra, most negative
}

TEST(Decode, UTypeSignExtendsOnRv64) {
  Insn i = dec(0x800002b7);  // lui t0, 0x80000
  EXPECT_EQ(i.rd, 5);
  EXPECT_EQ(i.imm, -0x80000000ll);
}

TEST(Decode, CsrNumberIsUnsigned) {
  Insn i = dec(0xf1402573);  // csrr a0, mhartid (0xf14)
  EXPECT_EQ(i.imm, 0xf14);
  EXPECT_STREQ(opcode_name(0xf1402573), "csrrs");
}

TEST(Decode, R4AndRoundingMode) {
  Insn i = dec(0x2a2080c3 | (1u << 12));  // fmadd.d with rs3 = 5, rm = 1 (rtz)
  EXPECT_EQ(i.rs3, 5);
  EXPECT_EQ(i.rm, 1);
}

TEST(Decode, EveryGroupIsReachable) {
  EXPECT_STREQ(opcode_name(0x02b50533), "mul");       // M
  EXPECT_STREQ(opcode_name(0x00b5252f), "amoadd_w");  // A
  EXPECT_STREQ(opcode_name(0x20b52533), "sh1add");    // Zba
  EXPECT_STREQ(opcode_name(0x6b855513), "rev8");      // Zbb
  EXPECT_STREQ(opcode_name(0x0eb55533), "czero_eqz"); // Zicond
  EXPECT_STREQ(opcode_name(0x30200073), "mret");
  EXPECT_STREQ(opcode_name(0x12000073), "sfence_vma");
  EXPECT_NE(opcode_name(0x02b50553), nullptr);        // fadd.d
}

TEST(Decode, ReservedEncodingsAreIllegal) {
  EXPECT_TRUE(is_illegal(dec(0x00000000)));
  EXPECT_TRUE(is_illegal(dec(0xffffffff)));
  EXPECT_TRUE(is_illegal(dec(0x0000007b)));  // custom-3 opcode
  EXPECT_TRUE(is_illegal(dec(0x0200153b)));  // OP-32, funct7=1, funct3=1: reserved
  EXPECT_TRUE(is_illegal(dec(0x00002077)));  // opcode 0x77 (OP-P, unimplemented)
  EXPECT_TRUE(is_illegal(dec(0x44005013)));  // OP-IMM funct3=5 with funct6=010001: no such shift
  EXPECT_FALSE(is_illegal(dec(0x0200753b)));  // remuw: the neighbour of the reserved one is valid
}

TEST(Decode, CompressedKeepsParcelForTval) {
  Insn i = decode_fetched(0x4505, 2);  // c.li a0, 1
  EXPECT_EQ(i.len, 2);
  EXPECT_EQ(i.raw, 0x4505u);
  EXPECT_EQ(i.rd, 10);
  EXPECT_EQ(i.imm, 1);
  Insn bad = decode_fetched(0x0000, 2);
  EXPECT_TRUE(is_illegal(bad));
  EXPECT_EQ(bad.raw, 0u);
}

TEST(Decode, CacheReturnsSameDecodeAsDecoder) {
  DecodeCache cache;
  const Insn& a = cache.lookup(0x80000000, 0xfff10093, 4);
  EXPECT_EQ(a.imm, -1);
  const Insn& b = cache.lookup(0x80000004, 0x00110093, 4);  // addi x1, x2, 1
  EXPECT_EQ(b.imm, 1);
  EXPECT_EQ(cache.lookup(0x80000000, 0xfff10093, 4).imm, -1);
}

TEST(Decode, CacheSeesModifiedCodeAtTheSamePc) {
  DecodeCache cache;
  EXPECT_EQ(cache.lookup(0x80000000, 0xfff10093, 4).imm, -1);  // addi x1, x2, -1
  EXPECT_EQ(cache.lookup(0x80000000, 0x00510093, 4).imm, 5);   // rewritten: addi x1, x2, 5
  EXPECT_EQ(cache.lookup(0x80000000, 0x4505, 2).len, 2);       // rewritten: c.li a0, 1
}
