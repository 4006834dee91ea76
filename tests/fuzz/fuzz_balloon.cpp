// libFuzzer: balloon statistics buffers, and inflate/deflate/report requests with arbitrary
// frame numbers and ranges against a small guest RAM: nothing outside RAM may be touched
// (ASan would see it: the mapping is surrounded by inaccessible guard pages).
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "virtio/balloon_state.h"

static constexpr uint64_t kBase = 0x80000000, kRam = 64 * 4096;
static uint8_t* g_ram;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto* p = static_cast<uint8_t*>(mmap(nullptr, kRam + 2 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
  if (p == MAP_FAILED) abort();
  g_ram = p + 4096;
  mprotect(g_ram, kRam, PROT_READ | PROT_WRITE);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const uint8_t* body = data + 1;
  const size_t n = size - 1;
  if (mode % 3 == 0) {
    auto stats = rvisor::virtio::parse_balloon_stats({body, n});
    if (stats.has_value() != (n % 10 == 0)) abort();
    return 0;
  }
  rvisor::virtio::BalloonState state(g_ram, kBase, kRam);
  std::vector<uint32_t> pfns(n / 4);
  if (!pfns.empty()) std::memcpy(pfns.data(), body, pfns.size() * 4);
  // Bias half of the frames into (and around) RAM so the accepted paths are reached.
  for (size_t i = 0; i < pfns.size(); i += 2) pfns[i] = static_cast<uint32_t>((kBase >> 12) - 1 + pfns[i] % 70);
  if (mode % 3 == 1) {
    if (state.inflate(pfns)) state.deflate(pfns);
    if (state.pages() > kRam / 4096) abort();
  } else {
    for (size_t i = 0; i + 1 < pfns.size(); i += 2)
      state.report_free(kBase + (uint64_t{pfns[i]} << 8), uint64_t{pfns[i + 1]} << 4);
  }
  return 0;
}
