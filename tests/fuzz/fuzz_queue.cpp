// The split-virtqueue walker on arbitrary rings: pop until empty or broken, check each chain,
// copy through it with ChainReader/ChainWriter, and return it.
#include "fuzz_guest.h"
#include "virtio/chain_io.h"

using namespace rvisor::virtio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Guest g(data, size);
  if (!g.ready) return 0;
  Chain c;
  std::string err;
  for (int i = 0; i < 64; ++i) {
    Queue::Next n = g.queue.pop(c, err);
    if (n == Queue::Next::kError) {
      if (err.empty() || !g.queue.broken()) std::abort();  // reported once, with a reason
      if (g.queue.pop(c, err) != Queue::Next::kError) std::abort();  // and it stays broken
      break;
    }
    if (n == Queue::Next::kEmpty) break;
    fuzz::check_chain(g.mem, c);
    if (c.head >= g.queue.size()) std::abort();
    std::vector<uint8_t> bytes(static_cast<size_t>(std::min<uint64_t>(c.readable_bytes, 1 << 16)));
    ChainReader(g.mem, c).read(bytes.data(), bytes.size());
    ChainWriter(g.mem, c).write(bytes.data(), std::min<uint64_t>(bytes.size(), c.writable_bytes));
    g.queue.push(c.head, static_cast<uint32_t>(c.writable_bytes));
    g.queue.need_interrupt();
  }
  return 0;
}
