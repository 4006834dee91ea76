// The monitor's SBI: each extension's results in a0/a1 and its effect on the platform.
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "cpu/coherence.h"

#include "board/sbi.h"
#include "hart_fixture.h"

using namespace rvisor;
using rvisor::test::HartTest;

namespace {
constexpr uint64_t kEidBase = 0x10, kEidTime = 0x54494d45, kEidIpi = 0x735049, kEidRfence = 0x52464e43, kEidHsm = 0x48534d,
                   kEidSrst = 0x53525354, kEidDbcn = 0x4442434e;

struct FakePlatform : board::SbiPlatform {
  cpu::Hart* h = nullptr;
  std::vector<uint8_t>* ram = nullptr;
  std::string console;
  std::string input;
  size_t input_pos = 0;
  void feed(std::string text) {  // (a move, not `input = "k"`: GCC 12 -O3 warns falsely on that)
    input = std::move(text);
    input_pos = 0;
  }
  uint64_t timer = 0;
  int resets = 0;
  Reset last_reset{};
  std::vector<cpu::Hart*> more;  // harts 1.. (hart 0 is h)
  std::vector<HartState> states = std::vector<HartState>(8, HartState::Stopped);
  uint64_t started_at = 0, started_opaque = 0;
  unsigned hart_count() const override { return 1 + static_cast<unsigned>(more.size()); }
  cpu::Hart& hart(unsigned i) override { return i == 0 ? *h : *more[i - 1]; }
  HartState hart_state(unsigned i) override { return i == 0 ? HartState::Started : states[i]; }
  bool start_hart(unsigned i, uint64_t addr, uint64_t opaque) override {
    if (hart_state(i) != HartState::Stopped) return false;
    states[i] = HartState::StartPending;
    started_at = addr;
    started_opaque = opaque;
    return true;
  }
  void stop_hart(unsigned i) override { states[i] = HartState::Stopped; }
  bool stopping() const override { return false; }
  void console_write(std::string_view b) override { console.append(b); }
  int console_read_byte() override {
    if (input_pos >= input.size()) return -1;
    return static_cast<uint8_t>(input[input_pos++]);
  }
  void set_timer(unsigned, uint64_t d) override { timer = d; }
  void reset(Reset k) override { ++resets; last_reset = k; }
  uint8_t* guest_ram(uint64_t pa, uint64_t len) override {
    uint64_t off = pa - 0x80000000;  // overflow-safe, as VirtMachine::guest_ram
    if (pa < 0x80000000 || off > ram->size() || ram->size() - off < len) return nullptr;
    return ram->data() + (pa - 0x80000000);
  }
};
}  // namespace

class SbiTest : public HartTest {
 protected:
  FakePlatform p;
  board::Sbi sbi{p};
  void SetUp() override {
    p.h = &hart;
    p.ram = &ram;
  }
  // Make the call; returns {a0 (error), a1 (value)}.
  std::pair<int64_t, uint64_t> call(uint64_t eid, uint64_t fid, uint64_t a0 = 0, uint64_t a1 = 0, uint64_t a2 = 0) {
    hart.x[17] = eid;
    hart.x[16] = fid;
    hart.x[10] = a0;
    hart.x[11] = a1;
    hart.x[12] = a2;
    sbi.handle(0);
    return {static_cast<int64_t>(hart.x[10]), hart.x[11]};
  }
};

TEST_F(SbiTest, BaseReportsVersionAndProbes) {
  EXPECT_EQ(call(kEidBase, 0), std::make_pair(int64_t{0}, uint64_t{2} << 24));  // v2.0
  EXPECT_EQ(call(kEidBase, 3, kEidDbcn).second, 1u);
  EXPECT_EQ(call(kEidBase, 3, kEidSrst).second, 1u);
  EXPECT_EQ(call(kEidBase, 3, 0x12345678).second, 0u);  // unknown extension
  EXPECT_EQ(call(kEidBase, 99).first, -2);              // NOT_SUPPORTED
  EXPECT_EQ(call(0x0a000000, 0).first, -2);          // unknown extension itself
}

TEST_F(SbiTest, TimerAndIpi) {
  EXPECT_EQ(call(kEidTime, 0, 123456).first, 0);
  EXPECT_EQ(p.timer, 123456u);
  EXPECT_EQ(call(kEidIpi, 0, 1, 0).first, 0);
  EXPECT_TRUE(hart.csrs.mip.load() & (1u << cpu::SSI));
  EXPECT_EQ(call(kEidIpi, 0, 0b10, 0).first, -3);  // hart 1 does not exist: INVALID_PARAM
  EXPECT_EQ(call(kEidRfence, 1, ~0ull, ~0ull).first, 0);  // all harts (base -1)
}

TEST_F(SbiTest, SystemResetKinds) {
  call(kEidSrst, 0, 0, 0);
  EXPECT_EQ(p.last_reset, board::SbiPlatform::Reset::Shutdown);
  call(kEidSrst, 0, 0, 1);
  EXPECT_EQ(p.last_reset, board::SbiPlatform::Reset::ShutdownFailure);
  call(kEidSrst, 0, 1, 0);
  EXPECT_EQ(p.last_reset, board::SbiPlatform::Reset::Reboot);
  call(kEidSrst, 0, 2, 0);
  EXPECT_EQ(p.last_reset, board::SbiPlatform::Reset::Reboot);
  EXPECT_EQ(p.resets, 4);
  EXPECT_EQ(call(kEidSrst, 0, 7, 0).first, -3);  // reserved type
  EXPECT_EQ(p.resets, 4);
}

TEST_F(SbiTest, HsmWithOneHart) {
  EXPECT_EQ(call(kEidHsm, 2, 0), std::make_pair(int64_t{0}, uint64_t{0}));  // STARTED
  EXPECT_EQ(call(kEidHsm, 0, 0, 0x80000000).first, -6);                     // ALREADY_AVAILABLE
  EXPECT_EQ(call(kEidHsm, 2, 5).first, -3);
}

TEST_F(SbiTest, DebugConsoleWritesAndReadsGuestMemory) {
  std::memcpy(&ram[0x1000], "hello", 5);
  EXPECT_EQ(call(kEidDbcn, 0, 5, 0x80001000, 0), std::make_pair(int64_t{0}, uint64_t{5}));
  EXPECT_EQ(p.console, "hello");
  EXPECT_EQ(call(kEidDbcn, 0, 5, 0x1000, 0).first, -5);      // not RAM: INVALID_ADDRESS
  EXPECT_EQ(call(kEidDbcn, 0, 5, 0x80001000, 1).first, -5);  // high address bits set
  EXPECT_EQ(call(kEidDbcn, 0, ~0ull, 0x80001000, 0).first, -5);
  p.feed("ab");
  EXPECT_EQ(call(kEidDbcn, 1, 8, 0x80002000, 0).second, 2u);
  EXPECT_EQ(ram[0x2000], 'a');
  EXPECT_EQ(ram[0x2001], 'b');
  call(kEidDbcn, 2, 'z');
  EXPECT_EQ(p.console, "helloz");
}

TEST_F(SbiTest, LegacyCalls) {
  call(0x01, 0, 'Q');
  EXPECT_EQ(p.console, "Q");
  p.feed("k");
  EXPECT_EQ(call(0x02, 0).first, 'k');
  EXPECT_EQ(call(0x02, 0).first, -1);  // nothing waiting
  call(0x08, 0);
  EXPECT_EQ(p.last_reset, board::SbiPlatform::Reset::Shutdown);
}

TEST_F(SbiTest, PreparedHartDelegatesToSupervisor) {
  board::Sbi::prepare_hart_for_supervisor(hart);
  EXPECT_EQ(hart.csrs.mideleg, (1u << cpu::SSI) | (1u << cpu::STI) | (1u << cpu::SEI));
  EXPECT_TRUE((hart.csrs.medeleg >> 13) & 1);  // load page faults go to S
  EXPECT_TRUE(hart.csrs.menvcfg >> 63);       // Sstc enabled
  EXPECT_EQ(hart.csrs.mcounteren & 7, 7u);
}

// Two harts, each with its own host thread where it matters (the remote-fence waits).
class SbiSmpTest : public SbiTest {
 protected:
  cpu::Hart hart1{ram.data(), kBase, kSize, &clock};
  cpu::Coherence machine{kBase, kSize};
  void SetUp() override {
    SbiTest::SetUp();
    hart.join(machine);
    hart1.join(machine);
    p.more = {&hart1};
  }
  // hart `caller` makes the call (its registers are its own: another thread may call too).
  static int64_t call_on(board::Sbi& sbi, cpu::Hart& h, unsigned caller, uint64_t eid, uint64_t fid, uint64_t a0,
                         uint64_t a1) {
    h.x[17] = eid;
    h.x[16] = fid;
    h.x[10] = a0;
    h.x[11] = a1;
    h.x[12] = h.x[13] = 0;
    sbi.handle(caller);
    return static_cast<int64_t>(h.x[10]);
  }
};

TEST_F(SbiSmpTest, HsmStartsStopsAndReportsHarts) {
  EXPECT_EQ(call(kEidHsm, 2, 1), std::make_pair(int64_t{0}, uint64_t{1}));  // hart 1: STOPPED
  EXPECT_EQ(call(kEidHsm, 0, 1, 0x1000, 7).first, -5);                      // start outside RAM: INVALID_ADDRESS
  EXPECT_EQ(call(kEidHsm, 0, 1, 0x80200000, 0xabc).first, 0);
  EXPECT_EQ(p.started_at, 0x80200000u);
  EXPECT_EQ(p.started_opaque, 0xabcu);
  EXPECT_EQ(call(kEidHsm, 2, 1).second, 2u);           // START_PENDING
  EXPECT_EQ(call(kEidHsm, 0, 1, 0x80200000, 0).first, -6);  // not stopped: ALREADY_AVAILABLE
  EXPECT_EQ(call(kEidHsm, 0, 2, 0x80200000, 0).first, -3);  // no hart 2: INVALID_PARAM
  EXPECT_EQ(call(kEidHsm, 2, 0).second, 0u);           // the caller: STARTED
}

TEST_F(SbiSmpTest, IpiRaisesSoftwareInterruptOnTheTargetOnly) {
  EXPECT_EQ(call(kEidIpi, 0, 0b10, 0).first, 0);
  EXPECT_TRUE(hart1.csrs.mip.load() & (1u << cpu::SSI));
  EXPECT_FALSE(hart.csrs.mip.load() & (1u << cpu::SSI));
  EXPECT_EQ(call(kEidIpi, 0, 1, 1).first, 0);  // base 1, bit 0: hart 1 again
  EXPECT_EQ(call(kEidIpi, 0, 0b100, 0).first, -3);
}

// A remote fence returns only once the target's own thread served it.
TEST_F(SbiSmpTest, RemoteFenceWaitsForTheTargetHart) {
  for (uint64_t fid : {0u, 1u, 2u}) {
    // Set just before serving: the call returns once the request is served, which is inside
    // serve_requests, so a flag set after it could still read false (it did, under load).
    std::atomic<bool> serving{false};
    std::thread target([&] {
      while (!hart1.requests_waiting()) std::this_thread::yield();
      std::this_thread::sleep_for(std::chrono::milliseconds(30));  // a hart busy elsewhere
      serving = true;
      hart1.serve_requests();
    });
    EXPECT_EQ(call(kEidRfence, fid, 0b10, 0).first, 0);
    EXPECT_TRUE(serving.load()) << "fid " << fid << " returned before hart 1 served it";
    target.join();
  }
  EXPECT_EQ(call(kEidRfence, 3, 0b10, 0).first, -2);  // hfence: no H extension
}

// Two harts fencing each other at once both return: each serves the other's request while it waits.
TEST_F(SbiSmpTest, CrossedRemoteFencesDoNotDeadlock) {
  // Each hart, once its own call has returned, runs on as its vCPU thread would, and so goes on
  // serving the other's fence until that call has returned too.
  auto run_on = [](cpu::Hart& h, const std::atomic<bool>& peer_done) {
    while (!peer_done) {
      if (h.requests_waiting()) h.serve_requests();
      std::this_thread::yield();
    }
  };
  for (int round = 0; round < 50; ++round) {
    std::atomic<bool> done0{false}, done1{false};
    std::thread other([&] {
      EXPECT_EQ(call_on(sbi, hart1, 1, kEidRfence, 1, 0b01, 0), 0);
      done1 = true;
      run_on(hart1, done0);
    });
    EXPECT_EQ(call_on(sbi, hart, 0, kEidRfence, 0, 0b10, 0), 0);
    done0 = true;
    run_on(hart, done1);
    other.join();
  }
}
