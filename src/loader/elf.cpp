#include "loader/elf.h"

#include <elf.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace rvisor::loader {

namespace {

[[noreturn]] void fail(const std::string& name, const std::string& problem) {
  throw LoadError(fmt::format("{}: {}", name, problem));
}

// Bounds-checked view of a file's bytes.
template <typename T>
T read_at(const std::string& name, const std::vector<uint8_t>& b, uint64_t off, const char* what) {
  if (off > b.size() || b.size() - off < sizeof(T)) fail(name, fmt::format("truncated ELF ({} at offset {} past end of file)", what, off));
  T v;
  std::memcpy(&v, b.data() + off, sizeof(T));
  return v;
}

void find_htif_symbols(const std::string& name, const std::vector<uint8_t>& b, const Elf64_Ehdr& eh, ElfImage& img) {
  if (eh.e_shoff == 0 || eh.e_shnum == 0) return;
  if (eh.e_shentsize != sizeof(Elf64_Shdr)) fail(name, "bad section header size");
  for (unsigned s = 0; s < eh.e_shnum; ++s) {
    auto sh = read_at<Elf64_Shdr>(name, b, eh.e_shoff + uint64_t{s} * sizeof(Elf64_Shdr), "section header");
    if (sh.sh_type != SHT_SYMTAB) continue;
    if (sh.sh_link >= eh.e_shnum) fail(name, "symbol table names a missing string table");
    auto strtab = read_at<Elf64_Shdr>(name, b, eh.e_shoff + uint64_t{sh.sh_link} * sizeof(Elf64_Shdr), "section header");
    if (sh.sh_offset > b.size() || b.size() - sh.sh_offset < sh.sh_size ||
        strtab.sh_offset > b.size() || b.size() - strtab.sh_offset < strtab.sh_size)
      fail(name, "truncated ELF (symbol table past end of file)");
    for (uint64_t off = 0; off + sizeof(Elf64_Sym) <= sh.sh_size; off += sizeof(Elf64_Sym)) {
      auto sym = read_at<Elf64_Sym>(name, b, sh.sh_offset + off, "symbol");
      if (sym.st_name >= strtab.sh_size) continue;
      const char* str = reinterpret_cast<const char*>(b.data() + strtab.sh_offset + sym.st_name);
      size_t max_len = strtab.sh_size - sym.st_name;
      std::string sym_name(str, strnlen(str, max_len));
      if (sym_name == "tohost") img.tohost = sym.st_value;
      if (sym_name == "fromhost") img.fromhost = sym.st_value;
    }
  }
}

}  // namespace

std::vector<uint8_t> read_file(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) fail(path, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) fail(path, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, std::strerror(errno));
  // In one read of the size stat gives (a kernel is tens of MiB), then whatever follows if
  // the file grew meanwhile.
  std::vector<uint8_t> bytes(static_cast<size_t>(st.st_size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in) bytes.insert(bytes.end(), std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) fail(path, "read error");
  return bytes;
}

ElfImage read_elf(const std::string& path) { return parse_elf(path, read_file(path)); }

ElfImage parse_elf(const std::string& name, const std::vector<uint8_t>& b) {
  if (b.size() < EI_NIDENT || std::memcmp(b.data(), ELFMAG, SELFMAG) != 0) fail(name, "not an ELF file");
  if (b[EI_CLASS] != ELFCLASS64) fail(name, "not a 64-bit ELF (ELFCLASS32 is not supported)");
  if (b[EI_DATA] != ELFDATA2LSB) fail(name, "not a little-endian ELF");
  auto eh = read_at<Elf64_Ehdr>(name, b, 0, "ELF header");
  if (eh.e_machine != EM_RISCV) fail(name, fmt::format("not a RISC-V ELF (e_machine {})", eh.e_machine));
  if (eh.e_type != ET_EXEC) fail(name, "not an executable ELF (relocatable or shared objects cannot be loaded)");
  if (eh.e_phentsize != sizeof(Elf64_Phdr)) fail(name, "bad program header size");

  ElfImage img;
  img.entry = eh.e_entry;
  for (unsigned p = 0; p < eh.e_phnum; ++p) {
    auto ph = read_at<Elf64_Phdr>(name, b, eh.e_phoff + uint64_t{p} * sizeof(Elf64_Phdr), "program header");
    if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
    if (ph.p_filesz > ph.p_memsz) fail(name, "segment file size exceeds its memory size");
    if (ph.p_offset > b.size() || b.size() - ph.p_offset < ph.p_filesz)
      fail(name, fmt::format("truncated ELF (segment at offset {:#x} of {} bytes past end of file)", ph.p_offset, ph.p_filesz));
    ElfSegment seg;
    seg.paddr = ph.p_paddr;
    seg.memsz = ph.p_memsz;
    seg.data.assign(b.begin() + static_cast<long>(ph.p_offset), b.begin() + static_cast<long>(ph.p_offset + ph.p_filesz));
    img.segments.push_back(std::move(seg));
  }
  if (img.segments.empty()) fail(name, "no loadable segments");
  find_htif_symbols(name, b, eh, img);
  return img;
}

void place_segments(const std::string& name, const ElfImage& image, uint8_t* ram, uint64_t ram_base, uint64_t ram_size) {
  for (const ElfSegment& s : image.segments) {
    if (s.paddr < ram_base || s.paddr - ram_base > ram_size || ram_size - (s.paddr - ram_base) < s.memsz)
      fail(name, fmt::format("segment [{:#x}, {:#x}) lies outside RAM [{:#x}, {:#x})", s.paddr, s.paddr + s.memsz,
                             ram_base, ram_base + ram_size));
  }
  for (const ElfSegment& s : image.segments) {
    uint8_t* dst = ram + (s.paddr - ram_base);
    std::memcpy(dst, s.data.data(), s.data.size());
    std::memset(dst + s.data.size(), 0, s.memsz - s.data.size());
  }
}

}  // namespace rvisor::loader
