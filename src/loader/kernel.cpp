#include "loader/kernel.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "loader/elf.h"

namespace rvisor::loader {

namespace {

[[noreturn]] void fail(const std::string& name, const std::string& problem) {
  throw LoadError(fmt::format("{}: {}", name, problem));
}

template <typename T>
T le_at(const std::vector<uint8_t>& b, size_t off) {
  T v;
  std::memcpy(&v, b.data() + off, sizeof(T));
  return v;
}

// The RISC-V Image header (Linux Documentation/arch/riscv/boot-image-header.rst).
constexpr size_t kImageHeaderSize = 64;
constexpr uint32_t kImageMagic2 = 0x05435352;  // "RSC\x05" at 0x38

bool is_image(const std::vector<uint8_t>& b) {
  return b.size() >= kImageHeaderSize && le_at<uint32_t>(b, 0x38) == kImageMagic2;
}

// Reject files that are plainly something else, with a hint of what they are.
void refuse_non_kernels(const std::string& name, const std::vector<uint8_t>& b) {
  if (b.empty()) fail(name, "empty file, not a kernel image");
  if (b.size() >= 2 && b[0] == 0x1f && b[1] == 0x8b) fail(name, "a gzip file, not a kernel image (decompress it first)");
  if (b.size() >= 6 && (std::memcmp(b.data(), "070701", 6) == 0 || std::memcmp(b.data(), "070702", 6) == 0))
    fail(name, "a cpio archive, not a kernel image (an initrd? use --initrd)");
  size_t probe = std::min<size_t>(b.size(), 512);
  bool text = std::all_of(b.begin(), b.begin() + static_cast<long>(probe),
                          [](uint8_t c) { return c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f); });
  if (text) fail(name, "a text file, not a kernel image");
  if (b.size() >= 2 && b[0] == 'M' && b[1] == 'Z' && !is_image(b))
    fail(name, "a PE/EFI file without the RISC-V Image header (not a RISC-V kernel)");
}

void copy_into(const std::string& name, const std::vector<uint8_t>& b, uint64_t at, uint64_t footprint, uint8_t* ram,
               uint64_t ram_base, uint64_t ram_size) {
  if (at < ram_base || at - ram_base > ram_size || ram_size - (at - ram_base) < footprint)
    fail(name, fmt::format("needs [{:#x}, {:#x}) but RAM is [{:#x}, {:#x})", at, at + footprint, ram_base, ram_base + ram_size));
  std::memcpy(ram + (at - ram_base), b.data(), b.size());
}

LoadedImage load_elf_image(const std::string& path, const std::vector<uint8_t>& b, uint8_t* ram, uint64_t ram_base,
                           uint64_t ram_size) {
  ElfImage img = parse_elf(path, b);
  place_segments(path, img, ram, ram_base, ram_size);
  LoadedImage out{KernelFormat::Elf, img.entry, ~0ull, 0};
  for (const ElfSegment& s : img.segments) {
    out.load_start = std::min(out.load_start, s.paddr);
    out.load_end = std::max(out.load_end, s.paddr + s.memsz);
  }
  return out;
}

}  // namespace

LoadedImage load_kernel(const std::string& path, uint8_t* ram, uint64_t ram_base, uint64_t ram_size,
                        uint64_t default_offset) {
  std::vector<uint8_t> b = read_file(path);
  if (b.size() >= 4 && std::memcmp(b.data(), "\x7f" "ELF", 4) == 0) return load_elf_image(path, b, ram, ram_base, ram_size);
  refuse_non_kernels(path, b);
  if (is_image(b)) {
    uint64_t text_offset = le_at<uint64_t>(b, 8), image_size = le_at<uint64_t>(b, 16);
    if (image_size < b.size()) image_size = b.size();  // image_size 0: an old header; use the file size
    uint64_t at = ram_base + text_offset;
    copy_into(path, b, at, image_size, ram, ram_base, ram_size);
    return {KernelFormat::Image, at, at, at + image_size};
  }
  uint64_t at = ram_base + default_offset;
  copy_into(path, b, at, b.size(), ram, ram_base, ram_size);
  return {KernelFormat::Raw, at, at, at + b.size()};
}

LoadedImage load_firmware(const std::string& path, uint8_t* ram, uint64_t ram_base, uint64_t ram_size) {
  std::vector<uint8_t> b = read_file(path);
  if (b.size() >= 4 && std::memcmp(b.data(), "\x7f" "ELF", 4) == 0) return load_elf_image(path, b, ram, ram_base, ram_size);
  refuse_non_kernels(path, b);
  copy_into(path, b, ram_base, b.size(), ram, ram_base, ram_size);
  return {KernelFormat::Raw, ram_base, ram_base, ram_base + b.size()};
}

uint64_t place_high(const std::string& name, const std::vector<uint8_t>& bytes, uint8_t* ram, uint64_t ram_base,
                    uint64_t floor, uint64_t limit) {
  uint64_t size = bytes.size();
  if (size > limit - floor || limit - size < floor)
    fail(name, fmt::format("{} bytes do not fit in RAM between the kernel (ends {:#x}) and {:#x}", size, floor, limit));
  uint64_t start = (limit - size) & ~0xfffull;
  if (start < floor) fail(name, fmt::format("{} bytes do not fit in RAM above {:#x}", size, floor));
  std::memcpy(ram + (start - ram_base), bytes.data(), size);
  return start;
}

}  // namespace rvisor::loader
