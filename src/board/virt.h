// The `virt` machine behind `rvisor run`: QEMU virt's memory map, a kernel started in S-mode
// with the monitor answering SBI calls (or real firmware with --bios), console on stdio.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cpu/hart.h"
#include "host/net_backend.h"
#include "host/block_backend.h"

namespace rvisor::board {

// A virtio-net card and its host side.
struct NicConfig {
  enum class Backend { kUser, kTap } backend = Backend::kUser;
  std::vector<host::HostForward> forwards;  // user
  bool restrict = false;                    // user: restrict=on
  std::string ifname;                       // tap
  std::array<uint8_t, 6> mac = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
};

// A host directory exported over virtio-9p.
struct ShareConfig {
  std::string path, tag;
  bool readonly = true;
};

struct BalloonConfig {
  uint64_t size_bytes = 0;  // how much RAM the balloon asks the guest to give up
};

struct VirtConfig {
  std::string kernel, initrd, append, bios, dump_dtb;
  uint64_t ram_size = 1ull << 30;
  unsigned cpus = 1;
  bool single_thread = false;  // every hart on one host thread, in turn (--vcpu-threads single)
  double timeout_seconds = 0;  // 0: none
  // virtio devices, placed from the highest slot down (Linux probes that one first, so the
  // first drive is vda, as on QEMU): the drives in order, then the console, the rng, the NICs, the shares, the balloon.
  std::vector<host::DriveSpec> drives;
  bool virtio_console = false;  // hvc0, besides the UART
  bool rng = true;
  cpu::Engine engine = cpu::Engine::Jit;
  bool perf_map = false;
  uint32_t jit_threshold = 128;  // measured: as fast as 64 for a boot, 3 MiB less peak RSS
  bool stats = false;  // print the engine's counters to stderr at exit
  // Every this many ms (backing off while little is found), give back guest pages that hold
  // only zeros (host/zero_pages.h); 0: never.
  unsigned zero_reclaim_ms = 100;
  std::vector<NicConfig> nics;
  std::vector<ShareConfig> shares;
  std::optional<BalloonConfig> balloon;
};

// Process exit statuses of `rvisor run` (documented in the README).
enum RunStatus : int {
  kPoweredOff = 0,      // SBI SRST shutdown, syscon poweroff, or Ctrl-A x
  kMonitorError = 1,    // the monitor could not go on (e.g. the guest trapped into absent M-mode firmware)
  kBadInput = 2,        // nothing started: bad option, missing or unusable file
  kReboot = 3,          // the guest asked for a reboot (also a kernel panic with panic=-1)
  kGuestFailure = 4,    // SRST shutdown with reason "system failure", or syscon fail
  kTimedOut = 124,      // --timeout expired
};

// Build the machine, boot it, and run until the guest stops. Load problems throw
// loader::LoadError and unusable disks host::DiskError; the caller reports them as kBadInput.
int run_virt(const VirtConfig& config);

}  // namespace rvisor::board
