// rvisor command line.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

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
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    fmt::print(stderr, "rvisor: {} (see rvisor --help)\n", e.what());
    return 2;
  }
  if (*test_elf) return rvisor::cli::run_test_elf(test_opts);
  return 2;
}
