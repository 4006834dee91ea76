// The machine behind `rvisor test-elf`: RAM at 0x8000_0000, one hart starting in M-mode at the
// ELF entry, a CLINT, and HTIF through the ELF's tohost/fromhost symbols (the contract in
// shared/conformance.md). Time is virtual: mtime counts retired instructions, and jumps ahead
// to the next timer deadline when the hart waits in WFI, so runs are deterministic.
#pragma once
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "cpu/hart.h"

namespace rvisor::board {

struct TestOutcome {
  enum class Kind { Exited, InstructionLimit, Hung, HostError } kind;
  uint64_t code = 0;        // the test's exit code (Exited)
  uint64_t retired = 0;     // instructions retired
  std::string message;      // what went wrong (other kinds)
};

class TestMachine {
 public:
  static constexpr uint64_t kRamBase = 0x80000000;
  // HTIF putchar output goes to `console`.
  explicit TestMachine(std::FILE* console, uint64_t ram_size = 256ull << 20, cpu::HartConfig hart = {});
  ~TestMachine();
  TestMachine(const TestMachine&) = delete;
  TestMachine& operator=(const TestMachine&) = delete;

  // Load an ELF; throws loader::LoadError (one-line message naming the file) on bad input.
  void load(const std::string& path);
  TestOutcome run(uint64_t max_instructions);
  std::string engine_stats() const;  // one line: blocks, translations, invalidations

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace rvisor::board
