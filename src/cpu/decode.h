// Decoding: opcode tables -> Insn, and a cache so each distinct encoding is decoded once.
#pragma once
#include <array>
#include <cstdint>

#include "cpu/insn.h"

namespace rvisor::cpu {

// Decode a 32-bit encoding (compressed parcels are expanded first, by the caller).
// `original` is the encoding as fetched (a 16-bit parcel for a compressed instruction); it is
// what an illegal-instruction trap reports in mtval. No match -> the illegal-instruction body.
Insn decode(uint32_t raw32, uint32_t original, uint8_t len);
// Decode bits as fetched: expands a compressed parcel (low bits != 0b11) first.
Insn decode_fetched(uint32_t bits, uint8_t len);
// Name of the matching opcode entry, or nullptr (for traces and tests).
const char* opcode_name(uint32_t raw32);

// Direct-mapped cache of decoded instructions, indexed by pc and tagged by the fetched bits.
// Decoding is a pure function of the bits, so the tag alone makes a hit correct: the cache
// never needs invalidating when code changes. Indexing by pc (not by a hash of the bits)
// keeps neighbouring instructions in neighbouring entries, which the host's caches reward.
class DecodeCache {
 public:
  const Insn& lookup(uint64_t pc, uint32_t bits, uint8_t len) {
    Entry& e = entries_[(pc >> 1) & ((1u << kBits) - 1)];
    if (e.bits != bits || e.len != len) {
      e.insn = decode_fetched(bits, len);
      e.bits = bits;
      e.len = len;
    }
    return e.insn;
  }

 private:
  static constexpr unsigned kBits = 13;  // 8,192 entries: blocks take most fetches, so it serves first runs and interp
  struct Entry {
    uint32_t bits = 0;
    uint8_t len = 0;  // 0 = empty
    Insn insn;
  };
  std::array<Entry, 1u << kBits> entries_{};
};

}  // namespace rvisor::cpu
