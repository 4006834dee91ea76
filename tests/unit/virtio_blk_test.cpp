// virtio-blk: request parsing and status codes against an in-memory disk, the device on a
// transport (inline and on its I/O thread), config space and features.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "virtio/blk.h"
#include "virtio/transport.h"
#include "virtio_fixture.h"

using namespace rvisor::virtio;
using rvisor::virtio::testing::FakeGuest;

namespace {

class MemoryDisk : public rvisor::host::BlockBackend {
 public:
  explicit MemoryDisk(size_t bytes, bool ro = false) : data(bytes), ro(ro) {
    for (size_t i = 0; i < bytes; ++i) data[i] = static_cast<uint8_t>(i * 7 + i / 512);
  }
  uint64_t size() const override { return data.size(); }
  bool read_only() const override { return ro; }
  int read(uint64_t off, void* buf, size_t len) override {
    std::memcpy(buf, data.data() + off, len);
    return 0;
  }
  int write(uint64_t off, const void* buf, size_t len) override {
    std::memcpy(data.data() + off, buf, len);
    return 0;
  }
  int flush() override {
    ++flushes;
    return 0;
  }
  int discard(uint64_t off, uint64_t len) override {
    discarded.push_back({off, len});
    std::memset(data.data() + off, 0, len);
    return 0;
  }
  int write_zeroes(uint64_t off, uint64_t len) override { return discard(off, len); }
  std::vector<uint8_t> data;
  bool ro;
  int flushes = 0;
  std::vector<std::pair<uint64_t, uint64_t>> discarded;
};

constexpr uint64_t kHdr = FakeGuest::kData, kBuf = FakeGuest::kData + 0x100, kStatusAddr = FakeGuest::kData + 0x80;

class BlkRequestTest : public ::testing::Test {
 protected:
  FakeGuest g;
  MemoryDisk disk{64 * 512};
  Chain chain;

  // Build a chain: header, data buffers (device-writable for reads), status byte.
  void request(uint32_t type, uint64_t sector, std::vector<uint32_t> data_lens, bool data_writable) {
    g.put<uint32_t>(kHdr, type);
    g.put<uint32_t>(kHdr + 4, 0);
    g.put<uint64_t>(kHdr + 8, sector);
    g.put<uint8_t>(kStatusAddr, 0xee);
    chain = Chain{};
    chain.readable.push_back({kHdr, 16});
    chain.readable_bytes = 16;
    uint64_t addr = kBuf;
    for (uint32_t len : data_lens) {
      auto& v = data_writable ? chain.writable : chain.readable;
      v.push_back({addr, len});
      (data_writable ? chain.writable_bytes : chain.readable_bytes) += len;
      addr += len + 64;
    }
    chain.writable.push_back({kStatusAddr, 1});
    chain.writable_bytes += 1;
  }
  BlkOutcome serve(std::string_view serial = "") { return serve_blk_request(g.mem, chain, disk, serial); }
  uint8_t status() const { return g.get<uint8_t>(kStatusAddr); }
};

TEST_F(BlkRequestTest, ReadAcrossTwoBuffers) {
  request(kBlkIn, 3, {512, 1024}, true);
  BlkOutcome r = serve();
  EXPECT_FALSE(r.malformed);
  EXPECT_EQ(r.status, kBlkOk);
  EXPECT_EQ(status(), kBlkOk);
  EXPECT_EQ(r.written, 1536u + 1);
  EXPECT_EQ(std::memcmp(g.host(kBuf), disk.data.data() + 3 * 512, 512), 0);
  EXPECT_EQ(std::memcmp(g.host(kBuf + 512 + 64), disk.data.data() + 4 * 512, 1024), 0);
}

TEST_F(BlkRequestTest, Write) {
  request(kBlkOut, 10, {1024}, false);
  for (int i = 0; i < 1024; ++i) g.put<uint8_t>(kBuf + i, static_cast<uint8_t>(0xa0 ^ i));
  BlkOutcome r = serve();
  EXPECT_EQ(r.status, kBlkOk);
  EXPECT_EQ(r.written, 1u);
  EXPECT_EQ(std::memcmp(g.host(kBuf), disk.data.data() + 10 * 512, 1024), 0);
}

TEST_F(BlkRequestTest, WriteToReadOnlyDiskIsIoErr) {
  MemoryDisk ro(64 * 512, true);
  std::vector<uint8_t> before = ro.data;
  request(kBlkOut, 0, {512}, false);
  EXPECT_EQ(serve_blk_request(g.mem, chain, ro, "").status, kBlkIoErr);
  EXPECT_EQ(status(), kBlkIoErr);
  EXPECT_EQ(ro.data, before);
}

TEST_F(BlkRequestTest, OutOfRangeAndPartialSectorsAreIoErr) {
  request(kBlkIn, 63, {1024}, true);  // runs one sector past the end
  EXPECT_EQ(serve().status, kBlkIoErr);
  request(kBlkIn, ~0ull, {512}, true);  // sector * 512 would overflow
  EXPECT_EQ(serve().status, kBlkIoErr);
  request(kBlkOut, 0, {100}, false);
  EXPECT_EQ(serve().status, kBlkIoErr);
  request(kBlkIn, 63, {512}, true);  // the last sector is fine
  EXPECT_EQ(serve().status, kBlkOk);
}

TEST_F(BlkRequestTest, FlushAndUnknownType) {
  request(kBlkFlush, 0, {}, true);
  EXPECT_EQ(serve().status, kBlkOk);
  EXPECT_EQ(disk.flushes, 1);
  request(99, 0, {}, true);
  EXPECT_EQ(serve().status, kBlkUnsupp);
  EXPECT_EQ(status(), kBlkUnsupp);
}

TEST_F(BlkRequestTest, GetIdReturnsSerial) {
  request(kBlkGetId, 0, {20}, true);
  BlkOutcome r = serve("SN-0042");
  EXPECT_EQ(r.status, kBlkOk);
  EXPECT_EQ(r.written, 21u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(g.host(kBuf))), "SN-0042");
  EXPECT_EQ(g.get<uint8_t>(kBuf + 19), 0);
}

TEST_F(BlkRequestTest, DiscardAndWriteZeroes) {
  request(kBlkDiscard, 0, {32}, false);
  g.put<uint64_t>(kBuf, 4);
  g.put<uint32_t>(kBuf + 8, 2);
  g.put<uint32_t>(kBuf + 12, 0);
  g.put<uint64_t>(kBuf + 16, 20);
  g.put<uint32_t>(kBuf + 24, 1);
  g.put<uint32_t>(kBuf + 28, 0);
  EXPECT_EQ(serve().status, kBlkOk);
  ASSERT_EQ(disk.discarded.size(), 2u);
  EXPECT_EQ(disk.discarded[0], std::make_pair(uint64_t{4 * 512}, uint64_t{1024}));
  EXPECT_EQ(disk.discarded[1], std::make_pair(uint64_t{20 * 512}, uint64_t{512}));
  // The unmap flag is for WRITE_ZEROES only.
  request(kBlkDiscard, 0, {16}, false);
  g.put<uint32_t>(kBuf + 12, 1);
  EXPECT_EQ(serve().status, kBlkUnsupp);
  request(kBlkWriteZeroes, 0, {16}, false);
  g.put<uint64_t>(kBuf, 1);
  g.put<uint32_t>(kBuf + 8, 1);
  g.put<uint32_t>(kBuf + 12, 1);
  EXPECT_EQ(serve().status, kBlkOk);
  request(kBlkWriteZeroes, 0, {16}, false);
  g.put<uint64_t>(kBuf, 60);
  g.put<uint32_t>(kBuf + 8, 8);  // past the end
  g.put<uint32_t>(kBuf + 12, 0);
  EXPECT_EQ(serve().status, kBlkIoErr);
  request(kBlkDiscard, 0, {20}, false);  // not whole segments
  EXPECT_EQ(serve().status, kBlkUnsupp);
}

TEST_F(BlkRequestTest, MalformedChains) {
  request(kBlkIn, 0, {}, true);
  chain.readable[0].len = 8;
  chain.readable_bytes = 8;
  BlkOutcome r = serve();
  EXPECT_TRUE(r.malformed);
  EXPECT_NE(r.why.find("header"), std::string::npos);
  request(kBlkIn, 0, {}, true);
  chain.writable.clear();
  chain.writable_bytes = 0;
  r = serve();
  EXPECT_TRUE(r.malformed);
  EXPECT_NE(r.why.find("status"), std::string::npos);
}

// The device behind a transport, as a driver sees it.
class BlkDeviceTest : public ::testing::Test {
 protected:
  FakeGuest g;
  std::atomic<bool> line{false};
  std::unique_ptr<Transport> t;
  MemoryDisk* disk = nullptr;

  void make(BlockDevice::Threading threading, bool ro = false) {
    auto d = std::make_unique<MemoryDisk>(128 * 512, ro);
    disk = d.get();
    t = std::make_unique<Transport>(std::make_unique<BlockDevice>("virtio-blk test", std::move(d), "S1", threading),
                                    g.mem, [this](bool l) { line = l; });
    auto wr = [&](uint64_t off, uint32_t v) { ASSERT_TRUE(t->write(off, 4, v)); };
    wr(0x70, kAcknowledge | kDriver);
    wr(0x24, 1);
    wr(0x20, 1);  // VERSION_1
    wr(0x70, kAcknowledge | kDriver | kFeaturesOk);
    wr(0x38, g.size);
    wr(0x80, static_cast<uint32_t>(FakeGuest::kDesc));
    wr(0x90, static_cast<uint32_t>(FakeGuest::kAvail));
    wr(0xa0, static_cast<uint32_t>(FakeGuest::kUsed));
    wr(0x44, 1);
    wr(0x70, kAcknowledge | kDriver | kFeaturesOk | kDriverOk);
  }
  void read_request(uint16_t head, uint64_t sector) {
    g.put<uint32_t>(kHdr, kBlkIn);
    g.put<uint64_t>(kHdr + 8, sector);
    g.desc(head, kHdr, 16, kDescNext, head + 1);
    g.desc(head + 1, kBuf, 512, kDescNext | kDescWrite, head + 2);
    g.desc(head + 2, kStatusAddr, 1, kDescWrite);
    g.offer(head);
    ASSERT_TRUE(t->write(0x50, 4, 0));
  }
  uint64_t cfg(uint64_t off, unsigned size) {
    uint64_t v = 0;
    EXPECT_TRUE(t->read(0x100 + off, size, v));
    return v;
  }
};

TEST_F(BlkDeviceTest, ConfigAndFeatures) {
  make(BlockDevice::Threading::kInline);
  EXPECT_EQ(cfg(0, 8), 128u);  // capacity in sectors
  EXPECT_EQ(cfg(12, 4), BlkLimits::kSegMax);
  EXPECT_EQ(cfg(20, 4), 512u);
  uint64_t f = 0;
  t->write(0x14, 4, 0);
  t->read(0x10, 4, f);
  EXPECT_TRUE(f & bit(kBlkFFlush));
  EXPECT_TRUE(f & bit(kBlkFDiscard));
  EXPECT_FALSE(f & bit(kBlkFRo));
  make(BlockDevice::Threading::kInline, true);
  t->read(0x10, 4, f);
  EXPECT_TRUE(f & bit(kBlkFRo));
  EXPECT_FALSE(f & bit(kBlkFDiscard));
}

TEST_F(BlkDeviceTest, InlineReadCompletesWithInterrupt) {
  make(BlockDevice::Threading::kInline);
  read_request(0, 5);
  EXPECT_EQ(g.used_idx(), 1);
  EXPECT_EQ(g.used_len(0), 513u);
  EXPECT_EQ(g.get<uint8_t>(kStatusAddr), kBlkOk);
  EXPECT_EQ(std::memcmp(g.host(kBuf), disk->data.data() + 5 * 512, 512), 0);
  EXPECT_TRUE(line);
}

TEST_F(BlkDeviceTest, IoThreadCompletesRequests) {
  make(BlockDevice::Threading::kIoThread);
  read_request(0, 7);
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (g.used_idx() != 1 && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ASSERT_EQ(g.used_idx(), 1);
  EXPECT_EQ(std::memcmp(g.host(kBuf), disk->data.data() + 7 * 512, 512), 0);
  until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!line && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_TRUE(line);
  ASSERT_TRUE(t->write(0x70, 4, 0));  // reset stops the thread's use of the queue
  uint64_t s = 1;
  t->read(0x70, 4, s);
  EXPECT_EQ(s, 0u);
}

TEST_F(BlkDeviceTest, RequestWithoutStatusByteNeedsReset) {
  make(BlockDevice::Threading::kInline);
  g.put<uint32_t>(kHdr, kBlkIn);
  g.desc(0, kHdr, 16);
  g.offer(0);
  ::testing::internal::CaptureStderr();
  t->write(0x50, 4, 0);
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(err, "rvisor: virtio-blk test: request 0 has no status byte; device needs reset\n");
  EXPECT_TRUE(t->needs_reset());
  EXPECT_EQ(g.used_idx(), 0);
}

TEST_F(BlkDeviceTest, WritableHeaderIsAQueueViolation) {
  make(BlockDevice::Threading::kInline);
  g.desc(0, kHdr, 16, kDescWrite | kDescNext, 1);
  g.desc(1, kBuf, 512, 0);  // readable after writable
  g.offer(0);
  ::testing::internal::CaptureStderr();
  t->write(0x50, 4, 0);
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("readable after"), std::string::npos);
  EXPECT_TRUE(t->needs_reset());
}

}  // namespace
