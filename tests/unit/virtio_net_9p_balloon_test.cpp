// virtio-net, virtio-9p and virtio-balloon through the virtio-mmio transport, driven by a
// minimal fake driver: config space, the data paths, bounds, and malformed requests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "virtio/balloon.h"
#include "virtio/net.h"
#include "virtio/net_header.h"
#include "virtio/p9_device.h"
#include "virtio/p9_wire.h"
#include "virtio_driver_fixture.h"

using namespace rvisor::virtio;
using rvisor::virtio::testing::MiniDriver;

namespace {

class FakeBackend : public rvisor::host::NetBackend {
 public:
  void start(rvisor::host::FrameSink s) override { sink = std::move(s); }
  void stop() override {}
  void send(std::span<const uint8_t> f) override { sent.emplace_back(f.begin(), f.end()); }
  rvisor::host::FrameSink sink;
  std::vector<std::vector<uint8_t>> sent;
};

struct NetFixture : ::testing::Test {
  FakeBackend* backend = new FakeBackend;
  NetDevice* dev = new NetDevice(std::unique_ptr<FakeBackend>(backend), MacAddress{0x52, 0x54, 0, 0xab, 0xcd, 0xef});
  MiniDriver d{std::unique_ptr<Device>(dev)};
};

std::vector<uint8_t> frame_of(size_t n, uint8_t seed) {
  std::vector<uint8_t> f(n);
  for (size_t i = 0; i < n; ++i) f[i] = static_cast<uint8_t>(seed + i);
  return f;
}

TEST_F(NetFixture, ConfigHoldsTheMacAndLinkUp) {
  const uint8_t want[8] = {0x52, 0x54, 0, 0xab, 0xcd, 0xef, 1, 0};
  for (int i = 0; i < 8; ++i) EXPECT_EQ(d.config(i), want[i]) << i;
  EXPECT_EQ(dev->features(), bit(NetDevice::kFMac) | bit(NetDevice::kFStatus));
}

TEST_F(NetFixture, TransmitHandsTheFrameWithoutItsHeaderToTheBackend) {
  d.start(bit(NetDevice::kFMac) | bit(NetDevice::kFStatus), 2);
  std::vector<uint8_t> pkt(kNetHeaderSize, 0);
  auto frame = frame_of(60, 7);
  pkt.insert(pkt.end(), frame.begin(), frame.end());
  // Header and frame in separate descriptors, as Linux sends them.
  d.offer(1, {{d.alloc(pkt.data(), 12), 12, false}, {d.alloc(frame.data(), 60), 60, false}});
  d.notify(1);
  ASSERT_EQ(backend->sent.size(), 1u);
  EXPECT_EQ(backend->sent[0], frame);
  EXPECT_EQ(d.used_idx(1), 1);
  EXPECT_EQ(dev->frames_sent(), 1u);
}

TEST_F(NetFixture, ReceivedFramesWaitForBuffersButOnlyABoundedNumber) {
  d.start(bit(NetDevice::kFMac), 2);
  const size_t extra = 6;
  for (size_t i = 0; i < NetDevice::kMaxPendingFrames + extra; ++i) backend->sink(frame_of(100, static_cast<uint8_t>(i)));
  EXPECT_EQ(dev->frames_dropped(), extra);
  EXPECT_EQ(d.used_idx(0), 0);
  std::vector<uint64_t> bufs;
  for (int i = 0; i < 4; ++i) {
    bufs.push_back(d.alloc(nullptr, 1526));
    d.offer(0, {{bufs.back(), 1526, true}});
  }
  d.notify(0);
  ASSERT_EQ(d.used_idx(0), 4);
  EXPECT_TRUE(d.irq);
  EXPECT_EQ(d.used_len(0, 0), kNetHeaderSize + 100);
  // The oldest frames were dropped: the first delivered one is frame number `extra`.
  EXPECT_EQ(*d.host(bufs[0] + kNetHeaderSize), static_cast<uint8_t>(extra));
  EXPECT_EQ(*d.host(bufs[0] + 10), 1);  // num_buffers
  // Four delivered; the other 60 still wait for buffers.
  EXPECT_EQ(dev->frames_received(), 4u);
}

TEST_F(NetFixture, ATooSmallReceiveBufferDropsTheFrameNotTheDevice) {
  d.start(0, 2);
  d.offer(0, {{d.alloc(nullptr, 64), 64, true}});
  d.notify(0);
  backend->sink(frame_of(200, 1));
  EXPECT_EQ(d.used_idx(0), 1);
  EXPECT_EQ(d.used_len(0, 0), 0u);
  EXPECT_FALSE(d.needs_reset());
  EXPECT_EQ(dev->frames_dropped(), 1u);
}

TEST_F(NetFixture, ATransmitBufferShorterThanTheHeaderIsADeviceError) {
  d.start(0, 2);
  uint8_t four[4] = {};
  d.offer(1, {{d.alloc(four, 4), 4, false}});
  d.notify(1);
  EXPECT_TRUE(d.needs_reset());
  EXPECT_TRUE(backend->sent.empty());
}

TEST_F(NetFixture, BuffersInTheWrongDirectionAreDeviceErrors) {
  d.start(0, 2);
  std::vector<uint8_t> pkt(kNetHeaderSize + 60, 0);
  d.offer(1, {{d.alloc(pkt.data(), pkt.size()), static_cast<uint32_t>(pkt.size()), false}, {d.alloc(nullptr, 16), 16, true}});
  d.notify(1);
  EXPECT_TRUE(d.needs_reset());
  EXPECT_TRUE(backend->sent.empty());
}

TEST_F(NetFixture, AReadableReceiveBufferIsADeviceError) {
  d.start(0, 2);
  d.offer(0, {{d.alloc(nullptr, 1526), 1526, false}});
  d.notify(0);
  backend->sink(frame_of(60, 0));
  EXPECT_TRUE(d.needs_reset());
  EXPECT_EQ(dev->frames_received(), 0u);
}

TEST_F(NetFixture, GsoFramesAreDroppedAndNeedsCsumIsCompleted) {
  d.start(0, 2);
  std::vector<uint8_t> gso(kNetHeaderSize + 60, 0);
  gso[1] = 1;  // VIRTIO_NET_HDR_GSO_TCPV4, never negotiated
  d.offer(1, {{d.alloc(gso.data(), gso.size()), static_cast<uint32_t>(gso.size()), false}});
  std::vector<uint8_t> csum(kNetHeaderSize + 40, 0);
  csum[0] = kNetHdrNeedsCsum;
  csum[6] = 20;  // csum_start
  csum[8] = 4;   // csum_offset: the sum goes to bytes 24..25 of the frame
  csum[kNetHeaderSize + 20] = 0x12;
  csum[kNetHeaderSize + 21] = 0x34;
  d.offer(1, {{d.alloc(csum.data(), csum.size()), static_cast<uint32_t>(csum.size()), false}});
  d.notify(1);
  EXPECT_EQ(d.used_idx(1), 2);
  ASSERT_EQ(backend->sent.size(), 1u);
  EXPECT_EQ(backend->sent[0][24], 0xed);  // ~0x1234
  EXPECT_EQ(backend->sent[0][25], 0xcb);
  EXPECT_FALSE(d.needs_reset());
}

TEST_F(NetFixture, ResetStopsDelivery) {
  d.start(0, 2);
  d.wr(MiniDriver::kStatus, 0);
  backend->sink(frame_of(60, 0));
  EXPECT_EQ(dev->frames_dropped(), 1u);
}

TEST(MacTest, ParsesUnicastAddressesOnly) {
  EXPECT_EQ(parse_mac("52:54:00:12:34:57"), (MacAddress{0x52, 0x54, 0, 0x12, 0x34, 0x57}));
  for (const char* bad : {"", "52:54:00:12:34", "52:54:00:12:34:5z", "01:00:5e:00:00:01", "00:00:00:00:00:00",
                          "52-54-00-12-34-56", "52:54:00:12:34:566", "+2:54:00:12:34:56"})
    EXPECT_FALSE(parse_mac(bad)) << bad;
}

class P9DeviceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/rvisor-p9dev-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
    std::ofstream(root_ / "f") << "data";
    d_ = std::make_unique<MiniDriver>(std::make_unique<P9Device>(root_.string(), "hosttag", true));
  }
  void TearDown() override {
    d_.reset();
    std::filesystem::remove_all(root_);
  }
  std::filesystem::path root_;
  std::unique_ptr<MiniDriver> d_;
};

TEST_F(P9DeviceTest, ConfigHasTheMountTag) {
  MiniDriver& d = *d_;
  EXPECT_EQ(d.config(0), 7);
  EXPECT_EQ(d.config(1), 0);
  std::string tag;
  for (int i = 0; i < 7; ++i) tag.push_back(static_cast<char>(d.config(2 + i)));
  EXPECT_EQ(tag, "hosttag");
}

TEST_F(P9DeviceTest, AnswersARequestInTheWritableBuffer) {
  MiniDriver& d = *d_;
  d.start(1, 1);
  p9::Writer w;
  w.u32(0);
  w.u8(p9::kTversion);
  w.u16(0xffff);
  w.u32(8192);
  w.str("9P2000.L");
  w.patch_u32(0, static_cast<uint32_t>(w.size()));
  uint64_t reply = d.alloc(nullptr, 256);
  d.offer(0, {{d.alloc(w.buffer().data(), w.size()), static_cast<uint32_t>(w.size()), false}, {reply, 256, true}});
  d.notify(0);
  ASSERT_EQ(d.used_idx(0), 1);
  EXPECT_EQ(d.used_len(0, 0), 7u + 4 + 2 + 8);
  EXPECT_EQ(*d.host(reply + 4), p9::kTversion + 1);
  EXPECT_FALSE(d.needs_reset());
}

TEST_F(P9DeviceTest, NoRoomForTheReplyIsADeviceError) {
  MiniDriver& d = *d_;
  d.start(1, 1);
  uint8_t clunk[11] = {11, 0, 0, 0, p9::kTclunk, 1, 0, 5, 0, 0, 0};
  d.offer(0, {{d.alloc(clunk, 11), 11, false}, {d.alloc(nullptr, 4), 4, true}});
  d.notify(0);
  EXPECT_TRUE(d.needs_reset());
}

struct BalloonFixture : ::testing::Test {
  BalloonDevice* dev = nullptr;
  std::unique_ptr<MiniDriver> d;
  void SetUp() override {
    // The device needs the RAM pointer before the driver exists: make the RAM first.
    d = std::make_unique<MiniDriver>(std::make_unique<NetDevice>(std::make_unique<FakeBackend>(), kDefaultMac));
    auto b = std::make_unique<BalloonDevice>(d->ram, MiniDriver::kBase, MiniDriver::kRamSize, 100);
    dev = b.get();
    d->t = std::make_unique<rvisor::virtio::Transport>(std::move(b), GuestMemory(d->ram, MiniDriver::kBase, MiniDriver::kRamSize),
                                                      [this](bool l) { d->irq = l; });
  }
  uint64_t all = bit(BalloonDevice::kFStatsVq) | bit(BalloonDevice::kFReporting) | bit(BalloonDevice::kFDeflateOnOom);
};

TEST_F(BalloonFixture, ConfigHasTheTargetAndTakesActual) {
  EXPECT_EQ(d->config(0), 100);
  d->t->write(0x104, 4, 42);
  EXPECT_EQ(dev->actual_pages(), 42u);
  d->t->write(0x100, 4, 7);  // num_pages is the device's
  EXPECT_EQ(d->config(0), 100);
}

TEST_F(BalloonFixture, ANewTargetRaisesAConfigChange) {
  d->start(all, 4);
  EXPECT_FALSE(d->irq);
  dev->set_target(300);
  EXPECT_EQ(d->config(0), 300 & 0xff);
  EXPECT_EQ(d->config(1), 300 >> 8);
  EXPECT_TRUE(d->irq);
  EXPECT_EQ(d->t->interrupt_status() & kConfigChange, kConfigChange);
}

TEST_F(BalloonFixture, InflateReleasesPagesAndDeflateReturnsThem) {
  d->start(all, 4);
  const uint32_t first = static_cast<uint32_t>(MiniDriver::kBase >> 12);
  std::memset(d->host(MiniDriver::kBase + 0x80000), 0x5a, 0x2000);
  uint32_t pfns[2] = {first + 0x80, first + 0x81};
  d->offer(0, {{d->alloc(pfns, 8), 8, false}});
  d->notify(0);
  EXPECT_EQ(d->used_idx(0), 1);
  EXPECT_EQ(dev->inflated_pages(), 2u);
  EXPECT_EQ(*d->host(MiniDriver::kBase + 0x80000), 0);  // given back: reads as zero
  d->offer(1, {{d->alloc(pfns, 4), 4, false}});
  d->notify(1);
  EXPECT_EQ(dev->inflated_pages(), 1u);
  EXPECT_FALSE(d->needs_reset());
}

TEST_F(BalloonFixture, AFrameOutsideRamIsADeviceError) {
  d->start(all, 4);
  uint32_t pfns[1] = {0x10};
  d->offer(0, {{d->alloc(pfns, 4), 4, false}});
  d->notify(0);
  EXPECT_TRUE(d->needs_reset());
  EXPECT_EQ(dev->inflated_pages(), 0u);
}

TEST_F(BalloonFixture, StatsAreParsedAndReportedRangesReleased) {
  d->start(all, 4);
  uint8_t stats[10] = {4, 0, 0, 0, 0x10, 0, 0, 0, 0, 0};
  d->offer(2, {{d->alloc(stats, 10), 10, false}});
  d->notify(2);
  EXPECT_EQ(dev->stats().at(kStatFreeMemory), 1u << 20);
  EXPECT_EQ(d->used_idx(2), 0);  // held until fresh figures are wanted
  // Queue 3 is reporting when STATS_VQ and REPORTING are both negotiated.
  std::memset(d->host(MiniDriver::kBase + 0xc0000), 0x77, 0x10000);
  d->offer(3, {{MiniDriver::kBase + 0xc0000, 0x10000, true}});
  d->notify(3);
  EXPECT_EQ(d->used_idx(3), 1);
  EXPECT_EQ(*d->host(MiniDriver::kBase + 0xcffff), 0);
  EXPECT_FALSE(d->needs_reset());
}

TEST_F(BalloonFixture, WithoutStatsTheReportingQueueIsQueueTwo) {
  d->start(bit(BalloonDevice::kFReporting), 3);
  std::memset(d->host(MiniDriver::kBase + 0xc0000), 0x77, 0x1000);
  d->offer(2, {{MiniDriver::kBase + 0xc0000, 0x1000, true}});
  d->notify(2);
  EXPECT_EQ(d->used_idx(2), 1);
  EXPECT_EQ(*d->host(MiniDriver::kBase + 0xc0000), 0);
}

}  // namespace
