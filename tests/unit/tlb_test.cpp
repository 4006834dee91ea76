// The software TLB keeps translations per address space (satp) and per privilege context,
// so switching between them loses nothing; SFENCE.VMA-style flushes reach every space.
#include <gtest/gtest.h>

#include "cpu/tlb.h"

using rvisor::cpu::Access;
using rvisor::cpu::Tlb;

namespace {
constexpr uint64_t kSatpA = (8ull << 60) | (1ull << 44) | 0x80100, kSatpB = (8ull << 60) | (2ull << 44) | 0x80200;
constexpr uint64_t kVa = 0x4000'1234;
uint8_t ram[3 * 4096];
}  // namespace

TEST(Tlb, AddressSpacesKeepTheirOwnEntries) {
  Tlb t;
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  t.insert(Access::Load, kVa, ram + 0x234);
  ASSERT_EQ(t.lookup(Access::Load, kVa), ram + 0x234);
  t.select(kSatpB, Tlb::Ctx::U, Tlb::Ctx::U);  // context switch: another process
  EXPECT_EQ(t.lookup(Access::Load, kVa), nullptr);
  t.insert(Access::Load, kVa, ram + 4096 + 0x234);
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);  // and back: A's translation survived
  EXPECT_EQ(t.lookup(Access::Load, kVa), ram + 0x234);
  t.select(kSatpB, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Load, kVa), ram + 4096 + 0x234);
}

TEST(Tlb, PrivilegeContextsAreSeparate) {
  Tlb t;
  t.select(kSatpA, Tlb::Ctx::S, Tlb::Ctx::S);
  t.insert(Access::Store, kVa, ram + 0x234);
  t.select(kSatpA, Tlb::Ctx::S, Tlb::Ctx::SSum);  // SUM set: user pages reachable, other entries
  EXPECT_EQ(t.lookup(Access::Store, kVa), nullptr);
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Store, kVa), nullptr);
  t.select(kSatpA, Tlb::Ctx::S, Tlb::Ctx::S);  // after a trip to U and back: still there
  EXPECT_EQ(t.lookup(Access::Store, kVa), ram + 0x234);
  EXPECT_EQ(t.lookup(Access::Load, kVa), nullptr);  // access types have their own sets
}

TEST(Tlb, MachineModeIsSharedByEverySpace) {
  Tlb t;
  t.select(kSatpA, Tlb::Ctx::M, Tlb::Ctx::M);
  t.insert(Access::Fetch, kVa, ram + 0x234);
  t.select(kSatpB, Tlb::Ctx::M, Tlb::Ctx::M);
  EXPECT_EQ(t.lookup(Access::Fetch, kVa), ram + 0x234);
}

TEST(Tlb, FlushesReachEverySpace) {
  Tlb t;
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  t.insert(Access::Load, kVa, ram + 0x234);
  t.insert(Access::Load, kVa + 4096, ram + 4096 + 0x234);
  t.insert(Access::Store, kVa, ram + 0x234);
  t.select(kSatpB, Tlb::Ctx::U, Tlb::Ctx::U);
  t.flush_page(kVa);  // SFENCE.VMA va, issued in B
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Load, kVa), nullptr);
  EXPECT_EQ(t.lookup(Access::Store, kVa), nullptr);
  EXPECT_EQ(t.lookup(Access::Load, kVa + 4096), ram + 4096 + 0x234);  // another page stays
  t.insert(Access::Fetch, kVa, ram);
  t.flush();
  EXPECT_EQ(t.lookup(Access::Fetch, kVa), nullptr);
}

// A page that becomes a code page: every entry that leads to it goes, under any virtual
// address and in any space, and nothing else does.
TEST(Tlb, DropHostPageReachesEveryAlias) {
  Tlb t;
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  t.insert(Access::Store, kVa, ram + 0x234);
  t.insert(Access::Store, kVa + 4096, ram + 4096 + 0x234);
  t.insert(Access::Load, kVa, ram + 0x234);
  t.select(kSatpB, Tlb::Ctx::S, Tlb::Ctx::S);
  t.insert(Access::Store, kVa + 8 * 4096, ram + 0x234);  // the same host page, another va
  EXPECT_TRUE(t.drop_host_page(Access::Store, ram));
  EXPECT_EQ(t.lookup(Access::Store, kVa + 8 * 4096), nullptr);
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Store, kVa), nullptr);
  EXPECT_EQ(t.lookup(Access::Store, kVa + 4096), ram + 4096 + 0x234);  // another host page stays
  EXPECT_EQ(t.lookup(Access::Load, kVa), ram + 0x234);                 // and so do other access types
  EXPECT_FALSE(t.drop_host_page(Access::Store, ram));
}

TEST(Tlb, LeastRecentlyUsedSpaceIsReplaced) {
  Tlb t;
  for (uint64_t n = 0; n < Tlb::kSpaces; ++n) {
    t.select(kSatpA + n, Tlb::Ctx::U, Tlb::Ctx::U);
    t.insert(Access::Load, kVa, ram + n);
  }
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);  // touch the oldest: now the second is oldest
  t.select(kSatpA + 100, Tlb::Ctx::U, Tlb::Ctx::U);  // one more space replaces kSatpA + 1
  EXPECT_EQ(t.lookup(Access::Load, kVa), nullptr);  // a fresh space starts empty
  t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Load, kVa), ram + 0);
  t.select(kSatpA + 2, Tlb::Ctx::U, Tlb::Ctx::U);
  EXPECT_EQ(t.lookup(Access::Load, kVa), ram + 2);
  t.select(kSatpA + 1, Tlb::Ctx::U, Tlb::Ctx::U);  // it was replaced: back empty
  EXPECT_EQ(t.lookup(Access::Load, kVa), nullptr);
}

// A flush clears only the slots filled since the last one, unless there were too many to
// remember: then the whole set. Either way nothing filled before the flush survives it, and
// a second round of inserts after it is flushed as well.
TEST(Tlb, FlushForgetsEveryFilledSlotFewOrMany) {
  for (unsigned pages : {3u, 500u, 1024u}) {
    Tlb t;
    t.select(kSatpA, Tlb::Ctx::S, Tlb::Ctx::S);
    for (int round = 0; round < 2; ++round) {
      for (unsigned i = 0; i < pages; ++i) t.insert(Access::Load, kVa + i * 4096ull, ram);
      ASSERT_EQ(t.lookup(Access::Load, kVa + (pages - 1) * 4096ull), ram);
      t.flush();
      for (unsigned i = 0; i < pages; ++i)
        ASSERT_EQ(t.lookup(Access::Load, kVa + i * 4096ull), nullptr) << pages << " pages, page " << i;
    }
  }
}

// A new address space taking over the least recently used one's sets starts empty, however
// many slots the old one filled.
TEST(Tlb, AReplacedSpaceStartsEmpty) {
  for (unsigned pages : {5u, 300u}) {
    Tlb t;
    t.select(kSatpA, Tlb::Ctx::U, Tlb::Ctx::U);
    for (unsigned i = 0; i < pages; ++i) t.insert(Access::Store, kVa + i * 4096ull, ram);
    for (uint64_t s = 1; s <= Tlb::kSpaces; ++s) t.select(kSatpA + (s << 44), Tlb::Ctx::U, Tlb::Ctx::U);  // A is evicted
    for (unsigned i = 0; i < pages; ++i)
      ASSERT_EQ(t.lookup(Access::Store, kVa + i * 4096ull), nullptr) << pages << " pages, page " << i;
  }
}
