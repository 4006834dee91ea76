// virtio-blk's request parser on chains from arbitrary rings, against an in-memory disk.
#include <cstring>

#include "fuzz_guest.h"
#include "virtio/blk.h"

using namespace rvisor::virtio;

namespace {
class MemoryDisk : public rvisor::host::BlockBackend {
 public:
  explicit MemoryDisk(bool ro) : data(16 * 512), ro(ro) {}
  uint64_t size() const override { return data.size(); }
  bool read_only() const override { return ro; }
  int read(uint64_t off, void* buf, size_t len) override { return copy(off, len, [&] { std::memcpy(buf, &data[off], len); }); }
  int write(uint64_t off, const void* buf, size_t len) override {
    if (ro) std::abort();  // the parser must never write a read-only disk
    return copy(off, len, [&] { std::memcpy(&data[off], buf, len); });
  }
  int flush() override { return 0; }
  int discard(uint64_t off, uint64_t len) override {
    if (ro) std::abort();
    return copy(off, len, [&] { std::memset(&data[off], 0, len); });
  }
  int write_zeroes(uint64_t off, uint64_t len) override { return discard(off, len); }
  std::vector<uint8_t> data;
  bool ro;

 private:
  // The parser checks ranges against size(): anything beyond is a bug.
  template <typename F>
  int copy(uint64_t off, uint64_t len, F f) {
    if (off > data.size() || len > data.size() - off) std::abort();
    f();
    return 0;
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Guest g(data, size);
  if (!g.ready) return 0;
  MemoryDisk disk(size > 1 && (data[1] & 4));
  Chain c;
  std::string err;
  for (int i = 0; i < 32 && g.queue.pop(c, err) == Queue::Next::kChain; ++i) {
    fuzz::check_chain(g.mem, c);
    BlkOutcome r = serve_blk_request(g.mem, c, disk, "fuzz-serial");
    if (r.malformed) break;
    if (r.written == 0 || r.written > c.writable_bytes) std::abort();
    if (r.status > kBlkUnsupp) std::abort();
    g.queue.push(c.head, r.written);
  }
  return 0;
}
