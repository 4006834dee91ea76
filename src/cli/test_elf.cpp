#include "cli/test_elf.h"

#include <fmt/format.h>

#include <cstdio>

#include "board/test_machine.h"
#include "cli/size.h"
#include "loader/elf.h"

namespace rvisor::cli {

int run_test_elf(const TestElfOptions& opts) {
  auto ram = parse_size(opts.memory);
  if (!ram || *ram == 0 || *ram > (64ull << 30)) {
    fmt::print(stderr, "rvisor: --memory {}: not a size between 1 byte and 64G\n", opts.memory);
    return 2;
  }
  try {
    cpu::HartConfig hc;
    hc.engine = opts.engine;
    hc.jit_threshold = opts.jit_threshold;
    board::TestMachine machine(stdout, *ram, hc);
    machine.load(opts.path);
    board::TestOutcome out = machine.run(opts.max_instructions);
    if (opts.stats) {
      fmt::print(stderr, "rvisor: instructions retired: {}\n", out.retired);
      fmt::print(stderr, "rvisor: {}\n", machine.engine_stats());
    }
    switch (out.kind) {
      case board::TestOutcome::Kind::Exited:
        if (out.code == 0) return 0;
        fmt::print(stderr, "rvisor: {}: test failed with code {} after {} instructions\n", opts.path, out.code, out.retired);
        return (out.code & 0xff) ? static_cast<int>(out.code & 0xff) : 255;
      case board::TestOutcome::Kind::InstructionLimit:
        fmt::print(stderr, "rvisor: {}: {}\n", opts.path, out.message);
        return 124;
      case board::TestOutcome::Kind::Hung:
      case board::TestOutcome::Kind::HostError:
        fmt::print(stderr, "rvisor: {}: {}\n", opts.path, out.message);
        return 125;
    }
  } catch (const loader::LoadError& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "rvisor: {}: {}\n", opts.path, e.what());
    return 2;
  }
  return 2;
}

}  // namespace rvisor::cli
