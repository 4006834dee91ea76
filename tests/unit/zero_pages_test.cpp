// The zero-page reclaimer gives back exactly the pages that hold only zeros, keeps every byte
// the guest wrote, and does nothing while a writer holds the RAM gate.
#include "host/zero_pages.h"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <chrono>
#include <thread>

using rvisor::host::RamGate;
using rvisor::host::ZeroPageReclaimer;

namespace {

constexpr size_t kPages = 64;

class ZeroPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    void* p = mmap(nullptr, kPages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(p, MAP_FAILED);
    ram = static_cast<uint8_t*>(p);
  }
  void TearDown() override { munmap(ram, kPages * page); }
  bool resident(size_t i) {
    unsigned char v = 0;
    EXPECT_EQ(mincore(ram + i * page, page, &v), 0);
    return v & 1;
  }
  void touch_zero(size_t i) { std::memset(ram + i * page, 0, page); }  // resident, all zero

  size_t page = 0;
  uint8_t* ram = nullptr;
  RamGate gate;
};

TEST_F(ZeroPagesTest, GivesBackZeroPagesAndKeepsData) {
  for (size_t i = 0; i < 16; ++i) touch_zero(i);
  ram[3 * page] = 1;                 // first byte
  ram[5 * page + page - 1] = 0x80;   // last byte only
  ram[7 * page + page / 2] = 0x55;   // the middle
  ZeroPageReclaimer r(ram, kPages * page, gate);
  const auto pass = r.run_once();
  EXPECT_EQ(pass.resident, 16u);
  EXPECT_EQ(pass.candidates, 13u);
  EXPECT_TRUE(pass.gate_closed);
  EXPECT_EQ(pass.discarded, 13u);
  EXPECT_EQ(r.discarded_bytes(), 13 * page);
  for (size_t i = 0; i < 16; ++i) EXPECT_EQ(resident(i), i == 3 || i == 5 || i == 7) << "page " << i;
  EXPECT_EQ(ram[3 * page], 1);
  EXPECT_EQ(ram[5 * page + page - 1], 0x80);
  EXPECT_EQ(ram[7 * page + page / 2], 0x55);
  EXPECT_EQ(ram[0], 0);  // a discarded page reads as zero
  EXPECT_EQ(gate.holders(), 0u);
}

TEST_F(ZeroPagesTest, APageGivenBackAndOnlyReadIsNotTakenAgain) {
  touch_zero(0);
  touch_zero(1);
  ZeroPageReclaimer r(ram, kPages * page, gate);
  EXPECT_EQ(r.run_once().discarded, 2u);
  volatile uint8_t sink = ram[0];  // maps the host's zero page: resident to mincore
  (void)sink;
  ram[page] = 9;  // page 1 gets data, then loses it again
  EXPECT_EQ(r.run_once().candidates, 0u);
  ram[page] = 0;
  const auto pass = r.run_once();
  EXPECT_EQ(pass.candidates, 1u);  // page 1: zero again after holding data
  EXPECT_EQ(pass.discarded, 1u);
}

TEST_F(ZeroPagesTest, NothingGoesWhileAWriterHoldsTheGate) {
  touch_zero(0);
  ZeroPageReclaimer r(ram, kPages * page, gate);
  std::atomic<bool> holding{false}, release{false};
  std::thread writer([&] {
    const RamGate::Hold hold(&gate);
    holding = true;
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ram[10] = 42;  // the writer's data lands after the reclaimer gave up
  });
  while (!holding) std::this_thread::yield();
  const auto pass = r.run_once();
  EXPECT_EQ(pass.candidates, 1u);
  EXPECT_FALSE(pass.gate_closed);
  EXPECT_EQ(pass.discarded, 0u);
  release = true;
  writer.join();
  EXPECT_TRUE(resident(0));
  EXPECT_EQ(ram[10], 42);
}

TEST(RamGateTest, CloseWaitsForHoldersAndHoldsNewOnesBack) {
  RamGate gate;
  std::atomic<int> stage{0};
  std::thread holder([&] {
    const RamGate::Hold hold(&gate);
    stage = 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    stage = 2;
  });
  while (stage < 1) std::this_thread::yield();
  ASSERT_TRUE(gate.close(std::chrono::seconds(10)));
  EXPECT_EQ(stage.load(), 2);  // close returned only after the holder left
  std::atomic<bool> entered{false};
  std::thread late([&] {
    const RamGate::Hold hold(&gate);
    entered = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  EXPECT_FALSE(entered.load());  // held back while closed
  gate.open();
  late.join();
  EXPECT_TRUE(entered.load());
  holder.join();
}

TEST(RamGateTest, CloseGivesUpAndReopens) {
  RamGate gate;
  std::atomic<bool> holding{false}, release{false};
  std::thread holder([&] {
    const RamGate::Hold hold(&gate);
    holding = true;
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  while (!holding) std::this_thread::yield();
  EXPECT_FALSE(gate.close(std::chrono::milliseconds(20)));
  // Left open: another writer gets in although the first still holds.
  std::thread second([&] { const RamGate::Hold hold(&gate); });
  second.join();
  release = true;
  holder.join();
  EXPECT_EQ(gate.holders(), 0u);
}

}  // namespace

namespace {
TEST(ZeroPagesPaceTest, BacksOffWhileLittleGoesAndComesBackWhenMoreDoes) {
  using std::chrono::milliseconds;
  using R = ZeroPageReclaimer;
  const milliseconds base(100);
  EXPECT_EQ(R::next_wait(base, base, 0), milliseconds(200));
  EXPECT_EQ(R::next_wait(milliseconds(800), base, R::kBusyPages - 1), milliseconds(1600));
  EXPECT_EQ(R::next_wait(milliseconds(1600), base, 0), milliseconds(1600));  // at most 16 x base
  EXPECT_EQ(R::next_wait(milliseconds(1600), base, R::kBusyPages), base);
}
}  // namespace
