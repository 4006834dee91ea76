#pragma once
#include <string>

#include "board/virt.h"

namespace rvisor::cli {

struct RunOptions {
  board::VirtConfig vm;
  std::string memory = "1G";
};

// Validate the options and boot; returns the process exit status (board::RunStatus).
int run_vm(RunOptions opts);

// QEMU's single-dash spellings (-kernel, -initrd, -append, -m, -bios, -smp) as rvisor's.
void translate_qemu_spellings(int argc, char** argv);

}  // namespace rvisor::cli
