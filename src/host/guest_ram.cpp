#include "host/guest_ram.h"

#include <sys/mman.h>
#include <unistd.h>

namespace rvisor::host {

bool discard_guest_pages(uint8_t* ram, uint64_t ram_size, uint64_t offset, uint64_t length) {
  static const uint64_t page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  if (length == 0 || offset % page || length % page) return false;
  if (offset > ram_size || length > ram_size - offset) return false;
  return madvise(ram + offset, length, MADV_DONTNEED) == 0;
}

}  // namespace rvisor::host
