// The flattened device tree of rvisor's `virt` board, built with libfdt at start-up. The layout
// follows QEMU 7.2's riscv `virt` machine (same node names, addresses, interrupt numbers and
// phandle wiring) minus what rvisor does not have (PCIe, flash, fw-cfg, platform bus, PMU), so
// stock OpenSBI and Linux boot on it unchanged.
//
//   0x0010_0000  test@100000        sifive,test0 syscon (poweroff 0x5555, reboot 0x7777)
//   0x0010_1000  rtc@101000         google,goldfish-rtc, PLIC irq 11
//   0x0200_0000  clint@2000000      sifive,clint0 (MSI 3, MTI 7 per hart)
//   0x0c00_0000  plic@c000000       sifive,plic-1.0.0 (MEI 11, SEI 9 per hart)
//   0x1000_0000  serial@10000000    ns16550a, PLIC irq 10
//   0x1000_1000  virtio_mmio@1000N000, N = 1..slots, PLIC irq N
//   0x8000_0000  memory
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rvisor::board {

struct FdtConfig {
  unsigned num_harts = 1;
  // riscv,isa: the legacy single-string form, for kernels older than riscv,isa-extensions.
  std::string isa = "rv64imafdc_zicntr_zicsr_zifencei_zihintpause_zba_zbb_zbs_sstc";
  // riscv,isa-extensions (string list); riscv,isa-base is written as isa_base.
  std::vector<std::string> isa_extensions = {"i",        "m",           "a",   "f",   "d",   "c",
                                             "zicntr",   "zicsr",       "zifencei",
                                             "zihintpause", "zba",      "zbb", "zbs", "sstc"};
  std::string isa_base = "rv64i";
  std::string mmu_type = "riscv,sv57";
  std::string model = "riscv-virtio,rvisor";
  uint64_t timebase_hz = 10000000;
  uint64_t ram_base = 0x80000000, ram_size = 0;
  std::string bootargs;                          // /chosen/bootargs; omitted when empty
  std::optional<std::pair<uint64_t, uint64_t>> initrd;  // [start, end) -> linux,initrd-start/end
  // /chosen/rng-seed, omitted when empty. QEMU's virt passes 32 random bytes: Linux credits
  // them to its random pool at once, so the crng is ready before the first driver asks.
  std::vector<uint8_t> rng_seed;
  unsigned virtio_slots = 8;  // virtio,mmio at 0x10001000 + 0x1000*n, size 0x1000, PLIC irq 1+n
  unsigned plic_ndev = 95;    // riscv,ndev: PLIC sources 1..plic_ndev (QEMU 7.2 says 96, with PCIe)
  std::size_t extra_space = 0;  // free bytes left inside the blob (totalsize) for in-place edits
};

// Fixed addresses of the board (the devices' models use the same constants).
struct VirtLayout {
  static constexpr uint64_t kTestBase = 0x100000, kTestSize = 0x1000;
  static constexpr uint64_t kRtcBase = 0x101000, kRtcSize = 0x1000;
  static constexpr uint64_t kClintBase = 0x2000000, kClintSize = 0x10000;
  static constexpr uint64_t kPlicBase = 0xc000000, kPlicSize = 0x600000;
  static constexpr uint64_t kUartBase = 0x10000000, kUartSize = 0x100;
  static constexpr uint64_t kVirtioBase = 0x10001000, kVirtioStride = 0x1000, kVirtioSize = 0x1000;
  static constexpr uint32_t kUartIrq = 10, kRtcIrq = 11, kVirtioIrq0 = 1;
  static constexpr uint32_t kUartClockHz = 3686400;
  static constexpr uint32_t kPoweroffValue = 0x5555, kRebootValue = 0x7777;
};

// The DTB for `config`. Throws std::runtime_error on a libfdt failure or an impossible config
// (no harts, no RAM, a virtio irq beyond the PLIC's sources, an inverted initrd range).
std::vector<uint8_t> build_fdt(const FdtConfig& config);

}  // namespace rvisor::board
