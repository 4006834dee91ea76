// Decoded basic blocks, keyed by guest-physical address, and the rules that keep them true.
//
// A block is the run of instructions from one pc up to the first jump or system instruction
// (Insn::ends_block), the end of its page, or kMaxInsns. Conditional branches do not end it:
// a taken one leaves from the middle (a superblock), so the fall-through path keeps its
// registers in host registers. Blocks never cross a page, so one fetch translation covers a
// whole block and invalidation is per page.
//
// Keeping blocks true to memory:
//  - A page that holds a block is a "code page". Code pages are never entered in the store
//    TLB, so every store to one reaches Hart::store_slow (or an AMO/SC path), which calls
//    invalidate_page() before writing: stores by this hart are seen at once, FENCE.I or not.
//  - FENCE.I and SBI remote fence.i cover writes the hart did not make itself (device DMA,
//    other harts), which the ISA only promises to show after FENCE.I. Linux issues one for
//    every new executable page, thousands per boot, so a fence does not throw code away: it
//    starts a new epoch, and a block from an older epoch is compared with the bytes in RAM
//    when next entered (kept if they are the same, rebuilt if not).
//  - A block may be invalidated while it runs (it stored into its own page). Its memory is
//    kept on a graveyard list until reclaim(), which the run loop calls between blocks.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "cpu/insn.h"

namespace rvisor::cpu {

class Coherence;
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
  uint64_t epoch = 0;          // the cache's epoch in which `bytes` were last seen in RAM
  // Jumps in other blocks' code patched to enter this one directly (block linking): the
  // rel32 fields, reset to 0 (fall through to "return to the run loop") when this block goes.
  std::vector<uint8_t*> incoming;
  // Both in the block's own allocation, after it (Block::make): one allocation per block,
  // and the instructions next to the header the run loop reads first.
  std::span<Insn> insns;
  std::span<uint8_t> bytes;  // the encodings decoded, to revalidate after a FENCE.I
  // A block of one instruction that straddles a page boundary (its first half at pa's page
  // end): where its second half is, found through the fetch translation when it was built.
  // Such a block belongs to both pages, and runs only while pc + 2 still maps there.
  uint64_t tail_pa = 0;
  const uint8_t* tail_host = nullptr;

  static std::unique_ptr<Block> make(uint64_t pa, std::span<const Insn> insns, std::span<const uint8_t> bytes);
  static void operator delete(void* p) { ::operator delete(p); }

 private:
  Block() = default;
  static void* operator new(size_t size, size_t extra) { return ::operator new(size + extra); }
};

class BlockCache {
 public:
  BlockCache(const uint8_t* ram, uint64_t ram_base, uint64_t ram_size);
  // With several harts: report this cache's code pages as hart `index`'s in the machine's
  // code owners (src/cpu/coherence.h). Before any block is built.
  void share_owners(Coherence* coherence, unsigned index) {
    coherence_ = coherence;
    owner_index_ = index;
  }

  // A direct-mapped front for the block map. Translated code reads it too, to jump straight
  // to the next block's code (block chaining), so a slot carries the code pointer.
  struct Slot {
    uint64_t pa = ~0ull;
    Block* block = nullptr;
    JitCode code = nullptr;
    uint64_t epoch = 0;  // valid only in the current epoch (32-byte slots: the JIT shifts)
  };
  // Instructions are 2-byte aligned; the high bits fold in so that code 128 KiB apart (the
  // kernel's text is ten times that) does not share slots. Translated code computes the same.
  static constexpr uint64_t slot_index(uint64_t pa) { return ((pa >> 1) ^ (pa >> kSlotFold)) & (kFastSlots - 1); }
  static constexpr unsigned kSlotFold = 16;
  Slot& slot(uint64_t pa) { return fast_[slot_index(pa)]; }

  // Whether pa is seen here for the first time (one bit per 4 bytes of RAM, in a lazily
  // zeroed mapping: only the bits of code that runs take memory; two compressed instructions
  // sharing a bit only build the second's block a run early). A block is built only on
  // its second run: a boot runs a fifth of its blocks once, and interpreting those a step at
  // a time costs no more than decoding them, while keeping them would cost 4 MB.
  bool first_sight(uint64_t pa) {
    const uint64_t i = (pa - ram_base_) >> 2;
    uint64_t& word = seen_.words[i / 64];
    const uint64_t bit = 1ull << (i % 64);
    const bool first = !(word & bit);
    word |= bit;
    return first;
  }
  Block* find(uint64_t pa) {
    Slot& s = slot(pa);
    if (s.pa == pa && s.epoch == epoch_) return s.block;
    return find_slow(pa, s);
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
  void discard(uint64_t pa);          // drop the block at pa (a straddler whose tail moved)
  // FENCE.I after external writes: every block is revalidated before its next run, so no
  // direct link may skip that.
  void fence();
  // Patch the jump at `site` (a rel32 field) to enter b's code at `entry`.
  void link(Block* b, uint8_t* site, const uint8_t* entry);
  void flush();                          // drop everything (the JIT's code buffer is full)
  const uint64_t* epoch_address() const { return &epoch_; }
  // Counts every block or translation that goes (and every fence): see Tlb::report_changes_to.
  void report_changes_to(uint64_t* generation) { generation_ = generation; }
  const Slot* slots() const { return fast_.data(); }
  static constexpr uint64_t slot_mask() { return kFastSlots - 1; }
  void reclaim() {
    if (!graveyard_.empty()) graveyard_.clear();
  }
  uint64_t size() const { return blocks_.size(); }
  uint64_t invalidations() const { return invalidations_; }
  uint64_t flushes() const { return flushes_; }
  uint64_t fences() const { return fences_; }
  uint64_t revalidations() const { return revalidated_; }

 private:
  static constexpr unsigned kFastSlots = 1u << 16;  // 2 MiB of slots
  void bury(std::unique_ptr<Block> b);
  bool mark_code_page(uint64_t pa);  // true if it was not one
  Block* find_slow(uint64_t pa, Slot& s);
  bool revalidate(Block* b);  // after a FENCE.I: are b's bytes still those in RAM?
  const uint8_t* ram_;
  uint64_t ram_base_, pages_;
  Coherence* coherence_ = nullptr;
  unsigned owner_index_ = 0;
  uint64_t epoch_ = 1;
  uint64_t own_generation_ = 0;
  uint64_t* generation_ = &own_generation_;
  std::vector<Slot> fast_;
  std::unordered_map<uint64_t, std::unique_ptr<Block>> blocks_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> by_page_;  // page index -> block pas
  std::vector<uint64_t> code_bits_;
  struct LazyBits {  // zero-filled on demand by the host (mmap), released with the cache
    explicit LazyBits(uint64_t bits);
    ~LazyBits();
    LazyBits(const LazyBits&) = delete;
    LazyBits& operator=(const LazyBits&) = delete;
    uint64_t* words;
    size_t bytes;
  } seen_;
  std::vector<std::unique_ptr<Block>> graveyard_;
  uint64_t invalidations_ = 0, flushes_ = 0, fences_ = 0, revalidated_ = 0;
};

}  // namespace rvisor::cpu
