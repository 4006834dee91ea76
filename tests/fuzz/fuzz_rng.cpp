// virtio-rng's request handling on chains from arbitrary rings (a fixed byte as "entropy").
#include <cstring>

#include "fuzz_guest.h"
#include "virtio/rng.h"

using namespace rvisor::virtio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Guest g(data, size);
  if (!g.ready) return 0;
  EntropySource fixed = [](uint8_t* p, size_t n) { std::memset(p, 0x5a, n); };
  Chain c;
  std::string err;
  for (int i = 0; i < 32 && g.queue.pop(c, err) == Queue::Next::kChain; ++i) {
    fuzz::check_chain(g.mem, c);
    RngOutcome r = serve_rng_request(g.mem, c, fixed);
    if (r.malformed) break;
    if (r.written == 0 || r.written > c.writable_bytes || r.written > RngDevice::kMaxRequest) std::abort();
    g.queue.push(c.head, r.written);
  }
  return 0;
}
