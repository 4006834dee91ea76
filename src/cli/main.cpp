// rvisor command line.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <string>

#include "cli/run.h"
#include "cli/size.h"
#include "cli/test_elf.h"

int main(int argc, char** argv) {
  CLI::App app{"rvisor: a RISC-V virtual machine monitor"};
  app.require_subcommand(1);
  rvisor::cli::TestElfOptions test_opts;
  CLI::App* test_elf = app.add_subcommand("test-elf", "Run a bare-metal HTIF test program; exit status = its code");
  test_elf->add_option("file", test_opts.path, "ELF file (static, RISC-V 64-bit)")->required();
  test_elf->add_option("--max-insns", test_opts.max_instructions, "Stop with status 124 after this many instructions")
      ->capture_default_str();
  test_elf->add_option("--memory", test_opts.memory, "Guest RAM size (e.g. 256M)")->capture_default_str();
  test_elf->add_flag("--stats", test_opts.stats, "Print the number of retired instructions to stderr");
  std::string engine_name = "jit";
  const char* engine_help = "Execution engine: jit (default), block (pre-decoded blocks) or interp (the reference)";
  auto engine_check = CLI::IsMember({"interp", "block", "jit"});
  test_elf->add_option("--engine", engine_name, engine_help)->check(engine_check);
  test_elf->add_option("--jit-threshold", test_opts.jit_threshold, "Runs of a block before it is translated (1: at once)")
      ->check(CLI::PositiveNumber)->capture_default_str();
  rvisor::cli::RunOptions run_opts;
  CLI::App* run = app.add_subcommand("run", "Boot a Linux kernel on the virt machine (console on stdio)");
  run->add_option("--kernel", run_opts.vm.kernel, "Kernel: RISC-V Image, ELF or raw binary (QEMU: -kernel)")
      ->required();
  run->add_option("--initrd", run_opts.vm.initrd, "Initial ramdisk, cpio or cpio.gz (QEMU: -initrd)");
  run->add_option("--append", run_opts.vm.append, "Kernel command line (QEMU: -append)");
  run->add_option("--memory", run_opts.memory, "Guest RAM, e.g. 512M or 1G (QEMU: -m)")->capture_default_str();
  run->add_option("--cpus", run_opts.cpus, "Number of harts, 1 to 8, each on a host thread (QEMU: -smp)")->capture_default_str();
  run->add_option("--bios", run_opts.vm.bios, "M-mode firmware (e.g. OpenSBI fw_dynamic.bin) instead of the built-in SBI");
  run->add_option("--dump-dtb", run_opts.vm.dump_dtb, "Write the generated device tree to FILE and exit");
  run->add_option("--timeout", run_opts.vm.timeout_seconds, "Stop the guest after SECONDS (exit status 124)");
  run->add_option("--drive", run_opts.drives,
                  "virtio-blk disk, repeatable: file=PATH[,format=raw][,readonly=on][,serial=S][,overlay=COW|,snapshot=on] "
                  "(QEMU: -drive)");
  run->add_option("--device", run_opts.devices, "QEMU's -device: virtio-net-device,netdev=ID[,mac=M], virtio-balloon-device; virtio-blk-device / virtio-rng-device (accepted, no effect)");
  run->add_option("--console", run_opts.console, "uart (ttyS0), or virtio: also a virtio console (hvc0)")->capture_default_str();
  run->add_flag("--no-rng", run_opts.no_rng, "No virtio-rng device (present by default)");
  run->add_option("--engine", engine_name, engine_help)->check(engine_check);
  std::string vcpu_threads = "multi";
  run->add_option("--vcpu-threads", vcpu_threads,
                  "multi: a host thread per hart; single: every hart on one thread, in turn (for debugging; QEMU: "
                  "-accel tcg,thread=single)")
      ->check(CLI::IsMember({"multi", "single"}))
      ->capture_default_str();
  run->add_option("--jit-threshold", run_opts.vm.jit_threshold, "Runs of a block before it is translated (1: at once)")
      ->check(CLI::PositiveNumber)->capture_default_str();
  run->add_flag("--perf-map", run_opts.vm.perf_map, "Name translated code in /tmp/perf-PID.map for perf");
  run->add_flag("--stats", run_opts.vm.stats, "Print instructions retired and the engine's counters at exit");
  run->add_option("--zero-reclaim-ms", run_opts.vm.zero_reclaim_ms,
                  "Every this many ms (up to 16 times that while little is found), give back to the host the guest pages that hold only zeros (0: never)")
      ->capture_default_str();
  auto& dev = run_opts.virtio;
  run->add_option("--netdev", dev.netdev, "virtio-net card: user[,hostfwd=tcp:127.0.0.1:2222-:22][,mac=M] or tap,ifname=NAME (QEMU: -netdev)")
      ->allow_extra_args(false);
  run->add_option("--nic", dev.nic, "QEMU's -nic: none, or as --netdev")->allow_extra_args(false);
  run->add_option("--share", dev.share, "Share a host directory over virtio-9p: PATH[,tag=host][,readonly=on|off] (read-only by default)")
      ->allow_extra_args(false);
  run->add_option("--virtfs", dev.virtfs, "QEMU's -virtfs local,path=PATH,mount_tag=TAG[,readonly=on]")->allow_extra_args(false);
  run->add_option("--balloon", dev.balloon, "virtio-balloon: size=SIZE (RAM the guest gives back) or on")->allow_extra_args(false);
  rvisor::cli::translate_qemu_spellings(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    fmt::print(stderr, "rvisor: {} (see rvisor --help)\n", e.what());
    return 2;
  }
  const auto engine = engine_name == "interp" ? rvisor::cpu::Engine::Interp
                      : engine_name == "block" ? rvisor::cpu::Engine::Block
                                               : rvisor::cpu::Engine::Jit;
  test_opts.engine = run_opts.vm.engine = engine;
  run_opts.vm.single_thread = vcpu_threads == "single";
  if (*test_elf) return rvisor::cli::run_test_elf(test_opts);
  if (*run) return rvisor::cli::run_vm(run_opts);
  return 2;
}
