// Loading static RISC-V ELF64 images (test programs, and later kernels and firmware).
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rvisor::loader {

// Every problem with an input file is reported as a LoadError whose message names the file
// and the problem in one line.
struct LoadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ElfSegment {
  uint64_t paddr = 0;
  uint64_t memsz = 0;
  std::vector<uint8_t> data;  // filesz bytes; the rest up to memsz is zero
};

struct ElfImage {
  uint64_t entry = 0;
  std::vector<ElfSegment> segments;
  std::optional<uint64_t> tohost, fromhost;  // HTIF symbols, if present
};

// Parse and validate an ELF file: ELF64, little-endian, EM_RISCV, executable, with PT_LOAD
// segments inside the file. Throws LoadError.
ElfImage read_elf(const std::string& path);
ElfImage parse_elf(const std::string& name, const std::vector<uint8_t>& bytes);

// Reads a whole file; throws LoadError naming the file if it is missing, unreadable, or a
// directory.
std::vector<uint8_t> read_file(const std::string& path);

// Copy the segments into guest RAM [ram_base, ram_base + ram_size); throws LoadError if a
// segment falls outside it.
void place_segments(const std::string& name, const ElfImage& image, uint8_t* ram, uint64_t ram_base,
                    uint64_t ram_size);

}  // namespace rvisor::loader
