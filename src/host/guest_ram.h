// Giving guest RAM back to the host: madvise(MADV_DONTNEED) on a page-aligned range of the
// guest's anonymous mapping. The pages read as zero when the guest touches them again.
#pragma once
#include <cstdint>

namespace rvisor::host {

// Discards [offset, offset + length) of the RAM mapping at `ram` (`ram_size` bytes). Returns
// false, touching nothing, when the range is not page-aligned, empty, or not inside the RAM.
bool discard_guest_pages(uint8_t* ram, uint64_t ram_size, uint64_t offset, uint64_t length);

}  // namespace rvisor::host
