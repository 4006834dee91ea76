// SiFive test finisher (syscon poweroff/reboot): command decoding and access checks.
#include <gtest/gtest.h>

#include <vector>

#include "board/syscon.h"

using rvisor::board::PowerRequest;
using rvisor::board::Syscon;

class SysconTest : public ::testing::Test {
 protected:
  std::vector<PowerRequest> reqs;
  Syscon syscon{[this](PowerRequest r) { reqs.push_back(r); }};
};

TEST_F(SysconTest, Poweroff) {
  EXPECT_TRUE(syscon.write(0, 4, 0x5555));
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].kind, PowerRequest::Poweroff);
  EXPECT_EQ(reqs[0].code, 0u);
}

TEST_F(SysconTest, Reboot) {
  EXPECT_TRUE(syscon.write(0, 4, 0x7777));
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].kind, PowerRequest::Reboot);
}

TEST_F(SysconTest, FailCarriesCode) {
  EXPECT_TRUE(syscon.write(0, 4, (42u << 16) | 0x3333));
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].kind, PowerRequest::Fail);
  EXPECT_EQ(reqs[0].code, 42u);
  EXPECT_TRUE(syscon.write(0, 4, 0xffff3333));
  ASSERT_EQ(reqs.size(), 2u);
  EXPECT_EQ(reqs[1].code, 0xffffu);
}

TEST_F(SysconTest, HalfwordCommand) {
  EXPECT_TRUE(syscon.write(0, 2, 0x5555));
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].kind, PowerRequest::Poweroff);
}

TEST_F(SysconTest, OtherValuesIgnored) {
  for (uint64_t v : {0ull, 0x1234ull, 0x5554ull, 0x3334ull, 0x7777ull << 16})
    EXPECT_TRUE(syscon.write(0, 4, v));
  EXPECT_TRUE(syscon.write(2, 2, 0x5555));  // the high half alone is not a command
  EXPECT_TRUE(syscon.write(0, 1, 0x55));
  EXPECT_TRUE(reqs.empty());
}

TEST_F(SysconTest, ReadsZeroAndHoles) {
  uint64_t v = 0xdead;
  EXPECT_TRUE(syscon.read(0, 4, v));
  EXPECT_EQ(v, 0u);
  EXPECT_FALSE(syscon.read(4, 4, v));
  EXPECT_FALSE(syscon.read(0, 8, v));
  EXPECT_FALSE(syscon.write(0, 8, 0x5555));
  EXPECT_FALSE(syscon.write(0xffc, 4, 0x5555));
  EXPECT_FALSE(syscon.write(~0ull, 1, 0));
  EXPECT_TRUE(reqs.empty());
}
