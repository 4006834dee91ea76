// What the harts of one machine share to keep their decoded code true to RAM.
//
// Each hart has its own block cache and JIT (src/cpu/block_cache.h); a hart's own stores
// invalidate its own code at once. Writes by anyone else reach a hart in three ways:
//  - Device DMA and the monitor's writes bump `external_writes`; a hart's FENCE.I revalidates
//    its blocks when the count moved (Hart::fence_i).
//  - Code owners: one byte per RAM page, a bit per hart that holds blocks from that page.
//    Pages owned by anyone never enter a store TLB, so another hart's store to one takes the
//    slow path, which posts an invalidation of that page to each owner (invalidate_remote);
//    the owner serves it before its next block, and at the latest at its next FENCE.I.
//  - A page that becomes code while another hart still has it in its store TLB: every other
//    hart is told (Hart::post_new_code_page) and kicked; at its next block boundary (a FENCE
//    ends a block) it drops its store-TLB entries for that page and, if it had any, since it
//    may have written the page through them, counts one external write, so that the next
//    FENCE.I anywhere compares blocks with RAM.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace rvisor::cpu {

class Hart;

class Coherence {
 public:
  static constexpr unsigned kMaxHarts = 8;  // one bit each in a page's owner byte
  Coherence(uint64_t ram_base, uint64_t ram_size);

  // Harts are numbered in the order they join (Hart::join); at most kMaxHarts.
  unsigned add_hart(Hart& h);
  unsigned hart_count() const { return static_cast<unsigned>(harts_.size()); }
  Hart& hart(unsigned index) const { return *harts_[index]; }

  std::atomic<uint64_t>& external_writes() { return external_writes_; }

  uint8_t owners(uint64_t pa) const {
    const uint64_t page = (pa - ram_base_) >> 12;
    return pa >= ram_base_ && page < pages_ ? owners_[page].load(std::memory_order_acquire) : 0;
  }
  void add_owner(uint64_t pa, unsigned index);  // a page owned by nobody before: the others are told
  void remove_owner(uint64_t pa, unsigned index);
  void remove_owner_everywhere(unsigned index);
  // Hart `writer` is about to store to pa, a page that `others` hold code from.
  void invalidate_remote(uint64_t pa, uint8_t others);

 private:
  uint64_t ram_base_, pages_;
  std::unique_ptr<std::atomic<uint8_t>[]> owners_;
  std::atomic<uint64_t> external_writes_{1};
  std::vector<Hart*> harts_;
};

}  // namespace rvisor::cpu
