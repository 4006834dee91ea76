// Balloon bookkeeping: inflate/deflate accounting with bounds checks, stats parsing, and
// giving pages back to the host (they read as zero afterwards).
#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstring>

#include "host/guest_ram.h"
#include "virtio/balloon_state.h"

using rvisor::virtio::BalloonState;

namespace {

constexpr uint64_t kBase = 0x80000000, kSize = 1 << 20;
constexpr uint32_t kPages = kSize >> 12;

struct Ram {
  Ram() {
    p = static_cast<uint8_t*>(mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    std::memset(p, 0xab, kSize);
  }
  ~Ram() { munmap(p, kSize); }
  uint8_t* p;
};

TEST(BalloonStateTest, InflateCountsAndReleasesPages) {
  Ram ram;
  BalloonState b(ram.p, kBase, kSize);
  uint32_t first = kBase >> 12;
  std::vector<uint32_t> pfns = {first + 3, first + 4, first + 4};
  ASSERT_TRUE(b.inflate(pfns));
  EXPECT_EQ(b.pages(), 2u);
  EXPECT_EQ(ram.p[3 * 4096], 0);  // released: reads as zero
  EXPECT_EQ(ram.p[2 * 4096], 0xab);
  std::vector<uint32_t> back = {first + 3, first + 9};  // first+9 was never inflated
  ASSERT_TRUE(b.deflate(back));
  EXPECT_EQ(b.pages(), 1u);
}

TEST(BalloonStateTest, FramesOutsideRamAreRejectedWholesale) {
  Ram ram;
  BalloonState b(ram.p, kBase, kSize);
  uint32_t first = kBase >> 12;
  std::vector<uint32_t> pfns = {first + 1, first + kPages, 0};
  EXPECT_FALSE(b.inflate(pfns));
  EXPECT_EQ(b.pages(), 0u);
  EXPECT_EQ(ram.p[4096], 0xab);  // nothing released
  EXPECT_FALSE(b.deflate(pfns));
}

TEST(BalloonStateTest, FreePageReportingIsBoundsChecked) {
  Ram ram;
  BalloonState b(ram.p, kBase, kSize);
  EXPECT_TRUE(b.report_free(kBase + 8 * 4096, 4 * 4096));
  EXPECT_EQ(ram.p[8 * 4096], 0);
  EXPECT_EQ(b.reported_bytes(), 4u * 4096);
  EXPECT_FALSE(b.report_free(kBase + kSize - 4096, 2 * 4096));  // runs past the end
  EXPECT_FALSE(b.report_free(kBase - 4096, 4096));               // below RAM
  EXPECT_FALSE(b.report_free(kBase + 100, 4096));                // not aligned
  EXPECT_FALSE(b.report_free(kBase, 0));
  EXPECT_EQ(b.reported_bytes(), 4u * 4096);
}

TEST(BalloonStateTest, DiscardRejectsRangesThatOverflow) {
  Ram ram;
  EXPECT_FALSE(rvisor::host::discard_guest_pages(ram.p, kSize, 4096, ~uint64_t{0} - 4095));
  EXPECT_FALSE(rvisor::host::discard_guest_pages(ram.p, kSize, kSize, 4096));
  EXPECT_TRUE(rvisor::host::discard_guest_pages(ram.p, kSize, kSize - 4096, 4096));
}

TEST(BalloonStatsTest, ParsesTagValuePairs) {
  std::vector<uint8_t> buf = {4, 0, 0, 0, 0x10, 0, 0, 0, 0, 0,  // free memory = 1 MiB
                              5, 0, 0, 0, 0, 0x40, 0, 0, 0, 0,   // total = 1 GiB
                              99, 0, 1, 0, 0, 0, 0, 0, 0, 0};    // unknown tag kept
  auto s = rvisor::virtio::parse_balloon_stats(buf);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->at(rvisor::virtio::kStatFreeMemory), 1u << 20);
  EXPECT_EQ(s->at(rvisor::virtio::kStatTotalMemory), 1u << 30);
  EXPECT_EQ(s->at(99), 1u);
  buf.pop_back();
  EXPECT_FALSE(rvisor::virtio::parse_balloon_stats(buf));
  EXPECT_TRUE(rvisor::virtio::parse_balloon_stats({})->empty());
}

}  // namespace
