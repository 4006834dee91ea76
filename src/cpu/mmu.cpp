// The memory path: address translation (Sv39/Sv48/Sv57), RAM vs MMIO, misaligned and
// page-crossing accesses, and instruction fetch.
#include <atomic>

#include "cpu/hart.h"

namespace rvisor::cpu {

namespace {
namespace pte {
constexpr uint64_t V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;
constexpr uint64_t kPpnMask = (1ull << 44) - 1;
constexpr uint64_t kReserved = 0xffc0000000000000ull;  // bits 63..54: N, PBMT, reserved: none supported
}  // namespace pte

Cause page_fault(Access a) {
  return a == Access::Fetch ? Cause::InsnPageFault : a == Access::Load ? Cause::LoadPageFault : Cause::StorePageFault;
}
Cause access_fault(Access a) {
  return a == Access::Fetch ? Cause::InsnAccessFault : a == Access::Load ? Cause::LoadAccessFault : Cause::StoreAccessFault;
}
}  // namespace

uint8_t* Hart::host_ptr(uint64_t pa, unsigned size) const {
  uint64_t off = pa - ram_base_;
  if (pa < ram_base_ || off >= ram_size_ || ram_size_ - off < size) return nullptr;
  return ram_ + off;
}

uint64_t Hart::translate(uint64_t va, Access access, Priv p) {
  if (p == Priv::M || (csrs.satp >> 60) == 0) return va;
  return walk(va, access, p);
}

// Privileged spec 4.3.2 for Sv39, extended to 4 and 5 levels for Sv48/Sv57.
uint64_t Hart::walk(uint64_t va, Access access, Priv p) {
  const unsigned levels = static_cast<unsigned>(csrs.satp >> 60) - 5;  // 8 -> 3, 9 -> 4, 10 -> 5
  const unsigned va_bits = 12 + 9 * levels;
  // The upper bits must all equal bit va_bits-1.
  int64_t shifted = static_cast<int64_t>(va << (64 - va_bits)) >> (64 - va_bits);
  if (static_cast<uint64_t>(shifted) != va) throw Trap{page_fault(access), va};

  uint64_t table = (csrs.satp & pte::kPpnMask) << 12;
  for (int level = static_cast<int>(levels) - 1; level >= 0; --level) {
    uint64_t vpn = (va >> (12 + 9 * level)) & 0x1ff;
    uint8_t* slot = host_ptr(table + vpn * 8, 8);
    if (!slot) throw Trap{access_fault(access), va};
    auto* pte_ref = reinterpret_cast<uint64_t*>(slot);
    uint64_t e = __atomic_load_n(pte_ref, __ATOMIC_ACQUIRE);
    if (!(e & pte::V) || (!(e & pte::R) && (e & pte::W)) || (e & pte::kReserved)) throw Trap{page_fault(access), va};
    if (!(e & (pte::R | pte::X))) {  // pointer to the next level (its A/D/U are ignored, as QEMU)
      table = ((e >> 10) & pte::kPpnMask) << 12;
      continue;
    }
    // Leaf: permissions.
    bool ok;
    switch (access) {
      case Access::Fetch: ok = e & pte::X; break;
      case Access::Load: ok = (e & pte::R) || ((csrs.mstatus & mstatus::MXR) && (e & pte::X)); break;
      default: ok = e & pte::W; break;
    }
    if (p == Priv::U && !(e & pte::U)) ok = false;
    if (p == Priv::S && (e & pte::U) && (access == Access::Fetch || !(csrs.mstatus & mstatus::SUM))) ok = false;
    uint64_t ppn = (e >> 10) & pte::kPpnMask;
    uint64_t low_mask = (1ull << (9 * level)) - 1;  // PPN bits a superpage takes from the VA
    if (!ok || (ppn & low_mask)) throw Trap{page_fault(access), va};
    // A/D: updated by hardware, atomically, and only if the PTE is unchanged meanwhile.
    uint64_t want = e | pte::A | (access == Access::Store ? pte::D : 0);
    if (want != e && !__atomic_compare_exchange_n(pte_ref, &e, want, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return walk(va, access, p);  // the PTE changed under us: walk again
    uint64_t page = (ppn & ~low_mask) | ((va >> 12) & low_mask);
    return (page << 12) | (va & 0xfff);
  }
  throw Trap{page_fault(access), va};
}

// Fetch across a page boundary or after a TLB miss: each half translated on its own, so a
// fault on the second page reports that page's address.
uint32_t Hart::fetch_slow(uint64_t va, uint8_t& len) {
  auto half_at = [&](uint64_t a) -> uint16_t {
    uint8_t* p = tlb_.lookup(Access::Fetch, a);
    if (!p) {
      uint64_t pa = translate(a, Access::Fetch, priv);
      p = host_ptr(pa, 2);
      if (!p) throw Trap{Cause::InsnAccessFault, a};
      tlb_.insert(Access::Fetch, a, p);
    }
    uint16_t h;
    std::memcpy(&h, p, 2);
    return h;
  };
  uint16_t lo = half_at(va);
  if ((lo & 3) != 3) {
    len = 2;
    return lo;
  }
  len = 4;
  return lo | (static_cast<uint32_t>(half_at(va + 2)) << 16);
}

bool Hart::replay_mmio(uint64_t va, uint64_t pa, unsigned size, bool write) {
  if (!mmio_.active || mmio_.is_write != write || mmio_.addr != pa || mmio_.size != size) return false;
  mmio_.active = false;
  if (mmio_.fault) throw Trap{write ? Cause::StoreAccessFault : Cause::LoadAccessFault, va};
  return true;
}

uint64_t Hart::load_phys(uint64_t va, uint64_t pa, unsigned size) {
  if (uint8_t* p = host_ptr(pa, size)) {
    uint64_t v = 0;
    std::memcpy(&v, p, size);
    return v;
  }
  if (replay_mmio(va, pa, size, false)) return mmio_.data;
  mmio_exit(pa, size, false, 0);
  return 0;  // (mmio_quiet_: the caller leaves; the replay loads the value)
}

void Hart::store_phys(uint64_t va, uint64_t pa, unsigned size, uint64_t value) {
  if (uint8_t* p = host_ptr(pa, size)) {
    before_ram_store(pa);
    std::memcpy(p, &value, size);
    if (pa < watch_hi_ && pa + size > watch_lo_) request_exit(Exit::Kind::StoreWatch);
    return;
  }
  if (replay_mmio(va, pa, size, true)) return;  // the monitor performed it before this replay
  mmio_exit(pa, size, true, value);
}

void Hart::mmio_exit(uint64_t pa, unsigned size, bool write, uint64_t value) {
  mmio_ = {true, pa, value, static_cast<uint8_t>(size), write, false};
  exit_ = Exit{};
  exit_.kind = Exit::Kind::Mmio;
  exit_.addr = pa;
  exit_.size = static_cast<uint8_t>(size);
  exit_.is_write = write;
  exit_.data = value;
  if (!mmio_quiet_) throw MmioExitSignal{};
  mmio_signalled_ = true;
}

void Hart::complete_mmio_load(uint64_t value) { mmio_.data = value; }

uint64_t Hart::load_slow(uint64_t va, unsigned size) {
  const Priv p = data_priv();
  if (va & (size - 1)) {
    if (config.trap_misaligned) throw Trap{Cause::LoadMisaligned, va};
    // Misaligned: assemble from RAM bytes (each byte translated; a fault reports its own
    // address). Misaligned MMIO is an access fault: devices take naturally aligned accesses.
    uint64_t v = 0;
    for (unsigned b = 0; b < size; ++b) {
      uint8_t* byte = host_ptr(translate(va + b, Access::Load, p), 1);
      if (!byte) throw Trap{Cause::LoadAccessFault, va};
      v |= static_cast<uint64_t>(*byte) << (8 * b);
    }
    return v;
  }
  uint64_t pa = translate(va, Access::Load, p);
  if (uint8_t* host = host_ptr(pa, size)) tlb_.insert(Access::Load, va, host);
  return load_phys(va, pa, size);
}

void Hart::store_slow(uint64_t va, unsigned size, uint64_t value) {
  const Priv p = data_priv();
  if (va & (size - 1)) {
    if (config.trap_misaligned) throw Trap{Cause::StoreMisaligned, va};
    // Translate every byte first so that a fault on the second page writes nothing.
    uint64_t pas[8];
    for (unsigned b = 0; b < size; ++b) {
      pas[b] = translate(va + b, Access::Store, p);
      if (!host_ptr(pas[b], 1)) throw Trap{Cause::StoreAccessFault, va};
    }
    for (unsigned b = 0; b < size; ++b) store_phys(va + b, pas[b], 1, value >> (8 * b));
    return;
  }
  uint64_t pa = translate(va, Access::Store, p);
  uint8_t* host = host_ptr(pa, size);
  bool watched_page = (pa >> 12) >= (watch_lo_ >> 12) && (pa >> 12) <= ((watch_hi_ - 1) >> 12) && watch_hi_;
  store_phys(va, pa, size, value);  // first: a store to a code page drops its blocks
  if (host && !watched_page) tlb_.insert(Access::Store, va, host);
}

uint8_t* Hart::lr_location(uint64_t va, unsigned size, uint64_t& pa) {
  if (va & (size - 1)) throw Trap{Cause::LoadMisaligned, va};
  pa = translate(va, Access::Load, data_priv());
  uint8_t* p = host_ptr(pa, size);
  if (!p) throw Trap{Cause::LoadAccessFault, va};
  return p;
}

}  // namespace rvisor::cpu
