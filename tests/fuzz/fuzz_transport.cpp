// The whole virtio-mmio transport with a device behind it (virtio-blk served inline, rng or
// console), driven by an arbitrary sequence of register accesses over a guest RAM that the
// input also fills: the status machine, negotiation, queue setup, notifications, resets and
// config space must never crash, whatever order the "driver" uses.
#include <cstring>
#include <string>

#include "fuzz_guest.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/rng.h"
#include "virtio/transport.h"

using namespace rvisor::virtio;

namespace {
class ZeroDisk : public rvisor::host::BlockBackend {
 public:
  uint64_t size() const override { return 64 * 512; }
  bool read_only() const override { return false; }
  int read(uint64_t, void* buf, size_t len) override {
    std::memset(buf, 0, len);
    return 0;
  }
  int write(uint64_t, const void*, size_t) override { return 0; }
  int flush() override { return 0; }
  int discard(uint64_t, uint64_t) override { return 0; }
  int write_zeroes(uint64_t, uint64_t) override { return 0; }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Input: a byte (device in the top 2 bits, N = access count in the low 6), N accesses of 6
  // bytes (op/offset byte pair, 32-bit value), then RAM contents.
  if (size < 1) return 0;
  const size_t accesses = std::min<size_t>(data[0] & 63, (size - 1) / 6);
  std::vector<uint8_t> ram(fuzz::kRamSize);
  const size_t ram_at = 1 + 6 * accesses;
  std::memcpy(ram.data(), data + ram_at, std::min<size_t>(size - ram_at, ram.size()));
  GuestMemory mem(ram.data(), fuzz::kBase, ram.size());
  std::unique_ptr<Device> device;
  std::string printed;
  switch (data[0] >> 6) {
    case 1: device = std::make_unique<RngDevice>([](uint8_t* p, size_t n) { std::memset(p, 0x5a, n); }); break;
    case 2: device = std::make_unique<ConsoleDevice>([&](std::string_view s) { printed += s; }); break;
    default:
      device = std::make_unique<BlockDevice>("fuzz-blk", std::make_unique<ZeroDisk>(), "", BlockDevice::Threading::kInline);
  }
  ConsoleDevice* console = dynamic_cast<ConsoleDevice*>(device.get());
  Transport t(std::move(device), mem, [](bool) {});
  const uint8_t* p = data + 1;
  for (size_t i = 0; i < accesses; ++i, p += 6) {
    uint64_t offset = (uint64_t{p[1]} << 2) | ((p[0] >> 2) & 3);  // mostly aligned, 0..0x3ff
    uint32_t value;
    std::memcpy(&value, p + 2, 4);
    const unsigned sizes[] = {4, 1, 2, 8};
    const unsigned width = sizes[(p[0] >> 4) & 3];
    uint64_t v = 0;
    if (p[0] & 1)
      t.write(offset, width, value);
    else
      t.read(offset, width, v);
    if (console && (p[0] & 0xc0) == 0xc0) console->push_input(static_cast<uint8_t>(value));  // host input
  }
  return 0;
}
