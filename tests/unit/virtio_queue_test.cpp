// The split-virtqueue walker: layout checks at enable, each kind of malformed chain, indirect
// tables and EVENT_IDX notification suppression.
#include <gtest/gtest.h>

#include "virtio/queue.h"
#include "virtio_fixture.h"

using namespace rvisor::virtio;
using rvisor::virtio::testing::FakeGuest;

namespace {

class QueueTest : public ::testing::Test {
 protected:
  FakeGuest g;
  Queue q{16};
  void SetUp() override { layout(g.size); }
  void layout(uint16_t n, uint64_t desc = FakeGuest::kDesc, uint64_t avail = FakeGuest::kAvail,
              uint64_t used = FakeGuest::kUsed) {
    q.set_size(n);
    q.set_desc_addr(desc);
    q.set_avail_addr(avail);
    q.set_used_addr(used);
  }
  void enable(bool event_idx = false, bool indirect = false) {
    ASSERT_EQ(q.enable(g.mem, event_idx, indirect), "");
  }
  // Pop expecting a violation; return its message.
  std::string violation() {
    Chain c;
    std::string err;
    EXPECT_EQ(q.pop(c, err), Queue::Next::kError);
    EXPECT_FALSE(err.empty());
    EXPECT_TRUE(q.broken());
    return err;
  }
  Chain pop_ok() {
    Chain c;
    std::string err;
    EXPECT_EQ(q.pop(c, err), Queue::Next::kChain) << err;
    return c;
  }
};

TEST_F(QueueTest, LayoutChecksAtEnable) {
  layout(12);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // not a power of two
  layout(32);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // above max 16
  layout(0);
  EXPECT_NE(q.enable(g.mem, false, false), "");
  layout(8, FakeGuest::kDesc + 8);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // desc not 16-aligned
  layout(8, FakeGuest::kDesc, FakeGuest::kAvail + 1);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // avail not 2-aligned
  layout(8, FakeGuest::kDesc, FakeGuest::kAvail, FakeGuest::kUsed + 2);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // used not 4-aligned
  layout(8, 0x1000);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // below RAM
  layout(8, FakeGuest::kDesc, FakeGuest::kAvail, FakeGuest::kBase + FakeGuest::kRamSize - 8);
  EXPECT_NE(q.enable(g.mem, false, false), "");  // used ring runs past the end of RAM
  EXPECT_FALSE(q.ready());
  layout(8);
  EXPECT_EQ(q.enable(g.mem, false, false), "");
  EXPECT_TRUE(q.ready());
}

TEST_F(QueueTest, EmptyThenChainReadableThenWritable) {
  enable();
  Chain c;
  std::string err;
  EXPECT_EQ(q.pop(c, err), Queue::Next::kEmpty);
  g.desc(3, FakeGuest::kData, 16, kDescNext, 5);
  g.desc(5, FakeGuest::kData + 16, 100, kDescNext | kDescWrite, 1);
  g.desc(1, FakeGuest::kData + 200, 1, kDescWrite);
  g.offer(3);
  c = pop_ok();
  EXPECT_EQ(c.head, 3);
  ASSERT_EQ(c.readable.size(), 1u);
  ASSERT_EQ(c.writable.size(), 2u);
  EXPECT_EQ(c.readable_bytes, 16u);
  EXPECT_EQ(c.writable_bytes, 101u);
  EXPECT_EQ(c.writable[1].addr, FakeGuest::kData + 200);
  q.push(c.head, 42);
  EXPECT_EQ(g.used_idx(), 1);
  EXPECT_EQ(g.used_id(0), 3u);
  EXPECT_EQ(g.used_len(0), 42u);
  EXPECT_EQ(q.pop(c, err), Queue::Next::kEmpty);
}

TEST_F(QueueTest, AvailIdxTooFarAhead) {
  enable();
  g.put<uint16_t>(FakeGuest::kAvail + 2, 9);  // 9 > queue size 8
  EXPECT_NE(violation().find("ahead"), std::string::npos);
}

TEST_F(QueueTest, HeadOutOfRange) {
  enable();
  g.offer(8);
  EXPECT_NE(violation().find("names descriptor 8"), std::string::npos);
}

TEST_F(QueueTest, BufferOutsideRam) {
  enable();
  g.desc(0, FakeGuest::kBase + FakeGuest::kRamSize - 4, 8);
  g.offer(0);
  EXPECT_NE(violation().find("outside RAM"), std::string::npos);
}

TEST_F(QueueTest, BufferAddressOverflow) {
  enable();
  g.desc(0, ~0ull - 3, 16);  // addr + len wraps around
  g.offer(0);
  EXPECT_NE(violation().find("outside RAM"), std::string::npos);
}

TEST_F(QueueTest, LoopIsBoundedByQueueSize) {
  enable();
  g.desc(0, FakeGuest::kData, 4, kDescNext, 1);
  g.desc(1, FakeGuest::kData, 4, kDescNext, 0);
  g.offer(0);
  EXPECT_NE(violation().find("loop"), std::string::npos);
}

TEST_F(QueueTest, NextBeyondTable) {
  enable();
  g.desc(0, FakeGuest::kData, 4, kDescNext, 8);
  g.offer(0);
  EXPECT_NE(violation().find("beyond"), std::string::npos);
}

TEST_F(QueueTest, ReadableAfterWritable) {
  enable();
  g.desc(0, FakeGuest::kData, 4, kDescNext | kDescWrite, 1);
  g.desc(1, FakeGuest::kData, 4, 0);
  g.offer(0);
  EXPECT_NE(violation().find("readable after"), std::string::npos);
}

TEST_F(QueueTest, BrokenQueueStaysBrokenUntilReset) {
  enable();
  g.offer(9);
  violation();
  Chain c;
  std::string err;
  g.desc(0, FakeGuest::kData, 4);
  g.offer(0);
  EXPECT_EQ(q.pop(c, err), Queue::Next::kError);
  EXPECT_EQ(err, "");  // reported once
  q.reset();
  EXPECT_FALSE(q.ready());
  g = FakeGuest{};
  layout(8);
  enable();
  g.desc(0, FakeGuest::kData, 4);
  g.offer(0);
  EXPECT_EQ(pop_ok().head, 0);
}

TEST_F(QueueTest, IndirectTable) {
  enable(false, true);
  const uint64_t table = FakeGuest::kData + 0x1000;
  g.desc_at(table, 0, FakeGuest::kData, 16, kDescNext, 2);
  g.desc_at(table, 2, FakeGuest::kData + 16, 512, kDescNext | kDescWrite, 1);
  g.desc_at(table, 1, FakeGuest::kData + 600, 1, kDescWrite);
  g.desc(4, table, 3 * 16, kDescIndirect);
  g.offer(4);
  Chain c = pop_ok();
  EXPECT_EQ(c.head, 4);
  EXPECT_EQ(c.readable.size(), 1u);
  EXPECT_EQ(c.writable.size(), 2u);
  EXPECT_EQ(c.writable_bytes, 513u);
}

TEST_F(QueueTest, IndirectAfterDirectReadable) {
  enable(false, true);
  const uint64_t table = FakeGuest::kData + 0x1000;
  g.desc_at(table, 0, FakeGuest::kData + 16, 8, kDescWrite);
  g.desc(0, FakeGuest::kData, 16, kDescNext, 1);
  g.desc(1, table, 16, kDescIndirect);
  g.offer(0);
  Chain c = pop_ok();
  EXPECT_EQ(c.readable.size(), 1u);
  EXPECT_EQ(c.writable.size(), 1u);
}

TEST_F(QueueTest, IndirectNotNegotiated) {
  enable(false, false);
  g.desc(0, FakeGuest::kData, 16, kDescIndirect);
  g.offer(0);
  EXPECT_NE(violation().find("not negotiated"), std::string::npos);
}

TEST_F(QueueTest, IndirectNested) {
  enable(false, true);
  const uint64_t table = FakeGuest::kData + 0x1000;
  g.desc_at(table, 0, FakeGuest::kData, 16, kDescIndirect);
  g.desc(0, table, 16, kDescIndirect);
  g.offer(0);
  EXPECT_NE(violation().find("another indirect"), std::string::npos);
}

TEST_F(QueueTest, IndirectLengthNotMultipleOf16) {
  enable(false, true);
  g.desc(0, FakeGuest::kData, 24, kDescIndirect);
  g.offer(0);
  EXPECT_NE(violation().find("whole number"), std::string::npos);
}

TEST_F(QueueTest, IndirectWithNext) {
  enable(false, true);
  g.desc(0, FakeGuest::kData, 16, kDescIndirect | kDescNext, 1);
  g.offer(0);
  EXPECT_NE(violation().find("both indirect and chained"), std::string::npos);
}

TEST_F(QueueTest, IndirectTableOutsideRam) {
  enable(false, true);
  g.desc(0, FakeGuest::kBase + FakeGuest::kRamSize - 16, 32, kDescIndirect);
  g.offer(0);
  EXPECT_NE(violation().find("outside RAM"), std::string::npos);
}

TEST_F(QueueTest, IndirectLoopBoundedByTable) {
  enable(false, true);
  const uint64_t table = FakeGuest::kData + 0x1000;
  g.desc_at(table, 0, FakeGuest::kData, 4, kDescNext, 1);
  g.desc_at(table, 1, FakeGuest::kData, 4, kDescNext, 0);
  g.desc(0, table, 32, kDescIndirect);
  g.offer(0);
  EXPECT_NE(violation().find("loop"), std::string::npos);
}

TEST_F(QueueTest, NoInterruptFlagWithoutEventIdx) {
  enable();
  g.desc(0, FakeGuest::kData, 4);
  g.offer(0);
  q.push(pop_ok().head, 0);
  EXPECT_TRUE(q.need_interrupt());
  EXPECT_FALSE(q.need_interrupt());  // nothing new since
  g.put<uint16_t>(FakeGuest::kAvail, kAvailNoInterrupt);
  g.offer(0);
  q.push(pop_ok().head, 0);
  EXPECT_FALSE(q.need_interrupt());
}

TEST_F(QueueTest, EventIdxUsedEventAndAvailEvent) {
  enable(true, false);
  for (uint16_t i = 0; i < 4; ++i) g.desc(i, FakeGuest::kData, 4);
  g.set_used_event(1);  // interrupt once used idx passes 1, i.e. after the second completion
  g.offer(0);
  Chain c = pop_ok();
  EXPECT_EQ(g.avail_event(), 1);  // the device asks to be notified from entry 1 on
  q.push(c.head, 0);
  EXPECT_FALSE(q.need_interrupt());  // used idx 1: used_event 1 not yet crossed
  g.offer(1);
  q.push(pop_ok().head, 0);
  EXPECT_TRUE(q.need_interrupt());  // used idx 2 crossed used_event 1
  g.offer(2);
  q.push(pop_ok().head, 0);
  EXPECT_FALSE(q.need_interrupt());  // used_event still 1: already signalled past it
  Chain none;
  std::string err;
  EXPECT_EQ(q.pop(none, err), Queue::Next::kEmpty);
  EXPECT_EQ(g.avail_event(), 3);
}

}  // namespace

TEST(GuestMemory, BoundsAndOverflow) {
  std::vector<uint8_t> ram(4096);
  GuestMemory m(ram.data(), 0x80000000, ram.size());
  EXPECT_TRUE(m.contains(0x80000000, 4096));
  EXPECT_TRUE(m.contains(0x80001000, 0));
  EXPECT_FALSE(m.contains(0x80000001, 4096));
  EXPECT_FALSE(m.contains(0x7fffffff, 1));
  EXPECT_FALSE(m.contains(0x80000010, ~0ull));  // the length would wrap around
  EXPECT_FALSE(m.contains(~0ull, 2));
  EXPECT_EQ(m.span(0x80000ff0, 32), nullptr);
  uint8_t b[4];
  EXPECT_FALSE(m.read(0x80000ffe, b, 4));
  EXPECT_FALSE(m.write(0x80001000, b, 1));
  m.store_release16(0x80000002, 0xbeef);
  EXPECT_EQ(m.load_acquire16(0x80000002), 0xbeef);
  EXPECT_EQ(m.load_acquire16(0x80001000), 0);  // outside: no access
  m.store_release16(0x80000011, 0x0101);         // misaligned: dropped
  EXPECT_EQ(ram[0x11], 0);
  EXPECT_EQ(ram[0x12], 0);
}

// Every completed chain counts as a device write into guest RAM, so that the harts revalidate
// translated code at their next FENCE.I (the guest may execute what a device wrote).
TEST_F(QueueTest, PushCountsADeviceWrite) {
  std::atomic<uint64_t> writes{0};
  const GuestMemory counted(g.ram.data(), FakeGuest::kBase, FakeGuest::kRamSize, &writes);
  layout(8);
  ASSERT_EQ(q.enable(counted, false, false), "");
  g.desc(0, FakeGuest::kData, 64, kDescWrite);
  g.offer(0);
  Chain c = pop_ok();
  EXPECT_EQ(writes.load(), 0u);  // popping is reading
  q.push(c.head, 64);
  EXPECT_EQ(writes.load(), 1u);
}
