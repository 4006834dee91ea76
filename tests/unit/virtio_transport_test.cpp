// The virtio-mmio v2 transport: identification, feature negotiation, the status state
// machine, queue registers, reset, interrupts and config space.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "virtio/transport.h"
#include "virtio_fixture.h"

using namespace rvisor::virtio;
using rvisor::virtio::testing::FakeGuest;

namespace {

class RecordingDevice : public Device {
 public:
  uint32_t id() const override { return 42; }
  std::string_view name() const override { return "test-device"; }
  uint64_t features() const override { return bit(3); }
  unsigned queue_count() const override { return 2; }
  uint16_t queue_max_size(unsigned q) const override { return q == 0 ? 16 : 4; }
  void read_config(uint64_t offset, std::span<uint8_t> out) const override {
    for (size_t i = 0; i < out.size(); ++i) out[i] = offset + i < sizeof config ? config[offset + i] : 0;
  }
  void write_config(uint64_t offset, std::span<const uint8_t> in) override {
    for (size_t i = 0; i < in.size(); ++i)
      if (offset + i < sizeof config) config[offset + i] = in[i];
  }
  bool accept_features(uint64_t f) override {
    accepted = f;
    return !refuse;
  }
  void start() override { ++starts; }
  void notify(unsigned q) override { notified.push_back(q); }
  void reset() override { ++resets; }

  uint8_t config[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  bool refuse = false;
  uint64_t accepted = 0;
  int starts = 0, resets = 0;
  std::vector<unsigned> notified;
};

enum : uint64_t {
  kDevFeat = 0x10, kDevFeatSel = 0x14, kDrvFeat = 0x20, kDrvFeatSel = 0x24, kQSel = 0x30, kQMax = 0x34,
  kQNum = 0x38, kQReady = 0x44, kNotify = 0x50, kIrqStatus = 0x60, kIrqAck = 0x64, kStatus = 0x70,
  kDescLo = 0x80, kDescHi = 0x84, kDrvLo = 0x90, kDevLo = 0xa0, kGen = 0xfc,
};

class TransportTest : public ::testing::Test {
 protected:
  FakeGuest g;
  RecordingDevice* dev = new RecordingDevice;
  bool line = false;
  int line_changes = 0;
  Transport t{std::unique_ptr<Device>(dev), g.mem, [this](bool level) {
                line = level;
                ++line_changes;
              }};

  uint32_t rd(uint64_t off) {
    uint64_t v = 0xdeadbeef;
    EXPECT_TRUE(t.read(off, 4, v));
    return static_cast<uint32_t>(v);
  }
  void wr(uint64_t off, uint32_t v) { EXPECT_TRUE(t.write(off, 4, v)); }
  void negotiate(uint64_t f = bit(kFVersion1)) {
    wr(kStatus, kAcknowledge);
    wr(kStatus, kAcknowledge | kDriver);
    wr(kDrvFeatSel, 0);
    wr(kDrvFeat, static_cast<uint32_t>(f));
    wr(kDrvFeatSel, 1);
    wr(kDrvFeat, static_cast<uint32_t>(f >> 32));
    wr(kStatus, kAcknowledge | kDriver | kFeaturesOk);
  }
  void setup_queue0(uint32_t size = 8) {
    wr(kQSel, 0);
    wr(kQNum, size);
    wr(kDescLo, static_cast<uint32_t>(FakeGuest::kDesc));
    wr(kDescHi, 0);
    wr(kDrvLo, static_cast<uint32_t>(FakeGuest::kAvail));
    wr(kDevLo, static_cast<uint32_t>(FakeGuest::kUsed));
    wr(kQReady, 1);
  }
};

TEST_F(TransportTest, Identification) {
  EXPECT_EQ(rd(0x0), 0x74726976u);
  EXPECT_EQ(rd(0x4), 2u);
  EXPECT_EQ(rd(0x8), 42u);
  EXPECT_EQ(rd(0xc), Transport::kVendorId);
  EXPECT_EQ(rd(0xb0), 0xffffffffu);  // no shared memory regions
  uint64_t v;
  EXPECT_FALSE(t.read(0x0, 2, v));  // registers are 32-bit only
  EXPECT_FALSE(t.write(kStatus, 1, 1));
}

TEST_F(TransportTest, OffersDeviceAndTransportFeatures) {
  wr(kDevFeatSel, 0);
  EXPECT_EQ(rd(kDevFeat), (1u << 3) | (1u << 28) | (1u << 29));
  wr(kDevFeatSel, 1);
  EXPECT_EQ(rd(kDevFeat), 1u);  // VERSION_1
  wr(kDevFeatSel, 2);
  EXPECT_EQ(rd(kDevFeat), 0u);
}

TEST_F(TransportTest, FeaturesOkNeedsVersion1) {
  negotiate(bit(3));  // a legacy driver
  EXPECT_EQ(rd(kStatus) & kFeaturesOk, 0u);
}

TEST_F(TransportTest, FeaturesOkRefusesUnofferedBits) {
  negotiate(bit(kFVersion1) | bit(7));
  EXPECT_EQ(rd(kStatus) & kFeaturesOk, 0u);
}

TEST_F(TransportTest, FeaturesOkAsksTheDevice) {
  dev->refuse = true;
  negotiate(bit(kFVersion1) | bit(3));
  EXPECT_EQ(dev->accepted, bit(kFVersion1) | bit(3));
  EXPECT_EQ(rd(kStatus) & kFeaturesOk, 0u);
}

TEST_F(TransportTest, NegotiationAndDriverOk) {
  negotiate(bit(kFVersion1) | bit(kFEventIdx));
  EXPECT_EQ(rd(kStatus), kAcknowledge | kDriver | kFeaturesOk);
  EXPECT_TRUE(t.has_feature(kFEventIdx));
  wr(kDrvFeat, 0);  // ignored after FEATURES_OK
  EXPECT_TRUE(t.has_feature(kFVersion1));
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  EXPECT_EQ(dev->starts, 1);
}

TEST_F(TransportTest, DriverOkWithoutFeaturesOkIsIgnored) {
  wr(kStatus, kAcknowledge | kDriver | kDriverOk);
  EXPECT_EQ(rd(kStatus), kAcknowledge | kDriver);
  EXPECT_EQ(dev->starts, 0);
}

TEST_F(TransportTest, QueueRegistersAndNotify) {
  negotiate();
  EXPECT_EQ(rd(kQMax), 16u);
  wr(kQSel, 1);
  EXPECT_EQ(rd(kQMax), 4u);
  wr(kQSel, 2);
  EXPECT_EQ(rd(kQMax), 0u);  // no such queue
  setup_queue0();
  EXPECT_EQ(rd(kQReady), 1u);
  EXPECT_EQ(rd(kDescLo), static_cast<uint32_t>(FakeGuest::kDesc));
  wr(kDescLo, 0x1234);  // ignored while ready
  EXPECT_EQ(t.queue(0).desc_addr(), FakeGuest::kDesc);
  wr(kNotify, 0);
  EXPECT_TRUE(dev->notified.empty());  // not before DRIVER_OK
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  wr(kNotify, 0);
  wr(kNotify, 1);  // queue 1 is not ready
  wr(kNotify, 7);  // no such queue
  EXPECT_EQ(dev->notified, std::vector<unsigned>{0});
  wr(kQReady, 0);
  EXPECT_EQ(rd(kQReady), 0u);
}

TEST_F(TransportTest, BadQueueLayoutNeedsReset) {
  negotiate();
  ::testing::internal::CaptureStderr();
  setup_queue0(6);  // not a power of two
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(err, "rvisor: test-device: queue 0: queue size 6 is not a power of two up to 16; device needs reset\n");
  EXPECT_EQ(rd(kQReady), 0u);
  EXPECT_TRUE(rd(kStatus) & kDeviceNeedsReset);
  EXPECT_EQ(rd(kIrqStatus), kConfigChange);
  EXPECT_TRUE(line);
  // Writing status keeps NEEDS_RESET; only a reset clears it.
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  EXPECT_TRUE(rd(kStatus) & kDeviceNeedsReset);
  wr(kStatus, 0);
  EXPECT_EQ(rd(kStatus), 0u);
  EXPECT_FALSE(line);
}

TEST_F(TransportTest, MalformedChainNeedsResetAndStopsPops) {
  negotiate();
  setup_queue0();
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  g.desc(0, 0x1000, 16);  // below RAM
  g.offer(0);
  Chain c;
  ::testing::internal::CaptureStderr();
  EXPECT_FALSE(t.pop(0, c));
  EXPECT_FALSE(t.pop(0, c));
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("test-device: queue 0: buffer [0x1000, +0x10) of descriptor 0 lies outside RAM"), std::string::npos);
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);  // one line
  EXPECT_TRUE(t.needs_reset());
  wr(kNotify, 0);
  EXPECT_TRUE(dev->notified.empty());  // a broken device ignores notifications
}

TEST_F(TransportTest, ResetClearsEverything) {
  negotiate(bit(kFVersion1) | bit(3));
  setup_queue0();
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  g.desc(0, FakeGuest::kData, 16);
  g.offer(0);
  Chain c;
  ASSERT_TRUE(t.pop(0, c));
  t.push(0, c.head, 0);
  t.interrupt_if_needed(0);
  EXPECT_EQ(rd(kIrqStatus), kUsedBuffer);
  wr(kStatus, 0);
  EXPECT_EQ(dev->resets, 1);
  EXPECT_EQ(rd(kStatus), 0u);
  EXPECT_EQ(rd(kIrqStatus), 0u);
  EXPECT_FALSE(line);
  EXPECT_EQ(rd(kQReady), 0u);
  EXPECT_EQ(rd(kDescLo), 0u);
  EXPECT_EQ(t.negotiated_features(), 0u);
}

TEST_F(TransportTest, InterruptAck) {
  negotiate();
  setup_queue0();
  wr(kStatus, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  g.desc(0, FakeGuest::kData, 16);
  g.offer(0);
  Chain c;
  ASSERT_TRUE(t.pop(0, c));
  t.push(0, c.head, 5);
  t.interrupt_if_needed(0);
  t.config_changed();
  EXPECT_EQ(rd(kIrqStatus), kUsedBuffer | kConfigChange);
  wr(kIrqAck, kUsedBuffer);
  EXPECT_TRUE(line);
  wr(kIrqAck, kConfigChange);
  EXPECT_FALSE(line);
  EXPECT_EQ(rd(kIrqStatus), 0u);
}

TEST_F(TransportTest, ConfigSpaceAndGeneration) {
  uint64_t v = 0;
  EXPECT_TRUE(t.read(0x100, 4, v));
  EXPECT_EQ(v, 0x04030201u);
  EXPECT_TRUE(t.read(0x106, 2, v));
  EXPECT_EQ(v, 0x0807u);
  EXPECT_TRUE(t.read(0x100, 8, v));
  EXPECT_EQ(v, 0x0807060504030201u);
  EXPECT_TRUE(t.read(0x1f0, 4, v));
  EXPECT_EQ(v, 0u);
  EXPECT_TRUE(t.write(0x101, 1, 0xaa));
  EXPECT_EQ(dev->config[1], 0xaa);
  uint32_t gen = rd(kGen);
  t.config_changed();
  EXPECT_EQ(rd(kGen), gen + 1);
  EXPECT_EQ(rd(kIrqStatus), kConfigChange);
}

}  // namespace
