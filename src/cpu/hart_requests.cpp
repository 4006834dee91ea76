// A hart among several: requests from other threads (remote fences, code invalidations), the
// sleep of its host thread, and the coherence of its code caches (src/cpu/coherence.h).
#include "cpu/coherence.h"
#include "cpu/hart.h"

namespace rvisor::cpu {

namespace {
// Larger remote sfence.vma ranges flush everything: cheaper than walking each page.
constexpr uint64_t kMaxPagesFlushedOneByOne = 64;
}  // namespace

void Hart::join(Coherence& machine) {
  coherence_ = &machine;
  index_ = machine.add_hart(*this);
  external_writes_ = &machine.external_writes();
  blocks_.share_owners(&machine, index_);
}

// Every request: add it under the lock, hand out its ticket, and kick the hart to serve it.
template <typename Add>
uint64_t Hart::post(Add add) {
  uint64_t ticket;
  {
    std::lock_guard lock(requests_mu_);
    add(requests_);
    ticket = ++posted_;
  }
  kick();
  return ticket;
}

uint64_t Hart::post_tlb_flush(uint64_t va, uint64_t size) {
  return post([&](Requests& r) {
    if (size == 0 || size > kMaxPagesFlushedOneByOne * 4096 || va + size < va) {
      r.flush_tlb = true;
    } else if (!r.flush_tlb) {
      for (uint64_t page = va & ~0xfffull; page < va + size; page += 4096) r.tlb_pages.push_back(page);
    }
  });
}

uint64_t Hart::post_fence_i() {
  return post([](Requests& r) { r.fence_i = true; });
}

void Hart::post_code_invalidation(uint64_t pa) {
  post([pa](Requests& r) { r.code_pages.push_back(pa & ~0xfffull); });
}

void Hart::post_new_code_page(uint64_t pa) {
  post([pa](Requests& r) { r.new_code_pages.push_back(pa & ~0xfffull); });
}

void Hart::kick() {
  csrs.mip.fetch_or(kRequestBit, std::memory_order_acq_rel);
  stop_chaining();
  wake();
}

void Hart::wake() {
  {
    std::lock_guard lock(sleep_mu_);
    woken_ = true;
  }
  sleep_cv_.notify_one();
}

void Hart::sleep_until(std::chrono::steady_clock::time_point until) {
  std::unique_lock lock(sleep_mu_);
  sleep_cv_.wait_until(lock, until, [this] { return woken_; });
  woken_ = false;
}

// The bit goes first: a request posted after the swap below kicks again and is served next time.
void Hart::serve_requests() {
  csrs.mip.fetch_and(~kRequestBit, std::memory_order_acq_rel);
  Requests r;
  uint64_t ticket;
  {
    std::lock_guard lock(requests_mu_);
    std::swap(r, requests_);
    ticket = posted_;
  }
  for (uint64_t pa : r.code_pages)
    if (blocks_.is_code_page(pa)) blocks_.invalidate_page(pa);
  if (r.flush_tlb) {
    flush_tlb();
  } else {
    for (uint64_t va : r.tlb_pages) tlb_.flush_page(va);
  }
  for (uint64_t pa : r.new_code_pages) drop_store_entries(pa);
  if (r.fence_i) revalidate_after_external_writes();
  served_.store(ticket, std::memory_order_release);
}

void Hart::invalidate_other_harts_code(uint64_t pa) {
  const uint8_t others = coherence_->owners(pa) & static_cast<uint8_t>(~(1u << index_));
  if (others) coherence_->invalidate_remote(pa, others);
}

// A page became code on another hart while this one may have had it in its store TLB, and
// may have stored to it since without anyone noticing: drop those entries, and count that as
// an external write so that the next FENCE.I on any hart compares its blocks with RAM.
void Hart::drop_store_entries(uint64_t pa) {
  if (tlb_.drop_host_page(Access::Store, ram_ + (pa - ram_base_))) note_external_write();
}

}  // namespace rvisor::cpu
