#include "board/plic.h"

namespace rvisor::board {

namespace {
constexpr uint64_t kPending = 0x1000, kEnable = 0x2000, kEnableStride = 0x80, kContext = 0x200000,
                   kContextStride = 0x1000;
constexpr uint32_t kPrioMask = 7;
}  // namespace

Plic::Plic(std::vector<cpu::Hart*> harts, unsigned num_sources)
    : harts_(std::move(harts)),
      num_sources_(num_sources),
      words_((num_sources + 31) / 32),
      contexts_(static_cast<unsigned>(2 * harts_.size())),
      priority_(num_sources),
      level_(num_sources),
      pending_(num_sources),
      claimed_(num_sources),
      enable_(contexts_ * words_),
      threshold_(contexts_),
      output_(contexts_) {}

bool Plic::read(uint64_t off, unsigned size, uint64_t& value) {
  if (size != 4 || off % 4) return false;
  std::lock_guard lock(mu_);
  if (off < 4ull * num_sources_) {
    value = priority_[off / 4];
    return true;
  }
  if (off >= kPending && off < kPending + 4ull * words_) {
    unsigned w = static_cast<unsigned>((off - kPending) / 4);
    uint32_t bits = 0;
    for (unsigned b = 0; b < 32 && 32 * w + b < num_sources_; ++b) bits |= uint32_t{pending_[32 * w + b]} << b;
    value = bits;
    return true;
  }
  if (off >= kEnable && off < kEnable + kEnableStride * contexts_) {
    uint64_t ctx = (off - kEnable) / kEnableStride, w = (off - kEnable) % kEnableStride / 4;
    if (w >= words_) return false;
    value = enable_[ctx * words_ + w];
    return true;
  }
  if (off >= kContext && off < kContext + kContextStride * contexts_) {
    unsigned ctx = static_cast<unsigned>((off - kContext) / kContextStride);
    uint64_t reg = (off - kContext) % kContextStride;
    if (reg == 0) value = threshold_[ctx];
    else if (reg == 4) value = claim(ctx);
    else return false;
    return true;
  }
  return false;
}

bool Plic::write(uint64_t off, unsigned size, uint64_t value) {
  if (size != 4 || off % 4) return false;
  std::lock_guard lock(mu_);
  uint32_t v = static_cast<uint32_t>(value);
  if (off < 4ull * num_sources_) {
    if (off != 0) priority_[off / 4] = v & kPrioMask;  // source 0 is reserved: hardwired 0
  } else if (off >= kPending && off < kPending + 4ull * words_) {
    return true;  // pending bits are read-only
  } else if (off >= kEnable && off < kEnable + kEnableStride * contexts_) {
    uint64_t ctx = (off - kEnable) / kEnableStride, w = (off - kEnable) % kEnableStride / 4;
    if (w >= words_) return false;
    if (w == 0) v &= ~1u;  // source 0
    if (w == words_ - 1 && num_sources_ % 32) v &= (1u << (num_sources_ % 32)) - 1;
    enable_[ctx * words_ + w] = v;
  } else if (off >= kContext && off < kContext + kContextStride * contexts_) {
    unsigned ctx = static_cast<unsigned>((off - kContext) / kContextStride);
    uint64_t reg = (off - kContext) % kContextStride;
    if (reg == 0) threshold_[ctx] = v & kPrioMask;
    else if (reg == 4) complete(ctx, v);
    else return false;
  } else {
    return false;
  }
  update_outputs();
  return true;
}

void Plic::set_level(unsigned source, bool level) {
  if (source == 0 || source >= num_sources_) return;
  std::lock_guard lock(mu_);
  level_[source] = level;
  pending_[source] = level && !claimed_[source];
  update_outputs();
}

unsigned Plic::best(unsigned ctx) const {
  unsigned id = 0;
  uint32_t prio = threshold_[ctx];
  for (unsigned s = 1; s < num_sources_; ++s)
    if (pending_[s] && priority_[s] > prio && enabled(ctx, s)) {
      id = s;
      prio = priority_[s];
    }
  return id;
}

unsigned Plic::claim(unsigned ctx) {
  unsigned s = best(ctx);
  if (s) {
    pending_[s] = false;
    claimed_[s] = true;
  }
  update_outputs();
  return s;
}

void Plic::complete(unsigned ctx, uint32_t s) {
  // A completion for a source not enabled for this context (or not claimed) is ignored.
  if (s == 0 || s >= num_sources_ || !enabled(ctx, s) || !claimed_[s]) return;
  claimed_[s] = false;
  pending_[s] = level_[s];
}

void Plic::update_outputs() {
  // Only changes are driven, so a hart's mip bit is left alone while its context's output holds.
  for (unsigned ctx = 0; ctx < contexts_; ++ctx) {
    bool out = best(ctx) != 0;
    if (out == output_[ctx]) continue;
    output_[ctx] = out;
    harts_[ctx / 2]->set_pending(ctx % 2 ? cpu::SEI : cpu::MEI, out);
  }
}

}  // namespace rvisor::board
