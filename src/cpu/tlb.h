// Software TLB: virtual page -> host pointer for RAM pages, one direct-mapped set per access
// type, kept per translation context so that translations survive switching between them.
//
// Only translations whose permission check passed (and whose A, and for stores D, bits are
// already set) are entered, so a hit needs no further checks. What a check depends on picks
// the sets in use (select()):
//  - the address space: satp as a whole (mode, ASID, root), with kSpaces remembered, least
//    recently used replaced. A context switch back to a recent process finds its
//    translations still there; nothing but SFENCE.VMA (and MXR changes) flushes.
//  - the effective privilege: U, S, S with mstatus.SUM (user pages reachable), or M (no
//    translation, shared by every space). Data accesses use MPRV's privilege.
// Stale entries after a guest changes a PTE without SFENCE.VMA are what the ISA allows; they
// only ever point into guest RAM.
#pragma once
#include <array>
#include <cstdint>

#include "cpu/types.h"

namespace rvisor::cpu {

class Tlb {
 public:
  static constexpr unsigned kEntries = 1024, kSpaces = 8;
  enum class Ctx : uint8_t { U, S, SSum, M };

  Tlb() { select(0, Ctx::M, Ctx::M); }
  // Host address for va, or nullptr on a miss.
  uint8_t* lookup(Access a, uint64_t va) const {
    const Entry& e = active_[static_cast<unsigned>(a)]->entries[slot(va)];
    return e.page == (va & ~0xfffull) ? reinterpret_cast<uint8_t*>(e.host_delta + va) : nullptr;
  }
  void insert(Access a, uint64_t va, uint8_t* host_for_va) {
    Set& set = *active_[static_cast<unsigned>(a)];
    Entry& e = set.entries[slot(va)];
    e.page = va & ~0xfffull;
    e.host_delta = reinterpret_cast<uintptr_t>(host_for_va) - va;
    set.note_insert(slot(va));
  }
  // Use the entries of address space `satp` in context `fetch` for fetches, `data` for data.
  void select(uint64_t satp, Ctx fetch, Ctx data);
  void flush();                  // everything (SFENCE.VMA x0, x0)
  void flush_page(uint64_t va);  // one page in every space (SFENCE.VMA va)
  // Drop every entry of access type `a` that leads to the host page at `host_page`, in every
  // space; true if there was one. (Stores to a page that became a code page.)
  bool drop_host_page(Access a, const uint8_t* host_page);
  // Counts every change that can make a remembered translation wrong (a flush, a space
  // replaced): the hart's jump cache (Hart::JumpEntry) is valid only while it stands still.
  void report_changes_to(uint64_t* generation) { generation_ = generation; }

 private:
  friend class Jit;  // translated loads and stores probe the active sets inline
  static constexpr uint64_t kInvalid = ~0ull;  // no page address (low 12 bits clear) equals this
  static constexpr unsigned kContexts = 3;     // U, S, SSum (M lives outside the spaces)
  static unsigned slot(uint64_t va) { return (va >> 12) & (kEntries - 1); }
  // `page` is the virtual page's address: translated code compares it with the access's
  // address masked to the page and the access size, so that one compare also sends
  // misaligned (and so any page-crossing) accesses to the slow path.
  struct Entry {
    uint64_t page = kInvalid;
    uintptr_t host_delta = 0;
  };
  // A set remembers which slots it filled since it was last cleared, up to kLogged of them:
  // clearing then touches only those. The kernel flushes everything often (each vfree of a
  // large area, e.g. a module's load buffer) while a space has filled a few dozen slots of
  // its nine sets, and rewriting all 9 x 1,024 entries each time was 5% of a module load.
  struct Set {
    static constexpr unsigned kLogged = 96;
    std::array<Entry, kEntries> entries{};  // first: translated code indexes the set directly
    uint32_t filled = 0;                    // inserts since the last clear (kLogged + 1: too many)
    std::array<uint16_t, kLogged> logged{};
    void note_insert(unsigned s) {
      if (filled < kLogged) logged[filled] = static_cast<uint16_t>(s);
      if (filled <= kLogged) ++filled;
    }
    void clear() {
      if (filled > kLogged) {
        for (auto& e : entries) e.page = kInvalid;
      } else {
        for (unsigned i = 0; i < filled; ++i) entries[logged[i]].page = kInvalid;
      }
      filled = 0;
    }
  };
  struct Space {
    uint64_t satp = kInvalid;  // the satp value these entries were made under
    uint64_t used = 0;         // for replacement
    bool touched = false;      // selected since the last flush: may hold entries
    std::array<std::array<Set, 3>, kContexts> sets{};
  };
  template <typename F> void for_each_set(F f);  // the M sets, and every touched space's
  Set* set_for(Ctx c, Access a) {
    return c == Ctx::M ? &machine_[static_cast<unsigned>(a)]
                       : &spaces_[current_].sets[static_cast<unsigned>(c)][static_cast<unsigned>(a)];
  }

  std::array<Set*, 3> active_{};  // per access type (first: the JIT reads these)
  std::array<Space, kSpaces> spaces_{};
  std::array<Set, 3> machine_{};
  unsigned current_ = 0;
  uint64_t clock_ = 0;
  uint64_t own_generation_ = 0;
  uint64_t* generation_ = &own_generation_;
};

}  // namespace rvisor::cpu
