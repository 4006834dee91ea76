#include "board/test_machine.h"

#include <fmt/format.h>
#include <sys/mman.h>

#include <algorithm>

#include "board/clint.h"
#include "board/htif.h"
#include "cpu/hart.h"
#include "loader/elf.h"

namespace rvisor::board {

namespace {
// Virtual time: one tick per retired instruction, plus whatever WFI skipped.
struct VirtualClock : cpu::Clock {
  const cpu::Hart* hart = nullptr;
  uint64_t skipped = 0;
  uint64_t mtime() const override { return hart->retired + skipped; }
};
constexpr uint64_t kSlice = 4096;  // instructions between timer checks
}  // namespace

struct TestMachine::State {
  std::FILE* console;
  uint64_t ram_size;
  uint8_t* ram;
  VirtualClock clock;
  cpu::Hart hart;
  Clint clint;
  std::optional<Htif> htif;
  State(std::FILE* out, uint64_t size, uint8_t* mem, cpu::HartConfig hc)
      : console(out), ram_size(size), ram(mem), hart(mem, kRamBase, size, &clock, hc), clint(clock, {&hart}) {
    clock.hart = &hart;
  }
};

static uint8_t* map_ram(uint64_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::runtime_error(fmt::format("cannot reserve {} bytes of guest RAM", size));
  return static_cast<uint8_t*>(p);
}

TestMachine::TestMachine(std::FILE* console, uint64_t ram_size, cpu::HartConfig hart)
    : s_(std::make_unique<State>(console, ram_size, map_ram(ram_size), hart)) {}

TestMachine::~TestMachine() { munmap(s_->ram, s_->ram_size); }

std::string TestMachine::engine_stats() const { return s_->hart.engine_stats(); }

void TestMachine::load(const std::string& path) {
  loader::ElfImage img = loader::read_elf(path);
  if (!img.tohost) throw loader::LoadError(path + ": no 'tohost' symbol (not an HTIF test program)");
  loader::place_segments(path, img, s_->ram, kRamBase, s_->ram_size);
  auto word_in_ram = [&](uint64_t addr, const char* what) -> uint64_t* {
    if (addr < kRamBase || addr - kRamBase > s_->ram_size - 8 || addr % 8)
      throw loader::LoadError(fmt::format("{}: '{}' at {:#x} is not an aligned word in RAM", path, what, addr));
    return reinterpret_cast<uint64_t*>(s_->ram + (addr - kRamBase));
  };
  uint64_t* fromhost = img.fromhost ? word_in_ram(*img.fromhost, "fromhost") : nullptr;
  s_->htif.emplace(word_in_ram(*img.tohost, "tohost"), fromhost, s_->console);
  s_->hart.set_store_watch(*img.tohost, 8);
  s_->hart.pc = img.entry;
}

TestOutcome TestMachine::run(uint64_t max_instructions) {
  cpu::Hart& hart = s_->hart;
  auto outcome = [&](TestOutcome::Kind k, std::string msg, uint64_t code = 0) {
    return TestOutcome{k, code, hart.retired, std::move(msg)};
  };
  while (true) {
    if (hart.retired >= max_instructions)
      return outcome(TestOutcome::Kind::InstructionLimit, fmt::format("instruction limit of {} reached", max_instructions));
    s_->clint.update_timers();
    cpu::Exit e = hart.run(std::min(kSlice, max_instructions - hart.retired));
    switch (e.kind) {
      case cpu::Exit::Kind::Budget:
      case cpu::Exit::Kind::Pause:
        break;
      case cpu::Exit::Kind::StoreWatch:
        try {
          if (auto code = s_->htif->poll()) {
            std::fflush(s_->console);
            return outcome(TestOutcome::Kind::Exited, "", *code);
          }
        } catch (const HtifError& err) {
          return outcome(TestOutcome::Kind::HostError, err.what());
        }
        break;
      case cpu::Exit::Kind::Mmio: {
        bool ok;
        if (s_->clint.contains(e.addr)) {
          uint64_t off = e.addr - Clint::kBase;
          uint64_t v = 0;
          ok = e.is_write ? s_->clint.write(off, e.size, e.data) : s_->clint.read(off, e.size, v);
          if (ok && !e.is_write) hart.complete_mmio_load(v);
        } else {
          ok = false;
        }
        if (!ok) hart.fail_mmio();
        break;
      }
      case cpu::Exit::Kind::Wfi: {
        // Nothing else runs: skip time forward to the next timer deadline, if one can fire.
        uint64_t deadline = s_->clint.deadline(0);
        bool stimer = (hart.csrs.menvcfg >> 63) && hart.csrs.stimecmp != ~0ull;
        if (stimer) deadline = std::min(deadline, hart.csrs.stimecmp);
        if (deadline == ~0ull || !(hart.csrs.mie & ((1ull << cpu::MTI) | (1ull << cpu::STI))))
          return outcome(TestOutcome::Kind::Hung, fmt::format("hart waits in WFI at pc {:#x} with no interrupt that could wake it", hart.pc));
        uint64_t now = s_->clock.mtime();
        if (deadline > now) s_->clock.skipped += deadline - now;
        hart.update_sstc();
        break;
      }
      case cpu::Exit::Kind::SbiCall:
        return outcome(TestOutcome::Kind::HostError, "SBI call in test mode");  // test mode has no SBI
    }
  }
}

}  // namespace rvisor::board
