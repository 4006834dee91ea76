#include "cpu/tlb.h"

namespace rvisor::cpu {

void Tlb::select(uint64_t satp, Ctx fetch, Ctx data) {
  if (spaces_[current_].satp != satp) {
    unsigned pick = 0;
    bool found = false;
    for (unsigned i = 0; i < kSpaces && !found; ++i) {
      if (spaces_[i].satp == satp) {
        pick = i;
        found = true;
      } else if (spaces_[i].used < spaces_[pick].used) {
        pick = i;
      }
    }
    if (!found) {  // a new address space replaces the least recently used one
      ++*generation_;
      for (auto& ctx : spaces_[pick].sets)
        for (auto& set : ctx) set.clear();
      spaces_[pick].satp = satp;
    }
    current_ = pick;
  }
  spaces_[current_].used = ++clock_;
  spaces_[current_].touched = true;
  active_[static_cast<unsigned>(Access::Fetch)] = set_for(fetch == Ctx::SSum ? Ctx::S : fetch, Access::Fetch);
  active_[static_cast<unsigned>(Access::Load)] = set_for(data, Access::Load);
  active_[static_cast<unsigned>(Access::Store)] = set_for(data, Access::Store);
}

template <typename F>
void Tlb::for_each_set(F f) {
  for (auto& space : spaces_) {
    if (!space.touched) continue;
    for (auto& ctx : space.sets)
      for (unsigned a = 0; a < 3; ++a) f(ctx[a], static_cast<Access>(a));
  }
  for (unsigned a = 0; a < 3; ++a) f(machine_[a], static_cast<Access>(a));
}

void Tlb::flush() {
  ++*generation_;
  for_each_set([](Set& set, Access) { set.clear(); });
  for (auto& space : spaces_) space.touched = false;
  spaces_[current_].touched = true;  // still selected: inserts go on landing there
}

// Entries are per 4 KiB page, superpages included, so one slot per set can map va.
void Tlb::flush_page(uint64_t va) {
  ++*generation_;
  for_each_set([va](Set& set, Access) {
    Entry& e = set.entries[slot(va)];
    if (e.page == (va & ~0xfffull)) e.page = kInvalid;
  });
}

bool Tlb::drop_host_page(Access a, const uint8_t* host_page) {
  const auto host = reinterpret_cast<uintptr_t>(host_page);
  bool found = false;
  for_each_set([&](Set& set, Access which) {
    if (which != a) return;
    for (auto& e : set.entries)
      if (e.page != kInvalid && e.page + e.host_delta == host) {
        e.page = kInvalid;
        found = true;
      }
  });
  return found;
}

}  // namespace rvisor::cpu
