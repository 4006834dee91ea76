// Goldfish RTC: time read/latch, setting the time, alarm arming/firing, IRQ enable and clear.
#include <gtest/gtest.h>

#include <vector>

#include "board/goldfish_rtc.h"

using rvisor::board::GoldfishRtc;

namespace {
enum : uint64_t {
  TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c,
  IRQ_ENABLED = 0x10, CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c,
};
}

class RtcTest : public ::testing::Test {
 protected:
  uint64_t now = 0x0000000512345678ull;
  bool level = false;
  std::vector<bool> edges;
  GoldfishRtc rtc{[this](bool l) { level = l; edges.push_back(l); }, [this] { return now; }};

  uint64_t rd(uint64_t off) {
    uint64_t v = 0xdead;
    EXPECT_TRUE(rtc.read(off, 4, v));
    return v;
  }
  void wr(uint64_t off, uint64_t v) { EXPECT_TRUE(rtc.write(off, 4, v)); }
  void arm(uint64_t t) {
    wr(ALARM_HIGH, t >> 32);
    wr(ALARM_LOW, t & 0xffffffff);
  }
};

TEST_F(RtcTest, ReadingTimeLowLatchesHigh) {
  EXPECT_EQ(rd(TIME_LOW), 0x12345678u);
  now = 0x0000000712345678ull;      // the high half moves on ...
  EXPECT_EQ(rd(TIME_HIGH), 5u);     // ... but the latch holds the value read with TIME_LOW
  EXPECT_EQ(rd(TIME_HIGH), 5u);
  EXPECT_EQ(rd(TIME_LOW), 0x12345678u);
  EXPECT_EQ(rd(TIME_HIGH), 7u);
}

TEST_F(RtcTest, HostClockIsPlausible) {
  GoldfishRtc host{nullptr};
  uint64_t lo = 0, hi = 0;
  ASSERT_TRUE(host.read(TIME_LOW, 4, lo));
  ASSERT_TRUE(host.read(TIME_HIGH, 4, hi));
  uint64_t t = (hi << 32) | lo;
  EXPECT_GT(t, 1600000000ull * 1000000000ull);  // after Sept 2020
  EXPECT_LT(t, 4000000000ull * 1000000000ull);
}

TEST_F(RtcTest, SettingTimeKeepsOffsetFromHost) {
  wr(TIME_HIGH, 0x10);
  wr(TIME_LOW, 0x1000);
  EXPECT_EQ(rd(TIME_LOW), 0x1000u);
  EXPECT_EQ(rd(TIME_HIGH), 0x10u);
  now += 500;
  EXPECT_EQ(rd(TIME_LOW), 0x1000u + 500);
  EXPECT_EQ(rd(TIME_HIGH), 0x10u);
}

TEST_F(RtcTest, AlarmFiresOnPollWhenEnabled) {
  wr(IRQ_ENABLED, 1);
  EXPECT_EQ(rd(IRQ_ENABLED), 1u);
  arm(now + 1000);
  EXPECT_EQ(rd(ALARM_STATUS), 1u);
  EXPECT_EQ(rd(ALARM_LOW), (now + 1000) & 0xffffffff);
  EXPECT_EQ(rd(ALARM_HIGH), 5u);
  now += 999;
  rtc.poll();
  EXPECT_FALSE(level);
  now += 1;
  rtc.poll();
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(ALARM_STATUS), 0u);  // a fired alarm is disarmed
  rtc.poll();
  EXPECT_TRUE(level);  // stays up until cleared
  wr(CLEAR_INTERRUPT, 1);
  EXPECT_FALSE(level);
  now += 100000;
  rtc.poll();
  EXPECT_FALSE(level);  // one-shot
  EXPECT_EQ(edges, (std::vector<bool>{true, false}));
}

TEST_F(RtcTest, AlarmInThePastFiresAtOnce) {
  wr(IRQ_ENABLED, 1);
  arm(now - 1);
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(ALARM_STATUS), 0u);
}

TEST_F(RtcTest, DisabledIrqLatchesUntilEnabled) {
  arm(now + 10);
  now += 10;
  rtc.poll();
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(ALARM_STATUS), 0u);
  wr(IRQ_ENABLED, 1);
  EXPECT_TRUE(level);
  wr(IRQ_ENABLED, 0);
  EXPECT_FALSE(level);
}

TEST_F(RtcTest, ClearAlarmDisarms) {
  wr(IRQ_ENABLED, 1);
  arm(now + 10);
  wr(CLEAR_ALARM, 1);
  EXPECT_EQ(rd(ALARM_STATUS), 0u);
  now += 20;
  rtc.poll();
  EXPECT_FALSE(level);
  EXPECT_TRUE(edges.empty());
}

TEST_F(RtcTest, AlarmUsesGuestTime) {
  wr(TIME_HIGH, 0);
  wr(TIME_LOW, 1000);  // guest time is now 1000 (far behind the host)
  wr(IRQ_ENABLED, 1);
  arm(1500);
  EXPECT_FALSE(level);
  now += 499;
  rtc.poll();
  EXPECT_FALSE(level);
  now += 1;
  rtc.poll();
  EXPECT_TRUE(level);
}

TEST_F(RtcTest, HolesAndBadSizes) {
  uint64_t v = 0;
  EXPECT_FALSE(rtc.read(0x20, 4, v));
  EXPECT_FALSE(rtc.read(0x2, 4, v));
  EXPECT_FALSE(rtc.read(0x0, 8, v));
  EXPECT_FALSE(rtc.read(0x0, 1, v));
  EXPECT_FALSE(rtc.write(0xffc, 4, 0));
  EXPECT_FALSE(rtc.write(~0ull, 1, 0));
  EXPECT_EQ(rd(CLEAR_ALARM), 0u);
  EXPECT_EQ(rd(CLEAR_INTERRUPT), 0u);
  wr(ALARM_STATUS, 1);  // read-only
  EXPECT_EQ(rd(ALARM_STATUS), 0u);
}
