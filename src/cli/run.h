#pragma once
#include <string>

#include "board/virt.h"
#include "cli/devices.h"

namespace rvisor::cli {

struct RunOptions {
  board::VirtConfig vm;
  std::string memory = "1G";
  DeviceOptions devices;
};

// Validate the options and boot; returns the process exit status (board::RunStatus).
int run_vm(RunOptions opts);

// QEMU's single-dash spellings (-kernel, -initrd, -append, -m, -bios, -smp, -netdev, -nic,
// -device, -virtfs) as rvisor's.
void translate_qemu_spellings(int argc, char** argv);

}  // namespace rvisor::cli
