#include "board/htif.h"

#include <fmt/format.h>

namespace rvisor::board {

std::optional<uint64_t> Htif::poll() {
  uint64_t v = __atomic_load_n(tohost_, __ATOMIC_ACQUIRE);
  if (v == 0) return std::nullopt;
  const uint64_t device = v >> 56, command = (v >> 48) & 0xff;
  if (device == 0 && (v & 1)) return (v & ((1ull << 48) - 1)) >> 1;
  if (device == 1 && command == 1) {
    std::fputc(static_cast<int>(v & 0xff), out_);
    __atomic_store_n(tohost_, 0, __ATOMIC_RELEASE);
    if (fromhost_) __atomic_store_n(fromhost_, (1ull << 56) | (1ull << 48) | 0x100 | (v & 0xff), __ATOMIC_RELEASE);
    return std::nullopt;
  }
  throw HtifError(fmt::format("unsupported HTIF request {:#018x} (device {}, command {})", v, device, command));
}

}  // namespace rvisor::board
