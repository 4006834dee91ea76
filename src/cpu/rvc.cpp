// RV64C expander (unprivileged spec, chapter "C" Standard Extension, RV64 with F and D).
//
// Each compressed form is rewritten into the base instruction it stands for, so the rest of
// the CPU only ever decodes 32-bit encodings. On RV64 the RV32-only c.flw/c.fsw/c.flwsp/
// c.fswsp/c.jal code points are c.ld/c.sd/c.ldsp/c.sdsp/c.addiw instead.
//
// HINT code points expand naturally: c.nop/c.addi/c.li/c.lui/c.mv/c.add/c.slli with rd=x0
// become writes to x0, and the zero-shift forms (c.slli/c.srli/c.srai with shamt=0) become a
// shift by 0 of a register into itself; neither has any architectural effect.
#include "cpu/rvc.h"

namespace rvisor::cpu {
namespace {

// ---- Bit manipulation -------------------------------------------------------------------

// Bits hi..lo of x, right-aligned.
constexpr uint32_t bits(uint32_t x, int hi, int lo) {
  return (x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

// Bits hi..lo of parcel p, moved so that bit `lo` lands at immediate bit `at`.
// Immediates are assembled as an OR of these scattered pieces.
constexpr uint32_t take(uint32_t p, int hi, int lo, int at) { return bits(p, hi, lo) << at; }

// Sign-extends the low `width` bits of x.
constexpr int32_t sext(uint32_t x, int width) {
  const uint32_t m = 1u << (width - 1);
  x &= (m << 1) - 1;
  return static_cast<int32_t>(x ^ m) - static_cast<int32_t>(m);
}

// ---- Compressed-operand fields ----------------------------------------------------------

constexpr uint32_t rd_full(uint32_t p) { return bits(p, 11, 7); }   // rd / rs1, full 5-bit
constexpr uint32_t rs2_full(uint32_t p) { return bits(p, 6, 2); }   // rs2, full 5-bit
constexpr uint32_t rp_hi(uint32_t p) { return 8 + bits(p, 9, 7); }  // rs1' / rd' at [9:7]
constexpr uint32_t rp_lo(uint32_t p) { return 8 + bits(p, 4, 2); }  // rd' / rs2' at [4:2]

// ---- Scattered immediates (names follow the spec's instruction formats) -----------------

// CI: signed 6-bit imm[5|4:0] (c.addi, c.addiw, c.li, c.andi); also shamt[5|4:0] unsigned.
constexpr int32_t imm_ci(uint32_t p) { return sext(take(p, 12, 12, 5) | take(p, 6, 2, 0), 6); }
constexpr uint32_t shamt_ci(uint32_t p) { return take(p, 12, 12, 5) | take(p, 6, 2, 0); }
// c.addi4spn: nzuimm[5:4|9:6|2|3].
constexpr uint32_t imm_addi4spn(uint32_t p) {
  return take(p, 12, 11, 4) | take(p, 10, 7, 6) | take(p, 6, 6, 2) | take(p, 5, 5, 3);
}
// c.addi16sp: nzimm[9|4|6|8:7|5], scaled by 16.
constexpr int32_t imm_addi16sp(uint32_t p) {
  return sext(take(p, 12, 12, 9) | take(p, 6, 6, 4) | take(p, 5, 5, 6) | take(p, 4, 3, 7) |
                  take(p, 2, 2, 5),
              10);
}
// c.lui: nzimm[17|16:12].
constexpr int32_t imm_lui(uint32_t p) { return sext(take(p, 12, 12, 17) | take(p, 6, 2, 12), 18); }
// CL/CS word: uimm[5:3|2|6].
constexpr uint32_t imm_cl_w(uint32_t p) {
  return take(p, 12, 10, 3) | take(p, 6, 6, 2) | take(p, 5, 5, 6);
}
// CL/CS doubleword: uimm[5:3|7:6].
constexpr uint32_t imm_cl_d(uint32_t p) { return take(p, 12, 10, 3) | take(p, 6, 5, 6); }
// CI stack-pointer loads: c.lwsp uimm[5|4:2|7:6]; c.ldsp/c.fldsp uimm[5|4:3|8:6].
constexpr uint32_t imm_lwsp(uint32_t p) {
  return take(p, 12, 12, 5) | take(p, 6, 4, 2) | take(p, 3, 2, 6);
}
constexpr uint32_t imm_ldsp(uint32_t p) {
  return take(p, 12, 12, 5) | take(p, 6, 5, 3) | take(p, 4, 2, 6);
}
// CSS stack-pointer stores: c.swsp uimm[5:2|7:6]; c.sdsp/c.fsdsp uimm[5:3|8:6].
constexpr uint32_t imm_swsp(uint32_t p) { return take(p, 12, 9, 2) | take(p, 8, 7, 6); }
constexpr uint32_t imm_sdsp(uint32_t p) { return take(p, 12, 10, 3) | take(p, 9, 7, 6); }
// CJ: offset[11|4|9:8|10|6|7|3:1|5].
constexpr int32_t imm_cj(uint32_t p) {
  return sext(take(p, 12, 12, 11) | take(p, 11, 11, 4) | take(p, 10, 9, 8) | take(p, 8, 8, 10) |
                  take(p, 7, 7, 6) | take(p, 6, 6, 7) | take(p, 5, 3, 1) | take(p, 2, 2, 5),
              12);
}
// CB branch: offset[8|4:3|7:6|2:1|5].
constexpr int32_t imm_cb(uint32_t p) {
  return sext(take(p, 12, 12, 8) | take(p, 11, 10, 3) | take(p, 6, 5, 6) | take(p, 4, 3, 1) |
                  take(p, 2, 2, 5),
              9);
}

// ---- 32-bit encoders ----------------------------------------------------------------------

enum Opcode : uint32_t {
  kLoad = 0x03, kLoadFp = 0x07, kOpImm = 0x13, kOpImm32 = 0x1b, kStore = 0x23, kStoreFp = 0x27,
  kOp = 0x33, kLui = 0x37, kOp32 = 0x3b, kBranch = 0x63, kJalr = 0x67, kJal = 0x6f,
  kSystem = 0x73,
};
constexpr uint32_t kRa = 1, kSp = 2;

constexpr uint32_t enc_r(uint32_t op, uint32_t rd, uint32_t f3, uint32_t rs1, uint32_t rs2,
                         uint32_t f7) {
  return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}
constexpr uint32_t enc_i(uint32_t op, uint32_t rd, uint32_t f3, uint32_t rs1, int32_t imm) {
  return bits(static_cast<uint32_t>(imm), 11, 0) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op;
}
constexpr uint32_t enc_s(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm) {
  const auto u = static_cast<uint32_t>(imm);
  return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | bits(u, 4, 0) << 7 | op;
}
constexpr uint32_t enc_b(uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm) {
  const auto u = static_cast<uint32_t>(imm);
  return bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
         bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7 | kBranch;
}
constexpr uint32_t enc_u(uint32_t op, uint32_t rd, int32_t imm) {
  return (static_cast<uint32_t>(imm) & 0xfffff000u) | rd << 7 | op;
}
constexpr uint32_t enc_j(uint32_t rd, int32_t imm) {
  const auto u = static_cast<uint32_t>(imm);
  return bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 | bits(u, 11, 11) << 20 |
         bits(u, 19, 12) << 12 | rd << 7 | kJal;
}
constexpr uint32_t kIllegal = 0;
constexpr uint32_t kEbreak = 0x00100073;

// ---- Quadrants ----------------------------------------------------------------------------

uint32_t quadrant0(uint32_t p) {
  const uint32_t rd = rp_lo(p), rs1 = rp_hi(p);  // rs2' shares rd's position for stores
  switch (bits(p, 15, 13)) {
    case 0b000: {  // c.addi4spn -> addi rd', sp, nzuimm (nzuimm=0 is reserved, incl. 0x0000)
      const uint32_t imm = imm_addi4spn(p);
      return imm == 0 ? kIllegal : enc_i(kOpImm, rd, 0b000, kSp, static_cast<int32_t>(imm));
    }
    case 0b001: return enc_i(kLoadFp, rd, 0b011, rs1, imm_cl_d(p));  // c.fld
    case 0b010: return enc_i(kLoad, rd, 0b010, rs1, imm_cl_w(p));    // c.lw
    case 0b011: return enc_i(kLoad, rd, 0b011, rs1, imm_cl_d(p));    // c.ld
    case 0b101: return enc_s(kStoreFp, 0b011, rs1, rd, imm_cl_d(p));  // c.fsd
    case 0b110: return enc_s(kStore, 0b010, rs1, rd, imm_cl_w(p));    // c.sw
    case 0b111: return enc_s(kStore, 0b011, rs1, rd, imm_cl_d(p));    // c.sd
    default: return kIllegal;  // 0b100: reserved
  }
}

// Quadrant 1, funct3=100: shifts, c.andi and the register-register ALU group on rd'.
uint32_t quadrant1_alu(uint32_t p) {
  const uint32_t rd = rp_hi(p), rs2 = rp_lo(p);
  switch (bits(p, 11, 10)) {
    case 0b00: return enc_i(kOpImm, rd, 0b101, rd, static_cast<int32_t>(shamt_ci(p)));  // c.srli
    case 0b01:  // c.srai
      return enc_i(kOpImm, rd, 0b101, rd, static_cast<int32_t>(0x400 | shamt_ci(p)));
    case 0b10: return enc_i(kOpImm, rd, 0b111, rd, imm_ci(p));  // c.andi
    default: break;
  }
  // funct2 at [6:5]; bit 12 selects the 64-bit ops (0) or the W ops (1).
  struct AluOp { uint32_t op, f3, f7; };
  static constexpr AluOp kOps[2][4] = {
      {{kOp, 0b000, 0x20}, {kOp, 0b100, 0}, {kOp, 0b110, 0}, {kOp, 0b111, 0}},  // sub xor or and
      {{kOp32, 0b000, 0x20}, {kOp32, 0b000, 0}, {0, 0, 0}, {0, 0, 0}},          // subw addw - -
  };
  const AluOp& a = kOps[bits(p, 12, 12)][bits(p, 6, 5)];
  return a.op == 0 ? kIllegal : enc_r(a.op, rd, a.f3, rd, rs2, a.f7);
}

uint32_t quadrant1(uint32_t p) {
  const uint32_t rd = rd_full(p);
  switch (bits(p, 15, 13)) {
    case 0b000: return enc_i(kOpImm, rd, 0b000, rd, imm_ci(p));  // c.addi / c.nop (+ hints)
    case 0b001:  // c.addiw (rd=0 reserved)
      return rd == 0 ? kIllegal : enc_i(kOpImm32, rd, 0b000, rd, imm_ci(p));
    case 0b010: return enc_i(kOpImm, rd, 0b000, 0, imm_ci(p));  // c.li
    case 0b011:
      if (rd == kSp) {  // c.addi16sp (nzimm=0 reserved)
        const int32_t imm = imm_addi16sp(p);
        return imm == 0 ? kIllegal : enc_i(kOpImm, kSp, 0b000, kSp, imm);
      } else {  // c.lui (nzimm=0 reserved)
        const int32_t imm = imm_lui(p);
        return imm == 0 ? kIllegal : enc_u(kLui, rd, imm);
      }
    case 0b100: return quadrant1_alu(p);
    case 0b101: return enc_j(0, imm_cj(p));                     // c.j
    case 0b110: return enc_b(0b000, rp_hi(p), 0, imm_cb(p));    // c.beqz
    default: return enc_b(0b001, rp_hi(p), 0, imm_cb(p));       // c.bnez
  }
}

uint32_t quadrant2(uint32_t p) {
  const uint32_t rd = rd_full(p), rs2 = rs2_full(p);
  switch (bits(p, 15, 13)) {
    case 0b000: return enc_i(kOpImm, rd, 0b001, rd, static_cast<int32_t>(shamt_ci(p)));  // c.slli
    case 0b001: return enc_i(kLoadFp, rd, 0b011, kSp, imm_ldsp(p));  // c.fldsp
    case 0b010:  // c.lwsp (rd=0 reserved)
      return rd == 0 ? kIllegal : enc_i(kLoad, rd, 0b010, kSp, imm_lwsp(p));
    case 0b011:  // c.ldsp (rd=0 reserved)
      return rd == 0 ? kIllegal : enc_i(kLoad, rd, 0b011, kSp, imm_ldsp(p));
    case 0b100:
      if (bits(p, 12, 12) == 0) {
        if (rs2 != 0) return enc_r(kOp, rd, 0b000, 0, rs2, 0);         // c.mv
        return rd == 0 ? kIllegal : enc_i(kJalr, 0, 0b000, rd, 0);    // c.jr (rs1=0 reserved)
      }
      if (rs2 != 0) return enc_r(kOp, rd, 0b000, rd, rs2, 0);           // c.add
      return rd == 0 ? kEbreak : enc_i(kJalr, kRa, 0b000, rd, 0);      // c.ebreak / c.jalr
    case 0b101: return enc_s(kStoreFp, 0b011, kSp, rs2, imm_sdsp(p));  // c.fsdsp
    case 0b110: return enc_s(kStore, 0b010, kSp, rs2, imm_swsp(p));    // c.swsp
    default: return enc_s(kStore, 0b011, kSp, rs2, imm_sdsp(p));       // c.sdsp
  }
}

}  // namespace

uint32_t expand_compressed(uint16_t parcel) {
  const uint32_t p = parcel;
  switch (p & 0b11) {
    case 0b00: return quadrant0(p);
    case 0b01: return quadrant1(p);
    case 0b10: return quadrant2(p);
    default: return kIllegal;  // not a compressed parcel
  }
}

}  // namespace rvisor::cpu
