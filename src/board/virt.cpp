#include "board/virt.h"

#include <fmt/format.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "board/clint.h"
#include "board/fdt.h"
#include "board/goldfish_rtc.h"
#include "board/plic.h"
#include "board/sbi.h"
#include "board/syscon.h"
#include "board/uart16550.h"
#include "cpu/coherence.h"
#include "cpu/csr.h"
#include "cpu/hart.h"
#include "host/console.h"
#include "host/ram_gate.h"
#include "host/zero_pages.h"
#include "loader/elf.h"
#include "loader/kernel.h"
#include "virtio/balloon.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/net.h"
#include "virtio/p9_device.h"
#include "virtio/rng.h"
#include "virtio/transport.h"

namespace rvisor::board {

namespace {

using Steady = std::chrono::steady_clock;
constexpr uint64_t kRamBase = 0x80000000;
constexpr uint64_t kKernelOffset = 0x200000;  // where Image's text_offset puts rv64 kernels
constexpr uint64_t kSlice = 20000;            // instructions between device/timer checks
constexpr unsigned kVirtioSlots = 8;

// Seed material from the host's kernel (getrandom never returns short for 256 bytes or
// fewer once its pool is ready; if the call fails anyway, the guest boots without a seed).
std::vector<uint8_t> host_random_bytes(std::size_t n) {
  std::vector<uint8_t> out(n);
  if (getrandom(out.data(), n, 0) != static_cast<ssize_t>(n)) out.clear();
  return out;
}

// mtime at 10 MHz from the host's monotonic clock.
class HostClock : public cpu::Clock {
 public:
  uint64_t mtime() const override {
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now() - start_).count()) / 100;
  }
  Steady::time_point when(uint64_t mtime_value) const { return start_ + std::chrono::nanoseconds(mtime_value * 100); }

 private:
  Steady::time_point start_ = Steady::now();
};

// An unpopulated virtio-mmio slot: the magic and version say "virtio-mmio v2", device ID 0
// says "nothing here", so drivers skip it (issue 5 fills the slots).
class EmptyVirtioSlot : public MmioDevice {
 public:
  bool read(uint64_t off, unsigned size, uint64_t& v) override {
    if (size != 4) return false;
    v = off == 0 ? 0x74726976 : off == 4 ? 2 : off == 0xc ? 0x72767372 : 0;
    return true;
  }
  bool write(uint64_t, unsigned size, uint64_t) override { return size == 4; }
};

struct Region {
  uint64_t base, size;
  MmioDevice* device;
};

// fw_dynamic_info (OpenSBI's firmware/fw_dynamic.S contract), version 2.
struct FwDynamicInfo {
  uint64_t magic = 0x4942534f, version = 2, next_addr, next_mode = 1 /* S */, options = 0, boot_hart = 0;
};

class VirtMachine : public SbiPlatform {
 public:
  explicit VirtMachine(const VirtConfig& cfg);
  ~VirtMachine() override {
    virtio_.clear();  // stops the devices' I/O threads, which write guest RAM, before it goes
    munmap(ram_, cfg_.ram_size);
  }
  void boot();  // load images, build the FDT, set the boot hart's registers
  int run();

  // SbiPlatform
  unsigned hart_count() const override { return static_cast<unsigned>(harts_.size()); }
  cpu::Hart& hart(unsigned i) override { return *harts_[i]->hart; }
  void console_write(std::string_view b) override {
    std::lock_guard lock(out_mu_);
    out_.append(b);
  }
  int console_read_byte() override {
    std::lock_guard lock(input_mu_);
    if (sbi_input_.empty()) return -1;
    int c = sbi_input_.front();
    sbi_input_.pop_front();
    return c;
  }
  void set_timer(unsigned h, uint64_t deadline) override {
    cpu::Hart& t = hart(h);  // the caller itself: the SBI timer is its Sstc comparator
    t.csrs.stimecmp = deadline;
    t.update_sstc();
  }
  void reset(Reset kind) override {
    finish(kind == Reset::Shutdown ? kPoweredOff : kind == Reset::Reboot ? kReboot : kGuestFailure);
  }
  uint8_t* guest_ram(uint64_t pa, uint64_t len) override {
    if (pa < kRamBase || pa - kRamBase > cfg_.ram_size || cfg_.ram_size - (pa - kRamBase) < len) return nullptr;
    return ram_ + (pa - kRamBase);
  }
  HartState hart_state(unsigned h) override { return harts_[h]->state.load(); }
  bool start_hart(unsigned h, uint64_t addr, uint64_t opaque) override;
  void stop_hart(unsigned h) override { harts_[h]->state = HartState::Stopped; }
  bool stopping() const override { return status_ >= 0; }
  bool harts_share_one_thread() const override { return cfg_.single_thread; }

 private:
  // One hart and the host thread that runs it (a vCPU thread).
  struct HartThread {
    std::unique_ptr<cpu::Hart> hart;
    std::atomic<HartState> state{HartState::Stopped};
    uint64_t start_pc = 0, start_opaque = 0;  // for StartPending, written before the state (hsm_mu_)
    std::thread thread;
  };
  void finish(int status);
  void fatal(std::string message);  // the monitor cannot go on: report after the console is restored
  void attach_virtio_devices();
  void attach_net_share_balloon(std::vector<std::unique_ptr<virtio::Device>>& devices);
  void hart_main(unsigned index);
  void all_harts_main();  // --vcpu-threads single
  cpu::Exit::Kind run_hart_slice(unsigned index);  // WFI and PAUSE are left to the caller
  bool hart_is_runnable(unsigned index);  // a started hart (entering a freshly started one); serves requests
  void enter_started_hart(unsigned index);
  void handle_mmio(cpu::Hart& h, const cpu::Exit& e);
  void wait_for_interrupt(unsigned index);
  void poll_timers(unsigned index) {
    clint_->update_timer(index);
    harts_[index]->hart->update_sstc();
  }
  // When the hart's next timer (CLINT mtimecmp, or Sstc stimecmp when enabled) is due: the
  // latest a hart in WFI may sleep.
  uint64_t timer_deadline(unsigned index) const {
    const cpu::Hart& h = *harts_[index]->hart;
    const uint64_t cmp = clint_->deadline(index);
    return (h.csrs.menvcfg >> 63) ? std::min(cmp, h.csrs.stimecmp) : cmp;
  }
  // Before a monitor message: finish the guest's partial line on a terminal.
  static void end_console_line() {
    if (isatty(STDOUT_FILENO)) host::Console::write("\r\n");
  }
  void flush_console() {
    std::lock_guard lock(out_mu_);
    if (!out_.empty()) host::Console::write(out_);
    out_.clear();
  }

  VirtConfig cfg_;
  uint8_t* ram_;
  HostClock clock_;
  cpu::Coherence coherence_;
  host::RamGate ram_gate_;  // held by each hart slice and device batch that may write RAM
  std::vector<std::unique_ptr<HartThread>> harts_;
  std::mutex hsm_mu_;  // HSM hart_start
  std::unique_ptr<Clint> clint_;
  std::unique_ptr<Plic> plic_;
  std::unique_ptr<Uart16550> uart_;
  std::unique_ptr<GoldfishRtc> rtc_;
  std::unique_ptr<Syscon> syscon_;
  std::vector<std::unique_ptr<MmioDevice>> virtio_;  // per slot: a Transport or an EmptyVirtioSlot
  virtio::ConsoleDevice* virtio_console_ = nullptr;   // owned by its Transport
  std::vector<Region> regions_;
  // MMIO is serialized, as under QEMU's big lock: the device models are written for one
  // accessing hart at a time (their I/O threads have locks of their own).
  std::mutex mmio_mu_;
  Sbi sbi_{*this};
  std::mutex out_mu_;
  std::string out_;  // guest console output not yet written
  std::mutex input_mu_;
  std::deque<uint8_t> sbi_input_;  // console input for SBI getchar/DBCN read
  std::atomic<int> status_{-1};
  std::mutex status_mu_;
  std::condition_variable status_cv_;  // the main thread waits here for status_
  std::string fatal_;                  // under status_mu_
};

uint8_t* map_ram(uint64_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw loader::LoadError(fmt::format("cannot reserve {} bytes of guest RAM", size));
  return static_cast<uint8_t*>(p);
}

VirtMachine::VirtMachine(const VirtConfig& cfg)
    : cfg_(cfg), ram_(map_ram(cfg.ram_size)), coherence_(kRamBase, cfg.ram_size) {
  std::vector<cpu::Hart*> harts;
  for (unsigned i = 0; i < cfg.cpus; ++i) {
    cpu::HartConfig hc;
    hc.hartid = i;
    hc.sbi_in_monitor = cfg.bios.empty();
    hc.engine = cfg.engine;
    hc.perf_map = cfg.perf_map;
    hc.jit_threshold = cfg.jit_threshold;
    hc.yield_on_pause = cfg.cpus > 1;
    hc.exact_budget = false;  // kSlice is a time slice
    auto t = std::make_unique<HartThread>();
    t->hart = std::make_unique<cpu::Hart>(ram_, kRamBase, cfg.ram_size, &clock_, hc);
    t->hart->join(coherence_);
    harts.push_back(t->hart.get());
    harts_.push_back(std::move(t));
  }
  clint_ = std::make_unique<Clint>(clock_, harts);
  plic_ = std::make_unique<Plic>(harts);
  uart_ = std::make_unique<Uart16550>(
      [this](uint8_t c) {
        std::lock_guard lock(out_mu_);
        out_.push_back(static_cast<char>(c));
      },
      plic_->line(VirtLayout::kUartIrq));
  rtc_ = std::make_unique<GoldfishRtc>(plic_->line(VirtLayout::kRtcIrq));
  syscon_ = std::make_unique<Syscon>([this](PowerRequest r) {
    finish(r.kind == PowerRequest::Poweroff ? kPoweredOff : r.kind == PowerRequest::Reboot ? kReboot : kGuestFailure);
  });
  regions_ = {{VirtLayout::kTestBase, VirtLayout::kTestSize, syscon_.get()},
              {VirtLayout::kRtcBase, VirtLayout::kRtcSize, rtc_.get()},
              {VirtLayout::kClintBase, VirtLayout::kClintSize, clint_.get()},
              {VirtLayout::kPlicBase, VirtLayout::kPlicSize, plic_.get()},
              {VirtLayout::kUartBase, VirtLayout::kUartSize, uart_.get()}};
}

void VirtMachine::finish(int status) {
  {
    std::lock_guard lock(status_mu_);
    int none = -1;
    status_.compare_exchange_strong(none, status);
  }
  status_cv_.notify_all();
  for (auto& t : harts_) t->hart->wake();
}

void VirtMachine::fatal(std::string message) {
  {
    std::lock_guard lock(status_mu_);
    if (fatal_.empty() && status_ < 0) fatal_ = std::move(message);
  }
  finish(kMonitorError);
}

// Under hsm_mu_, so that two harts starting the same one cannot mix their start addresses;
// the state is written last, and the started hart's thread reads the address after it.
bool VirtMachine::start_hart(unsigned h, uint64_t addr, uint64_t opaque) {
  HartThread& t = *harts_[h];
  {
    std::lock_guard lock(hsm_mu_);
    if (t.state.load() != HartState::Stopped) return false;
    t.start_pc = addr;
    t.start_opaque = opaque;
    t.state = HartState::StartPending;
  }
  t.hart->wake();
  return true;
}

// Fill the virtio slots from the top down (see VirtConfig); the rest stay empty.
void VirtMachine::attach_virtio_devices() {
  const unsigned wanted = static_cast<unsigned>(cfg_.drives.size() + cfg_.nics.size() + cfg_.shares.size()) +
                          cfg_.virtio_console + cfg_.rng + cfg_.balloon.has_value();
  if (wanted > kVirtioSlots)
    throw loader::LoadError(fmt::format("{} virtio devices asked for, but the board has {} slots", wanted, kVirtioSlots));
  std::vector<std::unique_ptr<virtio::Device>> devices;
  for (size_t i = 0; i < cfg_.drives.size(); ++i) {
    const host::DriveSpec& d = cfg_.drives[i];
    devices.push_back(std::make_unique<virtio::BlockDevice>(fmt::format("virtio-blk {}", d.file), host::open_drive(d), d.serial));
  }
  if (cfg_.virtio_console) {
    auto console = std::make_unique<virtio::ConsoleDevice>([this](std::string_view s) {
      console_write(s);
      if (s.size() >= 64 * 1024) flush_console();  // a guest can send a lot in one notify
    });
    virtio_console_ = console.get();
    devices.push_back(std::move(console));
  }
  if (cfg_.rng) devices.push_back(std::make_unique<virtio::RngDevice>());
  attach_net_share_balloon(devices);
  const virtio::GuestMemory memory(ram_, kRamBase, cfg_.ram_size, &coherence_.external_writes(), &ram_gate_);
  virtio_.resize(kVirtioSlots);
  for (unsigned i = 0; i < devices.size(); ++i) {
    const unsigned slot = kVirtioSlots - 1 - i;
    virtio_[slot] = std::make_unique<virtio::Transport>(std::move(devices[i]), memory, plic_->line(VirtLayout::kVirtioIrq0 + slot));
  }
  for (unsigned n = 0; n < kVirtioSlots; ++n) {
    if (!virtio_[n]) virtio_[n] = std::make_unique<EmptyVirtioSlot>();
    regions_.push_back({VirtLayout::kVirtioBase + n * VirtLayout::kVirtioStride, VirtLayout::kVirtioSize, virtio_[n].get()});
  }
}

// Problems with the host side (a share that is not a directory, a busy hostfwd port, a tap
// that cannot be opened) are bad input: reported before anything runs.
void VirtMachine::attach_net_share_balloon(std::vector<std::unique_ptr<virtio::Device>>& devices) {
  try {
    for (const NicConfig& nic : cfg_.nics) {
      std::unique_ptr<host::NetBackend> backend;
      if (nic.backend == NicConfig::Backend::kTap) {
        backend = host::make_tap_backend(nic.ifname);
      } else {
        host::SlirpOptions opt;
        opt.forwards = nic.forwards;
        opt.restrict = nic.restrict;
        backend = host::make_slirp_backend(opt);
      }
      devices.push_back(std::make_unique<virtio::NetDevice>(std::move(backend), nic.mac));
    }
    for (const ShareConfig& share : cfg_.shares)
      devices.push_back(std::make_unique<virtio::P9Device>(share.path, share.tag, share.readonly));
    if (cfg_.balloon) {
      uint64_t pages = std::min<uint64_t>(cfg_.balloon->size_bytes / virtio::BalloonState::kPageSize, UINT32_MAX);
      devices.push_back(std::make_unique<virtio::BalloonDevice>(ram_, kRamBase, cfg_.ram_size, static_cast<uint32_t>(pages)));
    }
  } catch (const loader::LoadError&) {
    throw;
  } catch (const std::runtime_error& e) {
    throw loader::LoadError(e.what());
  }
}

void VirtMachine::boot() {
  const uint64_t ram_end = kRamBase + cfg_.ram_size;
  loader::LoadedImage fw{}, kernel{};
  if (!cfg_.bios.empty()) fw = loader::load_firmware(cfg_.bios, ram_, kRamBase, cfg_.ram_size);
  kernel = loader::load_kernel(cfg_.kernel, ram_, kRamBase, cfg_.ram_size, kKernelOffset);
  if (!cfg_.bios.empty() && fw.load_end > kernel.load_start && fw.load_start < kernel.load_end)
    throw loader::LoadError(fmt::format("{}: firmware overlaps the kernel at {:#x}", cfg_.bios, kernel.load_start));
  attach_virtio_devices();  // after the kernel, so a bad kernel does not create overlay files first

  // The FDT sits 2 MiB-aligned near the top of RAM (below 3 GiB, as QEMU does), the initrd
  // just below it, and OpenSBI's fw_dynamic info below that.
  const uint64_t top = std::min<uint64_t>(ram_end, 0xc0000000);
  const uint64_t fdt_addr = (top - (64 << 10)) & ~((2ull << 20) - 1);
  uint64_t floor = kernel.load_end;
  FdtConfig fc;
  fc.num_harts = cfg_.cpus;
  fc.ram_base = kRamBase;
  fc.ram_size = cfg_.ram_size;
  fc.bootargs = cfg_.append;
  fc.isa = "rv64imafdc_zicntr_zicond_zicsr_zifencei_zihintpause_zba_zbb_zbs_sstc";
  fc.isa_extensions = {"i", "m", "a", "f", "d", "c", "zicntr", "zicond", "zicsr", "zifencei", "zihintpause",
                       "zba", "zbb", "zbs", "sstc"};
  fc.rng_seed = host_random_bytes(32);
  uint64_t below = fdt_addr;
  if (!cfg_.initrd.empty()) {
    std::vector<uint8_t> initrd = loader::read_file(cfg_.initrd);
    uint64_t start = loader::place_high(cfg_.initrd, initrd, ram_, kRamBase, floor, fdt_addr);
    fc.initrd = std::make_pair(start, start + initrd.size());
    below = start;
  }
  std::vector<uint8_t> dtb = build_fdt(fc);
  if (dtb.size() > (64 << 10)) throw loader::LoadError("device tree larger than 64 KiB");
  if (!cfg_.dump_dtb.empty()) {
    std::ofstream f(cfg_.dump_dtb, std::ios::binary);
    f.write(reinterpret_cast<const char*>(dtb.data()), static_cast<std::streamsize>(dtb.size()));
    if (!f) throw loader::LoadError(fmt::format("{}: cannot write the device tree", cfg_.dump_dtb));
  }
  std::memcpy(ram_ + (fdt_addr - kRamBase), dtb.data(), dtb.size());

  // Every hart gets the state firmware would leave; with the built-in SBI hart 0 boots the
  // kernel and the others wait, stopped, for HSM hart_start. Real firmware starts on all harts
  // at once, as on hardware, and picks its boot hart itself.
  FwDynamicInfo info;
  uint64_t info_addr = 0;
  if (!cfg_.bios.empty()) {
    info.next_addr = kernel.entry;
    info_addr = (below - sizeof info) & ~0xfffull;
    if (info_addr < floor) throw loader::LoadError("no room in RAM for the firmware's boot information");
    std::memcpy(ram_ + (info_addr - kRamBase), &info, sizeof info);
  }
  for (unsigned i = 0; i < harts_.size(); ++i) {
    cpu::Hart& h = *harts_[i]->hart;
    h.x[10] = i;         // a0: hart id
    h.x[11] = fdt_addr;  // a1: device tree
    if (cfg_.bios.empty()) {
      Sbi::prepare_hart_for_supervisor(h);
      h.pc = kernel.entry;
      h.set_priv(cpu::Priv::S);
      harts_[i]->state = i == 0 ? HartState::Started : HartState::Stopped;
    } else {
      h.x[12] = info_addr;  // a2: fw_dynamic info
      h.pc = fw.entry;
      harts_[i]->state = HartState::Started;
    }
  }
}

void VirtMachine::handle_mmio(cpu::Hart& h, const cpu::Exit& e) {
  std::lock_guard lock(mmio_mu_);
  for (const Region& r : regions_) {
    if (e.addr - r.base >= r.size) continue;
    uint64_t v = 0;
    bool ok = e.is_write ? r.device->write(e.addr - r.base, e.size, e.data) : r.device->read(e.addr - r.base, e.size, v);
    if (!ok) break;
    if (!e.is_write) h.complete_mmio_load(v);
    return;
  }
  h.fail_mmio();  // nothing there: the guest gets an access fault
}

// Sleep the hart's thread until an interrupt is pending for it or its timer is due; requests
// from other harts (remote fences) are served meanwhile. Devices, IPIs and timers that raise
// a line wake the thread (Hart::set_pending), so an idle hart costs no host CPU.
void VirtMachine::wait_for_interrupt(unsigned index) {
  HartThread& t = *harts_[index];
  cpu::Hart& h = *t.hart;
  flush_console();
  while (status_ < 0 && t.state == HartState::Started) {
    if (h.requests_waiting()) h.serve_requests();
    poll_timers(index);
    if (h.interrupt_waiting()) return;
    const uint64_t next = timer_deadline(index);
    const uint64_t now = clock_.mtime();
    // At most an hour at a time (a deadline of ~0 is "never" and would overflow the clock).
    const uint64_t wait = std::min<uint64_t>(next > now ? next - now : 0, 3600ull * 10000000);
    h.sleep_until(clock_.when(now + wait));
  }
}

// A hart that HSM started: the entry state the SBI spec gives (S-mode, MMU off, interrupts
// off, a0 = hart id, a1 = opaque).
void VirtMachine::enter_started_hart(unsigned index) {
  HartThread& t = *harts_[index];
  cpu::Hart& h = *t.hart;
  h.pc = t.start_pc;
  h.x[10] = index;
  h.x[11] = t.start_opaque;
  cpu::csr_write(h, cpu::csr::satp, 0);
  h.csrs.mstatus &= ~cpu::mstatus::SIE;
  h.set_priv(cpu::Priv::S);
  h.flush_tlb();
  t.state = HartState::Started;
}

cpu::Exit::Kind VirtMachine::run_hart_slice(unsigned index) {
  cpu::Hart& h = *harts_[index]->hart;
  const host::RamGate::Hold hold(&ram_gate_);  // the MMIO and SBI calls below write RAM too
  const cpu::Exit e = h.run(kSlice);
  if (e.kind == cpu::Exit::Kind::Mmio) {
    handle_mmio(h, e);
    return e.kind;
  }
  if (e.kind == cpu::Exit::Kind::SbiCall) sbi_.handle(index);
  poll_timers(index);
  flush_console();
  if (cfg_.bios.empty() && h.priv == cpu::Priv::M)
    fatal(fmt::format("the guest trapped into M-mode on hart {}, where no firmware runs (mcause {:#x}, mepc {:#x}, mtval {:#x})",
                      index, h.csrs.mcause, h.csrs.mepc, h.csrs.mtval));
  return e.kind;
}

bool VirtMachine::hart_is_runnable(unsigned index) {
  HartThread& t = *harts_[index];
  if (t.hart->requests_waiting()) t.hart->serve_requests();
  if (t.state == HartState::StartPending) enter_started_hart(index);
  return t.state == HartState::Started;
}

// The vCPU thread: runs its hart while it is started, sleeps while it is stopped.
void VirtMachine::hart_main(unsigned index) {
  HartThread& t = *harts_[index];
  try {
    while (status_ < 0) {
      if (!hart_is_runnable(index)) {
        t.hart->sleep_until(Steady::now() + std::chrono::seconds(1));
        continue;
      }
      const cpu::Exit::Kind kind = run_hart_slice(index);
      if (kind == cpu::Exit::Kind::Wfi) wait_for_interrupt(index);
      if (kind == cpu::Exit::Kind::Pause) std::this_thread::yield();  // to a hart this one waits for
    }
  } catch (const std::exception& e) {
    fatal(fmt::format("hart {}: {}", index, e.what()));
  }
}

// Every hart on one host thread, in turn (a debugging aid: deterministic interleaving, no
// host parallelism). A hart in WFI or at a PAUSE gives the thread to the next one at once;
// with every hart waiting, the thread sleeps in short steps until an interrupt is pending.
void VirtMachine::all_harts_main() {
  const unsigned n = hart_count();
  std::vector<bool> in_wfi(n);
  try {
    while (status_ < 0) {
      bool ran = false;
      uint64_t next = ~0ull;
      for (unsigned i = 0; i < n && status_ < 0; ++i) {
        cpu::Hart& h = *harts_[i]->hart;
        if (!hart_is_runnable(i)) continue;
        if (in_wfi[i]) {
          poll_timers(i);
          if (!h.interrupt_waiting()) {
            next = std::min(next, timer_deadline(i));
            continue;
          }
          in_wfi[i] = false;
        }
        in_wfi[i] = run_hart_slice(i) == cpu::Exit::Kind::Wfi;
        ran = true;
      }
      if (!ran) {
        flush_console();
        const uint64_t now = clock_.mtime();
        const uint64_t wait = std::min<uint64_t>(next > now ? next - now : 0, 10000);  // 1 ms at most
        harts_[0]->hart->sleep_until(clock_.when(now + wait));
      }
    }
  } catch (const std::exception& e) {
    fatal(fmt::format("{}", e.what()));
  }
}

int VirtMachine::run() {
  host::Console console(
      [this](uint8_t c) {
        uart_->push_input(c);
        if (virtio_console_) virtio_console_->push_input(c);
        std::lock_guard lock(input_mu_);
        if (sbi_input_.size() < 4096) sbi_input_.push_back(c);
      },
      [this] { finish(kPoweredOff); });
  console.start();
  const auto deadline = cfg_.timeout_seconds > 0
                            ? Steady::now() + std::chrono::microseconds(static_cast<int64_t>(cfg_.timeout_seconds * 1e6))
                            : Steady::time_point::max();
  if (cfg_.single_thread)
    harts_[0]->thread = std::thread([this] { all_harts_main(); });
  else
    for (unsigned i = 0; i < harts_.size(); ++i) harts_[i]->thread = std::thread([this, i] { hart_main(i); });
  // The main thread is the monitor: it waits for the guest to stop, polls the RTC alarm, and
  // gives back zero pages.
  std::optional<host::ZeroPageReclaimer> reclaimer;
  if (cfg_.zero_reclaim_ms > 0) reclaimer.emplace(ram_, cfg_.ram_size, ram_gate_);
  const std::chrono::milliseconds base_wait(cfg_.zero_reclaim_ms);
  std::chrono::milliseconds wait = base_wait;
  Steady::time_point next_pass = Steady::now() + wait;
  unsigned passes = 0;
  const auto tick = std::chrono::milliseconds(100);
  bool timed_out = false;
  {
    std::unique_lock lock(status_mu_);
    while (status_ < 0) {
      if (Steady::now() >= deadline) {
        timed_out = true;
        break;
      }
      Steady::time_point wake = std::min(deadline, Steady::now() + tick);
      if (reclaimer) wake = std::min(wake, next_pass);
      status_cv_.wait_until(lock, wake);
      rtc_->poll();
      if (reclaimer && status_ < 0 && Steady::now() >= next_pass) {
        lock.unlock();
        const size_t discarded = reclaimer->run_once().discarded;
        // The monitor's own free memory too, every 5th pass (a trim costs page faults when the
        // memory is wanted again): freed blocks, compile scratch and outgrown tables stay in the
        // harts' malloc arenas unless glibc is asked. 2 MiB of a boot's peak.
        if (++passes % 5 == 0) malloc_trim(0);
        wait = host::ZeroPageReclaimer::next_wait(wait, base_wait, discarded);
        next_pass = Steady::now() + wait;
        lock.lock();
      }
    }
  }
  if (timed_out) finish(kTimedOut);
  for (auto& t : harts_)
    if (t->thread.joinable()) t->thread.join();
  flush_console();
  console.stop();
  if (status_ == kTimedOut) {
    end_console_line();
    fmt::print(stderr, "rvisor: --timeout of {} s expired; stopping the guest\n", cfg_.timeout_seconds);
  } else if (!fatal_.empty()) {
    end_console_line();
    fmt::print(stderr, "rvisor: {}\n", fatal_);
  }
  if (cfg_.stats) {
    for (unsigned i = 0; i < harts_.size(); ++i)
      fmt::print(stderr, "rvisor: hart {}: {} instructions retired; {}\n", i, harts_[i]->hart->retired,
                 harts_[i]->hart->engine_stats());
    if (reclaimer) fmt::print(stderr, "rvisor: zero pages given back: {} MiB\n", reclaimer->discarded_bytes() >> 20);
  }
  return status_;
}

}  // namespace

int run_virt(const VirtConfig& config) {
  VirtMachine m(config);
  m.boot();
  if (!config.dump_dtb.empty()) return kPoweredOff;  // --dump-dtb: write the tree and stop, as QEMU's dumpdtb
  return m.run();
}

}  // namespace rvisor::board
