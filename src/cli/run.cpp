#include "cli/run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstring>
#include <optional>

#include "cli/drive.h"
#include "cli/size.h"
#include "cpu/coherence.h"
#include "host/block_backend.h"
#include "loader/elf.h"

namespace rvisor::cli {

namespace {
uint64_t host_memory_bytes() {
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(page) : 0;
}
// "N", "cpus=N", and QEMU's topology keys after either (sockets=, cores=, threads=, maxcpus=,
// which change nothing here); N from 1 to Coherence::kMaxHarts (8).
std::optional<unsigned> parse_cpus(const std::string& spec) {
  std::optional<unsigned> n;
  size_t pos = 0;
  for (bool first = true; pos <= spec.size(); first = false) {
    const size_t comma = std::min(spec.find(',', pos), spec.size());
    std::string item = spec.substr(pos, comma - pos);
    pos = comma + 1;
    const size_t eq = item.find('=');
    std::string key = eq == std::string::npos ? (first ? "cpus" : "") : item.substr(0, eq);
    std::string value = eq == std::string::npos ? item : item.substr(eq + 1);
    if (key == "cpus") {
      if (value.empty() || value.size() > 2 || value.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
      n = static_cast<unsigned>(std::stoul(value));
    } else if (key != "sockets" && key != "cores" && key != "threads" && key != "maxcpus" && key != "dies") {
      return std::nullopt;
    }
  }
  if (!n || *n < 1 || *n > cpu::Coherence::kMaxHarts) return std::nullopt;
  return n;
}
}  // namespace

void translate_qemu_spellings(int argc, char** argv) {
  static const struct {
    const char* qemu;
    const char* ours;
  } kMap[] = {{"-kernel", "--kernel"}, {"-initrd", "--initrd"}, {"-append", "--append"},
              {"-m", "--memory"},      {"-bios", "--bios"},     {"-smp", "--cpus"},
              {"-drive", "--drive"},   {"-device", "--device"}, {"-netdev", "--netdev"},
              {"-nic", "--nic"},       {"-virtfs", "--virtfs"}};
  for (int i = 1; i < argc; ++i)
    for (const auto& m : kMap)
      if (std::strcmp(argv[i], m.qemu) == 0) argv[i] = const_cast<char*>(m.ours);
}

int run_vm(RunOptions opts) {
  auto size = parse_size(opts.memory);
  if (!size) {
    fmt::print(stderr, "rvisor: --memory {}: not a size (examples: 512M, 1G, 2048)\n", opts.memory);
    return board::kBadInput;
  }
  if (*size < (16ull << 20) || *size % 4096) {
    fmt::print(stderr, "rvisor: --memory {}: must be a whole number of pages and at least 16M\n", opts.memory);
    return board::kBadInput;
  }
  uint64_t host = host_memory_bytes();
  if (host && *size > host) {
    fmt::print(stderr, "rvisor: --memory {}: more than this host's {} MiB of RAM\n", opts.memory, host >> 20);
    return board::kBadInput;
  }
  auto cpus = parse_cpus(opts.cpus);
  if (!cpus) {
    fmt::print(stderr, "rvisor: --cpus {}: expected a number of harts from 1 to {} (or QEMU's cpus=N[,...])\n", opts.cpus,
               cpu::Coherence::kMaxHarts);
    return board::kBadInput;
  }
  opts.vm.cpus = *cpus;
  opts.vm.ram_size = *size;
  for (const std::string& d : opts.drives) {
    try {
      opts.vm.drives.push_back(parse_drive(d));
    } catch (const DriveSyntaxError& e) {
      fmt::print(stderr, "rvisor: --drive {}: {}\n", d, e.what());
      return board::kBadInput;
    }
  }
  for (const std::string& d : opts.devices) {
    std::string model = d.substr(0, d.find(','));
    // Every drive is a virtio-blk device already and the rng is there by default, so QEMU's
    // -device lines for them are accepted and change nothing.
    if (model == "virtio-rng-device" || model == "virtio-rng") {
      opts.no_rng = false;
    } else if (model == "virtio-net-device" || model == "virtio-balloon-device") {
      opts.virtio.device.push_back(d);  // handled with --netdev and --balloon below
    } else if (model != "virtio-blk-device" && model != "virtio-blk") {
      fmt::print(stderr,
                 "rvisor: --device {}: not supported (virtio-blk-device, virtio-rng-device, virtio-net-device and "
                 "virtio-balloon-device are)\n",
                 model);
      return board::kBadInput;
    }
  }
  if (opts.console != "uart" && opts.console != "virtio") {
    fmt::print(stderr, "rvisor: --console {}: expected uart or virtio\n", opts.console);
    return board::kBadInput;
  }
  opts.vm.virtio_console = opts.console == "virtio";
  opts.vm.rng = !opts.no_rng;
  if (std::string err = apply_device_options(opts.virtio, opts.vm); !err.empty()) {
    fmt::print(stderr, "rvisor: {}\n", err);
    return board::kBadInput;
  }
  try {
    return board::run_virt(opts.vm);
  } catch (const host::DiskError& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return board::kBadInput;
  } catch (const loader::LoadError& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return board::kBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return board::kMonitorError;
  }
}

}  // namespace rvisor::cli
