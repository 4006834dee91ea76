// virtio-console's transmit parsing on chains from arbitrary rings.
#include "fuzz_guest.h"
#include "virtio/console.h"

using namespace rvisor::virtio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Guest g(data, size);
  if (!g.ready) return 0;
  Chain c;
  std::string err, out;
  for (int i = 0; i < 32 && g.queue.pop(c, err) == Queue::Next::kChain; ++i) {
    fuzz::check_chain(g.mem, c);
    size_t before = out.size();
    const size_t limit = i % 2 ? 100 : ConsoleDevice::kMaxChainOutput;
    ConsoleOutcome r = collect_console_output(g.mem, c, out, limit);
    if (r.malformed) break;
    if (out.size() - before != std::min<uint64_t>(c.readable_bytes, limit)) std::abort();
    g.queue.push(c.head, 0);
  }
  return 0;
}
