#include "board/clint.h"

#include <algorithm>

namespace rvisor::board {

namespace {
constexpr uint64_t kMtimecmp = 0x4000, kMtime = 0xbff8;

// A sub-word access to a 64-bit register: the bytes [offset-reg, +size).
uint64_t extract(uint64_t reg_value, uint64_t byte, unsigned size) {
  uint64_t v = reg_value >> (8 * byte);
  return size == 8 ? v : v & ((1ull << (8 * size)) - 1);
}
uint64_t insert(uint64_t reg_value, uint64_t byte, unsigned size, uint64_t v) {
  uint64_t mask = (size == 8 ? ~0ull : ((1ull << (8 * size)) - 1)) << (8 * byte);
  return (reg_value & ~mask) | ((v << (8 * byte)) & mask);
}
}  // namespace

Clint::Clint(const cpu::Clock& time, std::vector<cpu::Hart*> harts)
    : time_(time), harts_(std::move(harts)), mtimecmp_(std::make_unique<std::atomic<uint64_t>[]>(harts_.size())) {
  for (size_t h = 0; h < harts_.size(); ++h) mtimecmp_[h] = ~0ull;
}

bool Clint::read(uint64_t off, unsigned size, uint64_t& value) {
  if (off < 4 * harts_.size()) {
    if (off % 4 + size > 4) return false;
    value = (harts_[off / 4]->csrs.mip.load() >> cpu::MSI) & 1;
    value = extract(value, off % 4, size);
    return true;
  }
  if (off >= kMtimecmp && off < kMtimecmp + 8 * harts_.size()) {
    value = extract(mtimecmp_[(off - kMtimecmp) / 8].load(), off % 8, size);
    return off % 8 + size <= 8;
  }
  if (off >= kMtime && off < kMtime + 8) {
    value = extract(time_.mtime(), off - kMtime, size);
    return (off - kMtime) + size <= 8;
  }
  return false;
}

bool Clint::write(uint64_t off, unsigned size, uint64_t value) {
  if (off < 4 * harts_.size()) {
    if (off % 4 != 0) return off % 4 + size <= 4;  // upper bytes of msip are zero
    harts_[off / 4]->set_pending(cpu::MSI, value & 1);
    return true;
  }
  if (off >= kMtimecmp && off < kMtimecmp + 8 * harts_.size()) {
    if (off % 8 + size > 8) return false;
    const auto h = static_cast<unsigned>((off - kMtimecmp) / 8);
    mtimecmp_[h] = insert(mtimecmp_[h].load(), off % 8, size, value);  // MMIO is serialized: no lost update
    update_timer(h);
    harts_[h]->wake();  // a sleeping hart recomputes when to wake
    return true;
  }
  if (off >= kMtime && off < kMtime + 8) return true;  // mtime is driven by the host clock: read-only here
  return false;
}

void Clint::update_timer(unsigned h) { harts_[h]->set_pending(cpu::MTI, time_.mtime() >= deadline(h)); }

void Clint::update_timers() {
  for (unsigned h = 0; h < harts_.size(); ++h) update_timer(h);
}

}  // namespace rvisor::board
