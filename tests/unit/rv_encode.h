// RISC-V instruction encoders for unit tests that place small programs in guest RAM.
#pragma once
#include <cstdint>

namespace rvisor::test::rv {

inline uint32_t i_type(uint32_t op, unsigned f3, unsigned rd, unsigned rs1, int32_t imm) {
  return (static_cast<uint32_t>(imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}
inline uint32_t s_type(unsigned f3, unsigned rs2, unsigned rs1, int32_t imm) {
  const auto u = static_cast<uint32_t>(imm);
  return (((u >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((u & 0x1f) << 7) | 0x23;
}
inline uint32_t addi(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x13, 0, rd, rs1, imm); }
inline uint32_t lw(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x03, 2, rd, rs1, imm); }
inline uint32_t ld(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x03, 3, rd, rs1, imm); }
inline uint32_t sw(unsigned rs2, unsigned rs1, int32_t imm) { return s_type(2, rs2, rs1, imm); }
inline uint32_t sd(unsigned rs2, unsigned rs1, int32_t imm) { return s_type(3, rs2, rs1, imm); }
inline uint32_t add(unsigned rd, unsigned rs1, unsigned rs2) { return (rs2 << 20) | (rs1 << 15) | (rd << 7) | 0x33; }
inline uint32_t lui(unsigned rd, uint32_t imm20) { return (imm20 << 12) | (rd << 7) | 0x37; }
inline uint32_t jalr(unsigned rd, unsigned rs1, int32_t imm) { return i_type(0x67, 0, rd, rs1, imm); }
inline uint32_t jal(unsigned rd, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 20) & 1) << 31) | (((u >> 1) & 0x3ff) << 21) | (((u >> 11) & 1) << 20) | (((u >> 12) & 0xff) << 12) |
         (rd << 7) | 0x6f;
}
inline uint32_t b_type(unsigned f3, unsigned rs1, unsigned rs2, int32_t off) {
  const auto u = static_cast<uint32_t>(off);
  return (((u >> 12) & 1) << 31) | (((u >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
         (((u >> 1) & 0xf) << 8) | (((u >> 11) & 1) << 7) | 0x63;
}
inline uint32_t beq(unsigned rs1, unsigned rs2, int32_t off) { return b_type(0, rs1, rs2, off); }
inline uint32_t bne(unsigned rs1, unsigned rs2, int32_t off) { return b_type(1, rs1, rs2, off); }
constexpr uint32_t kWfi = 0x10500073;

// Sv39 page-table entries.
constexpr uint64_t kV = 1, kR = 2, kW = 4, kX = 8, kA = 64, kD = 128;

}  // namespace rvisor::test::rv
