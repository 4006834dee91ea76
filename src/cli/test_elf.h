#pragma once
#include <cstdint>
#include <string>

#include "cpu/hart.h"

namespace rvisor::cli {

struct TestElfOptions {
  std::string path;
  uint64_t max_instructions = 100'000'000;
  std::string memory = "256M";
  bool stats = false;  // print the retired-instruction count to stderr on exit
  cpu::Engine engine = cpu::Engine::Jit;
  uint32_t jit_threshold = 64;
};

// Exit status: the test's code (0 = pass; a non-zero code that is a multiple of 256 becomes
// 255 so that it never reads as a pass), 2 for unusable input, 124 when the instruction limit
// is reached, 125 when the hart hangs (WFI with nothing to wake it) or the test makes an HTIF
// request this host does not implement.
int run_test_elf(const TestElfOptions& opts);

}  // namespace rvisor::cli
