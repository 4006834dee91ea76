// virtio-rng and virtio-console on a transport: requests served, direction violations
// reported as device errors, console input delivered when the driver has buffers.
#include <gtest/gtest.h>

#include "virtio/console.h"
#include "virtio/rng.h"
#include "virtio/transport.h"
#include "virtio_fixture.h"

using namespace rvisor::virtio;
using rvisor::virtio::testing::FakeGuest;

namespace {

constexpr uint64_t kBuf = FakeGuest::kData;

// Bring up queues 0..n-1 of `t`, each with its own rings (queue q's rings at +0x4000*q).
void bring_up(Transport& t, FakeGuest& g, unsigned queues) {
  auto wr = [&](uint64_t off, uint32_t v) { ASSERT_TRUE(t.write(off, 4, v)); };
  wr(0x70, kAcknowledge | kDriver);
  wr(0x24, 1);
  wr(0x20, 1);
  wr(0x70, kAcknowledge | kDriver | kFeaturesOk);
  for (unsigned q = 0; q < queues; ++q) {
    wr(0x30, q);
    wr(0x38, g.size);
    wr(0x80, static_cast<uint32_t>(FakeGuest::kDesc + 0x4000 * q));
    wr(0x90, static_cast<uint32_t>(FakeGuest::kAvail + 0x4000 * q));
    wr(0xa0, static_cast<uint32_t>(FakeGuest::kUsed + 0x4000 * q));
    wr(0x44, 1);
  }
  wr(0x70, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
}

TEST(Rng, FillsWritableBuffers) {
  FakeGuest g;
  bool line = false;
  Transport t(std::make_unique<RngDevice>([](uint8_t* p, size_t n) { std::memset(p, 0xab, n); }), g.mem,
              [&](bool l) { line = l; });
  bring_up(t, g, 1);
  g.desc(0, kBuf, 40, kDescWrite | kDescNext, 1);
  g.desc(1, kBuf + 100, 24, kDescWrite);
  g.offer(0);
  t.write(0x50, 4, 0);
  EXPECT_EQ(g.used_idx(), 1);
  EXPECT_EQ(g.used_len(0), 64u);
  EXPECT_EQ(g.get<uint8_t>(kBuf + 39), 0xab);
  EXPECT_EQ(g.get<uint8_t>(kBuf + 123), 0xab);
  EXPECT_EQ(g.get<uint8_t>(kBuf + 40), 0);
  EXPECT_TRUE(line);
}

TEST(Rng, HostEntropyIsNotConstant) {
  FakeGuest g;
  Chain c;
  c.writable = {{kBuf, 64}};
  c.writable_bytes = 64;
  RngOutcome r = serve_rng_request(g.mem, c, host_entropy);
  EXPECT_EQ(r.written, 64u);
  int zeros = 0;
  for (int i = 0; i < 64; ++i) zeros += g.get<uint8_t>(kBuf + i) == 0;
  EXPECT_LT(zeros, 16);  // 64 random bytes are essentially never mostly zero
}

TEST(Rng, ReadableBufferIsADeviceError) {
  FakeGuest g;
  Transport t(std::make_unique<RngDevice>(), g.mem, [](bool) {});
  bring_up(t, g, 1);
  g.desc(0, kBuf, 16);
  g.offer(0);
  ::testing::internal::CaptureStderr();
  t.write(0x50, 4, 0);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(),
            "rvisor: virtio-rng: request 0 has device-readable buffers; device needs reset\n");
  EXPECT_TRUE(t.needs_reset());
  EXPECT_EQ(g.used_idx(), 0);
}

class ConsoleTest : public ::testing::Test {
 protected:
  FakeGuest g;
  std::string printed;
  ConsoleDevice* dev = new ConsoleDevice([this](std::string_view s) { printed += s; });
  Transport t{std::unique_ptr<Device>(dev), g.mem, [](bool) {}};
  void SetUp() override { bring_up(t, g, 2); }
  // Queue q's rings, as bring_up placed them.
  void desc(unsigned q, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags) {
    g.desc_at(FakeGuest::kDesc + 0x4000 * q, i, addr, len, flags);
  }
  void offer(unsigned q, uint16_t head, uint16_t idx) {
    g.put<uint16_t>(FakeGuest::kAvail + 0x4000 * q + 4 + 2 * ((idx - 1) % g.size), head);
    g.put<uint16_t>(FakeGuest::kAvail + 0x4000 * q + 2, idx);
  }
  uint16_t used_idx(unsigned q) { return g.get<uint16_t>(FakeGuest::kUsed + 0x4000 * q + 2); }
  uint32_t used_len(unsigned q, uint16_t n) { return g.get<uint32_t>(FakeGuest::kUsed + 0x4000 * q + 8 + 8 * n); }
};

TEST_F(ConsoleTest, TransmitReachesOutput) {
  g.fill(kBuf, "hello, hvc0\n", 12);
  desc(1, 0, kBuf, 12, 0);
  offer(1, 0, 1);
  t.write(0x50, 4, 1);
  EXPECT_EQ(printed, "hello, hvc0\n");
  EXPECT_EQ(used_idx(1), 1);
}

TEST_F(ConsoleTest, HugeTransmitChainIsCapped) {
  // Two descriptors naming 900 KiB each (the same RAM twice): only kMaxChainOutput reaches
  // the host, so a guest cannot make the monitor copy gigabytes.
  g.desc_at(FakeGuest::kDesc + 0x4000, 0, FakeGuest::kBase + 0x18000, 900 << 10, kDescNext, 1);
  g.desc_at(FakeGuest::kDesc + 0x4000, 1, FakeGuest::kBase + 0x18000, 900 << 10, 0, 0);
  offer(1, 0, 1);
  t.write(0x50, 4, 1);
  EXPECT_EQ(printed.size(), ConsoleDevice::kMaxChainOutput);
  EXPECT_EQ(used_idx(1), 1);
  EXPECT_FALSE(t.needs_reset());
}

TEST_F(ConsoleTest, InputWaitsForBuffers) {
  dev->push_input('l');
  dev->push_input('s');
  EXPECT_EQ(used_idx(0), 0);  // no receive buffers yet
  desc(0, 0, kBuf + 0x100, 64, kDescWrite);
  offer(0, 0, 1);
  t.write(0x50, 4, 0);
  EXPECT_EQ(used_idx(0), 1);
  EXPECT_EQ(used_len(0, 0), 2u);
  EXPECT_EQ(g.get<uint8_t>(kBuf + 0x100), 'l');
  EXPECT_EQ(g.get<uint8_t>(kBuf + 0x101), 's');
  desc(0, 1, kBuf + 0x200, 1, kDescWrite);
  offer(0, 1, 2);
  t.write(0x50, 4, 0);
  EXPECT_EQ(used_idx(0), 1);  // nothing to deliver: the buffer stays with the device
  dev->push_input('\n');
  EXPECT_EQ(used_idx(0), 2);
  EXPECT_EQ(g.get<uint8_t>(kBuf + 0x200), '\n');
}

TEST_F(ConsoleTest, WritableTransmitBufferIsADeviceError) {
  desc(1, 0, kBuf, 12, kDescWrite);
  offer(1, 0, 1);
  ::testing::internal::CaptureStderr();
  t.write(0x50, 4, 1);
  EXPECT_NE(::testing::internal::GetCapturedStderr().find("transmit buffer 0 is device-writable"), std::string::npos);
  EXPECT_TRUE(t.needs_reset());
  EXPECT_EQ(printed, "");
}

}  // namespace
