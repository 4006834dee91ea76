#include "board/syscon.h"

namespace rvisor::board {

bool Syscon::read(uint64_t offset, unsigned size, uint64_t& value) {
  if (offset >= 4 || offset + size > 4) return false;
  value = 0;
  return true;
}

bool Syscon::write(uint64_t offset, unsigned size, uint64_t value) {
  if (offset >= 4 || offset + size > 4) return false;
  // Only a write covering the low half at offset 0 is a command; the code is the high half
  // when the write covers it too.
  if (offset != 0 || size < 2) return true;
  uint32_t v = static_cast<uint32_t>(size == 2 ? value & 0xffff : value);
  uint32_t code = v >> 16;
  PowerRequest req;
  switch (v & 0xffff) {
    case 0x5555: req = {PowerRequest::Poweroff, code}; break;
    case 0x7777: req = {PowerRequest::Reboot, code}; break;
    case 0x3333: req = {PowerRequest::Fail, code}; break;
    default: return true;
  }
  if (on_request_) on_request_(req);
  return true;
}

}  // namespace rvisor::board
