#include "cli/run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstring>

#include "cli/size.h"
#include "loader/elf.h"

namespace rvisor::cli {

namespace {
uint64_t host_memory_bytes() {
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(page) : 0;
}
}  // namespace

void translate_qemu_spellings(int argc, char** argv) {
  static const struct {
    const char* qemu;
    const char* ours;
  } kMap[] = {{"-kernel", "--kernel"}, {"-initrd", "--initrd"}, {"-append", "--append"},
              {"-m", "--memory"},      {"-bios", "--bios"},     {"-smp", "--cpus"},
              {"-netdev", "--netdev"}, {"-nic", "--nic"},       {"-device", "--device"},
              {"-virtfs", "--virtfs"}};
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
  if (opts.vm.cpus != 1) {
    fmt::print(stderr, "rvisor: --cpus {}: only 1 hart is supported so far\n", opts.vm.cpus);
    return board::kBadInput;
  }
  opts.vm.ram_size = *size;
  if (std::string err = apply_device_options(opts.devices, opts.vm); !err.empty()) {
    fmt::print(stderr, "rvisor: {}\n", err);
    return board::kBadInput;
  }
  try {
    return board::run_virt(opts.vm);
  } catch (const loader::LoadError& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return board::kBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "rvisor: {}\n", e.what());
    return board::kMonitorError;
  }
}

}  // namespace rvisor::cli
