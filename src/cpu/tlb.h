// Software TLB: virtual page -> host pointer for RAM pages, one array per access type.
//
// Only translations whose permission check passed (and whose A, and for stores D, bits are
// already set) are entered, so a hit needs no further checks. Entries depend on the
// privilege and mstatus.SUM/MXR/MPRV used to check them, so the hart flushes on any change
// of those and on satp writes and sfence.vma. (Issue 7 tags entries with the ASID instead.)
#pragma once
#include <array>
#include <cstdint>

#include "cpu/types.h"

namespace rvisor::cpu {

class Tlb {
 public:
  static constexpr unsigned kEntries = 256;
  // Host address for va, or nullptr on a miss.
  uint8_t* lookup(Access a, uint64_t va) const {
    const Entry& e = sets_[static_cast<unsigned>(a)][slot(va)];
    return e.vpage == (va >> 12) ? reinterpret_cast<uint8_t*>(e.host_delta + va) : nullptr;
  }
  void insert(Access a, uint64_t va, uint8_t* host_for_va) {
    Entry& e = sets_[static_cast<unsigned>(a)][slot(va)];
    e.vpage = va >> 12;
    e.host_delta = reinterpret_cast<uintptr_t>(host_for_va) - va;
  }
  void flush() {
    for (auto& set : sets_)
      for (auto& e : set) e.vpage = kInvalid;
  }
  // Entries are per 4 KiB page, superpages included, so one slot per set can map va.
  void flush_page(uint64_t va) {
    for (auto& set : sets_) {
      Entry& e = set[slot(va)];
      if (e.vpage == (va >> 12)) e.vpage = kInvalid;
    }
  }
  void flush(Access a) {
    for (auto& e : sets_[static_cast<unsigned>(a)]) e.vpage = kInvalid;
  }

 private:
  friend class Jit;  // translated loads and stores probe the TLB inline
  static constexpr uint64_t kInvalid = ~0ull;  // no va>>12 equals this
  static unsigned slot(uint64_t va) { return (va >> 12) & (kEntries - 1); }
  struct Entry {
    uint64_t vpage = kInvalid;
    uintptr_t host_delta = 0;
  };
  std::array<std::array<Entry, kEntries>, 3> sets_{};
};

}  // namespace rvisor::cpu
