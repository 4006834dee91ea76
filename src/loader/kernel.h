// Kernel, firmware and initrd images for the virt machine.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rvisor::loader {

enum class KernelFormat { Image, Elf, Raw };

struct LoadedImage {
  KernelFormat format;
  uint64_t entry;       // where to start executing
  uint64_t load_start;  // first byte occupied in RAM
  uint64_t load_end;    // one past the last byte occupied (incl. Image's image_size / ELF memsz)
};

// Load a kernel into RAM: a RISC-V Image (placed at ram_base + text_offset), an ELF (at its
// physical addresses), or a raw binary (at ram_base + default_offset). Refuses, with a
// LoadError naming the file, anything that is recognisably not a kernel (an empty file, text,
// a gzip or cpio archive, an ELF for another machine) and anything that does not fit in RAM.
LoadedImage load_kernel(const std::string& path, uint8_t* ram, uint64_t ram_base, uint64_t ram_size,
                        uint64_t default_offset);

// Firmware (--bios): an ELF, or a raw binary loaded at ram_base.
LoadedImage load_firmware(const std::string& path, uint8_t* ram, uint64_t ram_base, uint64_t ram_size);

// Copy `bytes` into RAM ending at or below `limit` (page aligned), above `floor`; returns the
// start address. Throws LoadError (naming `name`) if it does not fit.
uint64_t place_high(const std::string& name, const std::vector<uint8_t>& bytes, uint8_t* ram, uint64_t ram_base,
                    uint64_t floor, uint64_t limit);

}  // namespace rvisor::loader
