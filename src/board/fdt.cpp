// Builds the `virt` board's DTB with libfdt's sequential-write API. Phandles are fixed up front
// (cpu N and its intc, then the PLIC and the test device) so every reference can be written in
// one pass. Node order follows QEMU 7.2's dump, including the virtio slots in descending address
// order: Linux probes them in tree order, so the highest slot becomes the first device (vda).
#include "board/fdt.h"

#include <libfdt.h>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace rvisor::board {
namespace {

using L = VirtLayout;

struct NoSpace {};

class Writer {
 public:
  explicit Writer(std::vector<uint8_t>& buf) : fdt_(buf.data()) {
    check(fdt_create(fdt_, static_cast<int>(buf.size())), "fdt_create");
    check(fdt_finish_reservemap(fdt_), "fdt_finish_reservemap");
  }

  void begin(const std::string& name) { check(fdt_begin_node(fdt_, name.c_str()), "fdt_begin_node " + name); }
  void end() { check(fdt_end_node(fdt_), "fdt_end_node"); }
  void finish() { check(fdt_finish(fdt_), "fdt_finish"); }

  void empty(const char* name) { raw(name, nullptr, 0); }
  void str(const char* name, const std::string& value) { raw(name, value.c_str(), value.size() + 1); }
  void strings(const char* name, const std::vector<std::string>& values) {
    std::string joined;
    for (const auto& v : values) {
      joined += v;
      joined.push_back('\0');
    }
    raw(name, joined.data(), joined.size());
  }
  void u32(const char* name, uint32_t value) { cells(name, {value}); }
  void u64(const char* name, uint64_t value) { cells(name, {hi(value), lo(value)}); }
  void cells(const char* name, const std::vector<uint32_t>& values) {
    std::vector<fdt32_t> be;
    be.reserve(values.size());
    for (uint32_t v : values) be.push_back(cpu_to_fdt32(v));
    raw(name, be.data(), be.size() * sizeof(fdt32_t));
  }
  void bytes(const char* name, const std::vector<uint8_t>& data) { raw(name, data.data(), data.size()); }
  // reg with #address-cells = #size-cells = 2.
  void reg(uint64_t base, uint64_t size) { cells("reg", {hi(base), lo(base), hi(size), lo(size)}); }

  static uint32_t hi(uint64_t v) { return static_cast<uint32_t>(v >> 32); }
  static uint32_t lo(uint64_t v) { return static_cast<uint32_t>(v); }

 private:
  void raw(const char* name, const void* data, std::size_t len) {
    check(fdt_property(fdt_, name, data, static_cast<int>(len)), std::string("fdt_property ") + name);
  }
  static void check(int err, const std::string& what) {
    if (err == -FDT_ERR_NOSPACE) throw NoSpace{};
    if (err < 0) throw std::runtime_error("device tree: " + what + ": " + fdt_strerror(err));
  }

  void* fdt_;
};

std::string hex_name(const char* base, uint64_t addr) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s@%llx", base, static_cast<unsigned long long>(addr));
  return buf;
}

void validate(const FdtConfig& c) {
  if (c.num_harts == 0) throw std::runtime_error("device tree: num_harts must be at least 1");
  if (c.ram_size == 0) throw std::runtime_error("device tree: ram_size must not be 0");
  if (c.initrd && c.initrd->second < c.initrd->first)
    throw std::runtime_error("device tree: initrd end is below its start");
  if (c.virtio_slots > 0 && L::kVirtioIrq0 + c.virtio_slots - 1 > c.plic_ndev)
    throw std::runtime_error("device tree: virtio irqs exceed the PLIC's riscv,ndev");
  if (L::kUartIrq > c.plic_ndev || L::kRtcIrq > c.plic_ndev)
    throw std::runtime_error("device tree: uart/rtc irqs exceed the PLIC's riscv,ndev");
  if (c.timebase_hz > 0xffffffffull) throw std::runtime_error("device tree: timebase-frequency exceeds 32 bits");
}

void write_tree(Writer& w, const FdtConfig& c) {
  const unsigned n = c.num_harts;
  auto cpu_phandle = [](unsigned h) { return 1 + 2 * h; };
  auto intc_phandle = [](unsigned h) { return 2 + 2 * h; };
  const uint32_t plic_phandle = 2 * n + 1;
  const uint32_t test_phandle = 2 * n + 2;

  w.begin("");
  w.u32("#address-cells", 2);
  w.u32("#size-cells", 2);
  w.str("compatible", "riscv-virtio");
  w.str("model", c.model);

  w.begin("chosen");
  if (!c.bootargs.empty()) w.str("bootargs", c.bootargs);
  if (c.initrd) {
    w.u64("linux,initrd-start", c.initrd->first);
    w.u64("linux,initrd-end", c.initrd->second);
  }
  if (!c.rng_seed.empty()) w.bytes("rng-seed", c.rng_seed);
  w.str("stdout-path", "/soc/" + hex_name("serial", L::kUartBase));
  w.end();

  // QEMU 7.2 puts these at the root and points them at the test device through regmap.
  w.begin("poweroff");
  w.u32("value", L::kPoweroffValue);
  w.u32("offset", 0);
  w.u32("regmap", test_phandle);
  w.str("compatible", "syscon-poweroff");
  w.end();

  w.begin("reboot");
  w.u32("value", L::kRebootValue);
  w.u32("offset", 0);
  w.u32("regmap", test_phandle);
  w.str("compatible", "syscon-reboot");
  w.end();

  w.begin(hex_name("memory", c.ram_base));
  w.str("device_type", "memory");
  w.reg(c.ram_base, c.ram_size);
  w.end();

  w.begin("cpus");
  w.u32("#address-cells", 1);
  w.u32("#size-cells", 0);
  w.u32("timebase-frequency", static_cast<uint32_t>(c.timebase_hz));
  for (unsigned h = 0; h < n; ++h) {
    w.begin(hex_name("cpu", h));
    w.u32("phandle", cpu_phandle(h));
    w.str("device_type", "cpu");
    w.u32("reg", h);
    w.str("status", "okay");
    w.str("compatible", "riscv");
    w.str("riscv,isa", c.isa);
    w.str("riscv,isa-base", c.isa_base);
    w.strings("riscv,isa-extensions", c.isa_extensions);
    w.str("mmu-type", c.mmu_type);
    w.begin("interrupt-controller");
    w.u32("#interrupt-cells", 1);
    w.empty("interrupt-controller");
    w.str("compatible", "riscv,cpu-intc");
    w.u32("phandle", intc_phandle(h));
    w.end();
    w.end();
  }
  w.begin("cpu-map");
  w.begin("cluster0");
  for (unsigned h = 0; h < n; ++h) {
    w.begin("core" + std::to_string(h));
    w.u32("cpu", cpu_phandle(h));
    w.end();
  }
  w.end();
  w.end();
  w.end();  // cpus

  w.begin("soc");
  w.u32("#address-cells", 2);
  w.u32("#size-cells", 2);
  w.str("compatible", "simple-bus");
  w.empty("ranges");

  w.begin(hex_name("rtc", L::kRtcBase));
  w.u32("interrupts", L::kRtcIrq);
  w.u32("interrupt-parent", plic_phandle);
  w.reg(L::kRtcBase, L::kRtcSize);
  w.str("compatible", "google,goldfish-rtc");
  w.end();

  w.begin(hex_name("serial", L::kUartBase));
  w.u32("interrupts", L::kUartIrq);
  w.u32("interrupt-parent", plic_phandle);
  w.u32("clock-frequency", L::kUartClockHz);
  w.reg(L::kUartBase, L::kUartSize);
  w.str("compatible", "ns16550a");
  w.end();

  w.begin(hex_name("test", L::kTestBase));
  w.u32("phandle", test_phandle);
  w.reg(L::kTestBase, L::kTestSize);
  w.strings("compatible", {"sifive,test1", "sifive,test0", "syscon"});
  w.end();

  for (unsigned slot = c.virtio_slots; slot-- > 0;) {
    uint64_t base = L::kVirtioBase + L::kVirtioStride * slot;
    w.begin(hex_name("virtio_mmio", base));
    w.u32("interrupts", L::kVirtioIrq0 + slot);
    w.u32("interrupt-parent", plic_phandle);
    w.reg(base, L::kVirtioSize);
    w.str("compatible", "virtio,mmio");
    w.end();
  }

  std::vector<uint32_t> plic_irqs, clint_irqs;
  for (unsigned h = 0; h < n; ++h) {
    plic_irqs.insert(plic_irqs.end(), {intc_phandle(h), 11, intc_phandle(h), 9});   // MEI, SEI
    clint_irqs.insert(clint_irqs.end(), {intc_phandle(h), 3, intc_phandle(h), 7});  // MSI, MTI
  }

  w.begin(hex_name("plic", L::kPlicBase));
  w.u32("phandle", plic_phandle);
  w.u32("riscv,ndev", c.plic_ndev);
  w.reg(L::kPlicBase, L::kPlicSize);
  w.cells("interrupts-extended", plic_irqs);
  w.empty("interrupt-controller");
  w.strings("compatible", {"sifive,plic-1.0.0", "riscv,plic0"});
  w.u32("#address-cells", 0);
  w.u32("#interrupt-cells", 1);
  w.end();

  w.begin(hex_name("clint", L::kClintBase));
  w.cells("interrupts-extended", clint_irqs);
  w.reg(L::kClintBase, L::kClintSize);
  w.strings("compatible", {"sifive,clint0", "riscv,clint0"});
  w.end();

  w.end();  // soc
  w.end();  // root
  w.finish();
}

}  // namespace

std::vector<uint8_t> build_fdt(const FdtConfig& config) {
  validate(config);
  std::vector<uint8_t> buf(16384);
  for (;;) {
    try {
      Writer w(buf);
      write_tree(w, config);
      break;
    } catch (const NoSpace&) {
      if (buf.size() >= (64u << 20)) throw std::runtime_error("device tree: larger than 64 MiB");
      buf.assign(buf.size() * 2, 0);
    }
  }
  std::size_t size = fdt_totalsize(buf.data());
  if (config.extra_space > 0) {
    std::size_t want = size + config.extra_space;
    if (want > 0x7fffffff) throw std::runtime_error("device tree: extra_space too large");
    std::vector<uint8_t> grown(want, 0);
    int err = fdt_open_into(buf.data(), grown.data(), static_cast<int>(want));
    if (err < 0) throw std::runtime_error(std::string("device tree: fdt_open_into: ") + fdt_strerror(err));
    return grown;
  }
  buf.resize(size);
  return buf;
}

}  // namespace rvisor::board
