#include "cpu/block_cache.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

#include "cpu/coherence.h"

namespace rvisor::cpu {

BlockCache::BlockCache(const uint8_t* ram, uint64_t ram_base, uint64_t ram_size)
    : ram_(ram),
      ram_base_(ram_base),
      pages_(ram_size >> 12),
      fast_(kFastSlots),
      code_bits_((pages_ + 63) / 64),
      seen_((ram_size + 3) / 4) {}

BlockCache::LazyBits::LazyBits(uint64_t bits) : bytes(((bits + 63) / 64) * 8) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  words = static_cast<uint64_t*>(p);
}
BlockCache::LazyBits::~LazyBits() { munmap(words, bytes); }

bool BlockCache::mark_code_page(uint64_t pa) {
  const uint64_t page = (pa - ram_base_) >> 12;
  uint64_t& word = code_bits_[page / 64];
  const uint64_t bit = 1ull << (page % 64);
  const bool newly_code = !(word & bit);
  word |= bit;
  if (newly_code && coherence_) coherence_->add_owner(pa, owner_index_);
  return newly_code;
}

void BlockCache::discard(uint64_t pa) {
  auto it = blocks_.find(pa);
  if (it == blocks_.end()) return;
  bury(std::move(it->second));
  blocks_.erase(it);
}

bool BlockCache::insert(std::unique_ptr<Block> b, Block** out) {
  const uint64_t pa = b->pa, tail_pa = b->tail_pa;
  *out = b.get();
  b->epoch = epoch_;
  auto [it, fresh] = blocks_.try_emplace(pa);
  if (!fresh) bury(std::move(it->second));  // rebuilt in place (a replaced entry may still be running)
  it->second = std::move(b);
  slot(pa) = {pa, *out, (*out)->code, epoch_};
  for (uint64_t owner : {pa, tail_pa}) {  // a straddler is on its tail's page too
    if (!owner) continue;
    std::vector<uint64_t>& on_page = by_page_[(owner - ram_base_) >> 12];
    if (std::find(on_page.begin(), on_page.end(), pa) == on_page.end()) on_page.push_back(pa);
  }
  bool newly_code = mark_code_page(pa);
  if (tail_pa) newly_code = mark_code_page(tail_pa) || newly_code;
  return newly_code;
}

bool BlockCache::revalidate(Block* b) {
  if (b->epoch == epoch_) return true;
  if (b->tail_pa) {  // two halves, on two pages
    if (std::memcmp(b->bytes.data(), ram_ + (b->pa - ram_base_), 2) != 0 ||
        std::memcmp(b->bytes.data() + 2, ram_ + (b->tail_pa - ram_base_), 2) != 0)
      return false;
  } else if (std::memcmp(b->bytes.data(), ram_ + (b->pa - ram_base_), b->bytes.size()) != 0) {
    return false;
  }
  b->epoch = epoch_;
  ++revalidated_;
  return true;
}

std::unique_ptr<Block> Block::make(uint64_t pa, std::span<const Insn> insns, std::span<const uint8_t> bytes) {
  static_assert(std::is_trivially_destructible_v<Insn> && alignof(Insn) <= alignof(Block));
  static_assert(sizeof(Block) % alignof(Insn) == 0, "the instructions follow the header");
  std::unique_ptr<Block> b(new (insns.size() * sizeof(Insn) + bytes.size()) Block);
  auto* after = reinterpret_cast<uint8_t*>(b.get() + 1);
  Insn* i = std::uninitialized_copy(insns.begin(), insns.end(), reinterpret_cast<Insn*>(after));
  auto* raw = reinterpret_cast<uint8_t*>(i);
  std::memcpy(raw, bytes.data(), bytes.size());
  b->pa = pa;
  b->insns = {reinterpret_cast<Insn*>(after), insns.size()};
  b->bytes = {raw, bytes.size()};
  return b;
}

// A slot that names pa holds a live block (bury() clears it), so an old epoch there needs no
// map lookup; otherwise the map decides.
Block* BlockCache::find_slow(uint64_t pa, Slot& s) {
  Block* b = s.pa == pa ? s.block : nullptr;
  auto it = blocks_.end();
  if (!b) {
    it = blocks_.find(pa);
    if (it == blocks_.end()) return nullptr;
    b = it->second.get();
  }
  if (!revalidate(b)) {  // changed under a FENCE.I: the caller rebuilds it
    if (it == blocks_.end()) it = blocks_.find(pa);
    bury(std::move(it->second));
    blocks_.erase(it);
    return nullptr;
  }
  s = {pa, b, b->code, epoch_};
  return b;
}

namespace {
void set_rel32(uint8_t* site, int32_t rel) { std::memcpy(site, &rel, 4); }
void unlink(Block& b) {
  for (uint8_t* site : b.incoming) set_rel32(site, 0);  // jmp +0: on to the exit path after it
  b.incoming.clear();
}
}  // namespace

void BlockCache::link(Block* b, uint8_t* site, const uint8_t* entry) {
  const auto rel = static_cast<int32_t>(entry - (site + 4));
  int32_t now;
  std::memcpy(&now, site, 4);
  if (now == rel) return;  // already linked (its exit stopped for an interrupt or the budget)
  set_rel32(site, rel);
  b->incoming.push_back(site);
}

void BlockCache::fence() {
  ++*generation_;
  ++epoch_;
  ++fences_;
  for (auto& [pa, b] : blocks_) unlink(*b);
}

void BlockCache::bury(std::unique_ptr<Block> b) {
  ++*generation_;
  unlink(*b);
  Slot& s = slot(b->pa);
  if (s.block == b.get()) s = Slot{};
  graveyard_.push_back(std::move(b));
}

void BlockCache::invalidate_page(uint64_t pa) {
  const uint64_t page = (pa - ram_base_) >> 12;
  if (pa < ram_base_ || page >= pages_) return;
  code_bits_[page / 64] &= ~(1ull << (page % 64));
  if (coherence_) coherence_->remove_owner(pa, owner_index_);
  auto it = by_page_.find(page);
  if (it == by_page_.end()) return;
  ++invalidations_;
  for (uint64_t block_pa : it->second) {
    auto b = blocks_.find(block_pa);
    if (b == blocks_.end()) continue;
    bury(std::move(b->second));
    blocks_.erase(b);
  }
  by_page_.erase(it);
}

void BlockCache::flush() {
  ++*generation_;
  ++flushes_;
  for (auto& [pa, b] : blocks_) graveyard_.push_back(std::move(b));
  blocks_.clear();
  by_page_.clear();
  std::fill(fast_.begin(), fast_.end(), Slot{});
  std::fill(code_bits_.begin(), code_bits_.end(), 0);
  if (coherence_) coherence_->remove_owner_everywhere(owner_index_);
}

}  // namespace rvisor::cpu
