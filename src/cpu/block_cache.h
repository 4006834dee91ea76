// Decoded basic blocks, keyed by guest-physical address, and the rules that keep them true.
//
// A block is the run of instructions from one pc up to the first control transfer or system
// instruction (Insn::ends_block), the end of its page, or kMaxInsns. Blocks never cross a
// page, so one fetch translation covers a whole block and invalidation is per page.
//
// Keeping blocks true to memory:
//  - A page that holds a block is a "code page". Code pages are never entered in the store
//    TLB, so every store to one reaches Hart::store_slow (or an AMO/SC path), which calls
//    invalidate_page() before writing: stores by this hart are seen at once, FENCE.I or not.
//  - FENCE.I and SBI remote fence.i flush everything: that covers writes the hart did not
//    make itself (device DMA, other harts), which the ISA only promises after FENCE.I.
//  - A block may be invalidated while it runs (it stored into its own page). Its memory is
//    kept on a graveyard list until reclaim(), which the run loop calls between blocks.
#pragma once
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "cpu/insn.h"

namespace rvisor::cpu {

class Hart;
// Translated code for a block: returns 0 when the block ran to its end (pc is the next pc),
// non-zero when it left early (a trap, an MMIO exit or an exit request is pending).
using JitCode = uint32_t (*)(Hart*);

struct Block {
  static constexpr unsigned kMaxInsns = 64;
  uint64_t pa = 0;          // guest-physical address of the first instruction
  uint32_t runs = 0;        // times interpreted: the JIT compiles hot blocks
  bool jit_failed = false;  // the JIT declined it (kept interpreting)
  JitCode code = nullptr;
  std::vector<Insn> insns;
};

class BlockCache {
 public:
  BlockCache(uint64_t ram_base, uint64_t ram_size);

  // A direct-mapped front for the block map. Translated code reads it too, to jump straight
  // to the next block's code (block chaining), so a slot carries the code pointer.
  struct Slot {
    uint64_t pa = ~0ull;
    Block* block = nullptr;
    JitCode code = nullptr;
    uint64_t unused = 0;  // 32-byte slots: the JIT indexes them with a shift
  };
  Slot& slot(uint64_t pa) { return fast_[(pa >> 1) & (kFastSlots - 1)]; }

  Block* find(uint64_t pa) {
    Slot& s = slot(pa);
    if (s.pa == pa) return s.block;
    auto it = blocks_.find(pa);
    if (it == blocks_.end()) return nullptr;
    s = {pa, it->second.get(), it->second->code};
    return s.block;
  }
  void set_code(Block* b, JitCode code) {
    b->code = code;
    Slot& s = slot(b->pa);
    if (s.block == b) s.code = code;
  }
  // Take ownership of a freshly built block; marks its page as a code page. Returns true if
  // the page was not a code page before (the caller must then drop store-TLB entries).
  bool insert(std::unique_ptr<Block> b, Block** out);
  bool is_code_page(uint64_t pa) const {
    uint64_t page = (pa - ram_base_) >> 12;
    return pa >= ram_base_ && page < pages_ && ((code_bits_[page / 64] >> (page % 64)) & 1);
  }
  void invalidate_page(uint64_t pa);  // a store is about to change a code page
  void flush();                       // FENCE.I, or the JIT's code buffer is full
  void reclaim() {
    if (!graveyard_.empty()) graveyard_.clear();
  }
  uint64_t size() const { return blocks_.size(); }
  uint64_t invalidations() const { return invalidations_; }
  uint64_t flushes() const { return flushes_; }

 private:
  static constexpr unsigned kFastSlots = 1u << 14;
  void bury(std::unique_ptr<Block> b);
  uint64_t ram_base_, pages_;
  std::vector<Slot> fast_;
  std::unordered_map<uint64_t, std::unique_ptr<Block>> blocks_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> by_page_;  // page index -> block pas
  std::vector<uint64_t> code_bits_;
  std::vector<std::unique_ptr<Block>> graveyard_;
  uint64_t invalidations_ = 0, flushes_ = 0;
};

}  // namespace rvisor::cpu
