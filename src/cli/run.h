#pragma once
#include <string>
#include <vector>

#include "board/virt.h"
#include "cli/devices.h"

namespace rvisor::cli {

struct RunOptions {
  board::VirtConfig vm;
  std::string memory = "1G";
  std::string cpus = "1";            // N, or QEMU's -smp [cpus=]N[,sockets=...,cores=...,threads=...]
  std::vector<std::string> drives;   // --drive / -drive specs, parsed by run_vm
  std::vector<std::string> devices;  // QEMU's -device: virtio-blk-device, virtio-rng-device
  std::string console = "uart";      // uart, or virtio (adds hvc0)
  bool no_rng = false;
  DeviceOptions virtio;               // --netdev, --nic, --share, --virtfs, --balloon (cli/devices.h)
};

// Validate the options and boot; returns the process exit status (board::RunStatus).
int run_vm(RunOptions opts);

// QEMU's single-dash spellings (-kernel, -initrd, -append, -m, -bios, -smp, -drive, -device,
// -netdev, -nic, -virtfs) as rvisor's.
void translate_qemu_spellings(int argc, char** argv);

}  // namespace rvisor::cli
