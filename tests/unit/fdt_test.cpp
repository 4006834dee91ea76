// The `virt` board's device tree: build it, read it back with libfdt and check concrete values
// (memory, /chosen, cpus and their interrupt controllers, CLINT/PLIC wiring, UART, RTC, test
// device with poweroff/reboot, virtio slots), and check that dtc decompiles it.
#include <gtest/gtest.h>
#include <libfdt.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "board/fdt.h"

using rvisor::board::build_fdt;
using rvisor::board::FdtConfig;

namespace {

FdtConfig base_config() {
  FdtConfig c;
  c.ram_size = 1ull << 30;
  return c;
}

class Dtb {
 public:
  explicit Dtb(std::vector<uint8_t> blob) : blob_(std::move(blob)) {}
  const void* fdt() const { return blob_.data(); }
  const std::vector<uint8_t>& blob() const { return blob_; }

  int node(const std::string& path) const {
    int off = fdt_path_offset(fdt(), path.c_str());
    EXPECT_GE(off, 0) << path << ": " << fdt_strerror(off);
    return off;
  }
  bool has(const std::string& path) const { return fdt_path_offset(fdt(), path.c_str()) >= 0; }
  bool has_prop(const std::string& path, const char* name) const {
    int len = 0;
    return fdt_getprop(fdt(), node(path), name, &len) != nullptr;
  }
  std::vector<uint32_t> cells(const std::string& path, const char* name) const {
    int len = 0;
    auto* p = static_cast<const fdt32_t*>(fdt_getprop(fdt(), node(path), name, &len));
    EXPECT_NE(p, nullptr) << path << " " << name;
    std::vector<uint32_t> out;
    if (!p) return out;
    EXPECT_EQ(len % 4, 0) << path << " " << name;
    for (int i = 0; i < len / 4; ++i) out.push_back(fdt32_to_cpu(p[i]));
    return out;
  }
  uint32_t u32(const std::string& path, const char* name) const {
    auto v = cells(path, name);
    EXPECT_EQ(v.size(), 1u) << path << " " << name;
    return v.empty() ? 0 : v[0];
  }
  uint64_t u64(const std::string& path, const char* name) const {
    auto v = cells(path, name);
    EXPECT_EQ(v.size(), 2u) << path << " " << name;
    return v.size() < 2 ? 0 : (uint64_t{v[0]} << 32) | v[1];
  }
  std::vector<std::string> strings(const std::string& path, const char* name) const {
    int len = 0;
    auto* p = static_cast<const char*>(fdt_getprop(fdt(), node(path), name, &len));
    EXPECT_NE(p, nullptr) << path << " " << name;
    std::vector<std::string> out;
    if (!p) return out;
    EXPECT_GT(len, 0);
    EXPECT_EQ(p[len - 1], '\0') << path << " " << name << " not NUL-terminated";
    for (int i = 0; i < len;) {
      std::string s(p + i);
      i += static_cast<int>(s.size()) + 1;
      out.push_back(s);
    }
    return out;
  }
  std::string str(const std::string& path, const char* name) const {
    auto v = strings(path, name);
    EXPECT_EQ(v.size(), 1u) << path << " " << name;
    return v.empty() ? "" : v[0];
  }
  // The path of the node carrying `phandle`.
  std::string by_phandle(uint32_t phandle) const {
    int off = fdt_node_offset_by_phandle(fdt(), phandle);
    if (off < 0) return "<none>";
    char buf[256];
    if (fdt_get_path(fdt(), off, buf, sizeof buf) < 0) return "<bad path>";
    return buf;
  }

 private:
  std::vector<uint8_t> blob_;
};

std::vector<std::string> subnode_names(const void* fdt, int parent) {
  std::vector<std::string> out;
  int child;
  fdt_for_each_subnode(child, fdt, parent) { out.emplace_back(fdt_get_name(fdt, child, nullptr)); }
  return out;
}

}  // namespace

TEST(Fdt, HeaderAndRoot) {
  Dtb d(build_fdt(base_config()));
  ASSERT_EQ(fdt_check_header(d.fdt()), 0);
  EXPECT_EQ(fdt_totalsize(d.fdt()), d.blob().size());
  EXPECT_EQ(fdt_num_mem_rsv(d.fdt()), 0);
  EXPECT_EQ(d.u32("/", "#address-cells"), 2u);
  EXPECT_EQ(d.u32("/", "#size-cells"), 2u);
  EXPECT_EQ(d.str("/", "compatible"), "riscv-virtio");
  EXPECT_EQ(d.str("/", "model"), "riscv-virtio,rvisor");
  // Nothing rvisor lacks.
  EXPECT_FALSE(d.has("/soc/pci@30000000"));
  EXPECT_FALSE(d.has("/pmu"));
  EXPECT_FALSE(d.has("/fw-cfg@10100000"));
}

TEST(Fdt, MemoryReg) {
  FdtConfig c = base_config();
  Dtb d(build_fdt(c));
  EXPECT_EQ(d.str("/memory@80000000", "device_type"), "memory");
  EXPECT_EQ(d.cells("/memory@80000000", "reg"), (std::vector<uint32_t>{0, 0x80000000, 0, 0x40000000}));

  c.ram_size = 6ull << 30;  // needs the high size cell
  Dtb big(build_fdt(c));
  EXPECT_EQ(big.cells("/memory@80000000", "reg"), (std::vector<uint32_t>{0, 0x80000000, 1, 0x80000000}));
}

TEST(Fdt, ChosenBootargsInitrdStdout) {
  FdtConfig c = base_config();
  c.bootargs = "console=ttyS0 earlycon=sbi root=/dev/vda rw";
  c.initrd = {{0x88000000, 0x88345679}};
  Dtb d(build_fdt(c));
  EXPECT_EQ(d.str("/chosen", "bootargs"), "console=ttyS0 earlycon=sbi root=/dev/vda rw");
  EXPECT_EQ(d.u64("/chosen", "linux,initrd-start"), 0x88000000u);
  EXPECT_EQ(d.u64("/chosen", "linux,initrd-end"), 0x88345679u);
  std::string stdout_path = d.str("/chosen", "stdout-path");
  EXPECT_EQ(stdout_path, "/soc/serial@10000000");
  int uart = fdt_path_offset(d.fdt(), stdout_path.c_str());
  ASSERT_GE(uart, 0);
  EXPECT_EQ(fdt_node_check_compatible(d.fdt(), uart, "ns16550a"), 0);

  c.initrd = {{0x1'2345'6000ull, 0x1'2400'0000ull}};  // above 4 GiB: both cells matter
  Dtb high(build_fdt(c));
  EXPECT_EQ(high.cells("/chosen", "linux,initrd-start"), (std::vector<uint32_t>{1, 0x23456000}));
  EXPECT_EQ(high.cells("/chosen", "linux,initrd-end"), (std::vector<uint32_t>{1, 0x24000000}));
}

TEST(Fdt, ChosenOmitsUnsetBootargsAndInitrd) {
  Dtb d(build_fdt(base_config()));
  ASSERT_TRUE(d.has("/chosen"));
  EXPECT_FALSE(d.has_prop("/chosen", "bootargs"));
  EXPECT_FALSE(d.has_prop("/chosen", "linux,initrd-start"));
  EXPECT_FALSE(d.has_prop("/chosen", "linux,initrd-end"));
  EXPECT_TRUE(d.has_prop("/chosen", "stdout-path"));
}

TEST(Fdt, ChosenRngSeedOnlyWhenGiven) {
  FdtConfig c = base_config();
  EXPECT_FALSE(Dtb(build_fdt(c)).has_prop("/chosen", "rng-seed"));
  for (uint8_t k = 0; k < 32; ++k) c.rng_seed.push_back(static_cast<uint8_t>(0xa0 ^ k));
  Dtb d(build_fdt(c));
  int len = 0;
  const void* p = fdt_getprop(d.fdt(), d.node("/chosen"), "rng-seed", &len);
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(len, 32);
  EXPECT_EQ(std::vector<uint8_t>(static_cast<const uint8_t*>(p), static_cast<const uint8_t*>(p) + len), c.rng_seed);
}

TEST(Fdt, FourHartsCpuNodes) {
  FdtConfig c = base_config();
  c.num_harts = 4;
  Dtb d(build_fdt(c));
  EXPECT_EQ(d.u32("/cpus", "#address-cells"), 1u);
  EXPECT_EQ(d.u32("/cpus", "#size-cells"), 0u);
  EXPECT_EQ(d.u32("/cpus", "timebase-frequency"), 10000000u);
  EXPECT_FALSE(d.has("/cpus/cpu@4"));
  const std::vector<std::string> exts = {"i",   "m",   "a",   "f",   "d",  "c",
                                         "zicntr", "zicsr", "zifencei", "zihintpause",
                                         "zba", "zbb", "zbs", "sstc"};
  for (unsigned h = 0; h < 4; ++h) {
    std::string cpu = "/cpus/cpu@" + std::to_string(h);
    SCOPED_TRACE(cpu);
    EXPECT_EQ(d.str(cpu, "device_type"), "cpu");
    EXPECT_EQ(d.u32(cpu, "reg"), h);
    EXPECT_EQ(d.str(cpu, "status"), "okay");
    EXPECT_EQ(d.str(cpu, "compatible"), "riscv");
    EXPECT_EQ(d.str(cpu, "riscv,isa"), "rv64imafdc_zicntr_zicsr_zifencei_zihintpause_zba_zbb_zbs_sstc");
    EXPECT_EQ(d.str(cpu, "riscv,isa-base"), "rv64i");
    EXPECT_EQ(d.strings(cpu, "riscv,isa-extensions"), exts);
    EXPECT_EQ(d.str(cpu, "mmu-type"), "riscv,sv57");
    EXPECT_FALSE(d.has_prop(cpu, "riscv,cbom-block-size"));
    std::string intc = cpu + "/interrupt-controller";
    EXPECT_EQ(d.str(intc, "compatible"), "riscv,cpu-intc");
    EXPECT_EQ(d.u32(intc, "#interrupt-cells"), 1u);
    EXPECT_TRUE(d.has_prop(intc, "interrupt-controller"));
    EXPECT_EQ(d.by_phandle(d.u32(intc, "phandle")), intc);
    // cpu-map/cluster0/coreN points back at cpu@N.
    EXPECT_EQ(d.by_phandle(d.u32("/cpus/cpu-map/cluster0/core" + std::to_string(h), "cpu")), cpu);
  }
  EXPECT_EQ(subnode_names(d.fdt(), d.node("/cpus/cpu-map/cluster0")),
            (std::vector<std::string>{"core0", "core1", "core2", "core3"}));
}

TEST(Fdt, CustomIsaAndMmu) {
  FdtConfig c = base_config();
  c.isa = "rv64imac";
  c.isa_extensions = {"i", "m", "a", "c"};
  c.mmu_type = "riscv,sv39";
  c.timebase_hz = 1000000;
  Dtb d(build_fdt(c));
  EXPECT_EQ(d.str("/cpus/cpu@0", "riscv,isa"), "rv64imac");
  EXPECT_EQ(d.strings("/cpus/cpu@0", "riscv,isa-extensions"), (std::vector<std::string>{"i", "m", "a", "c"}));
  EXPECT_EQ(d.str("/cpus/cpu@0", "mmu-type"), "riscv,sv39");
  EXPECT_EQ(d.u32("/cpus", "timebase-frequency"), 1000000u);
}

TEST(Fdt, ClintAndPlicInterruptsExtended) {
  FdtConfig c = base_config();
  c.num_harts = 4;
  Dtb d(build_fdt(c));
  auto clint = d.cells("/soc/clint@2000000", "interrupts-extended");
  auto plic = d.cells("/soc/plic@c000000", "interrupts-extended");
  ASSERT_EQ(clint.size(), 16u);  // (intc, irq) x 2 per hart, 4 harts
  ASSERT_EQ(plic.size(), 16u);
  for (unsigned h = 0; h < 4; ++h) {
    SCOPED_TRACE(h);
    std::string intc = "/cpus/cpu@" + std::to_string(h) + "/interrupt-controller";
    uint32_t ph = d.u32(intc, "phandle");
    EXPECT_EQ(clint[4 * h + 0], ph);
    EXPECT_EQ(clint[4 * h + 1], 3u);  // machine software
    EXPECT_EQ(clint[4 * h + 2], ph);
    EXPECT_EQ(clint[4 * h + 3], 7u);  // machine timer
    EXPECT_EQ(plic[4 * h + 0], ph);
    EXPECT_EQ(plic[4 * h + 1], 11u);  // machine external
    EXPECT_EQ(plic[4 * h + 2], ph);
    EXPECT_EQ(plic[4 * h + 3], 9u);  // supervisor external
  }
  EXPECT_EQ(d.cells("/soc/clint@2000000", "reg"), (std::vector<uint32_t>{0, 0x2000000, 0, 0x10000}));
  EXPECT_EQ(d.strings("/soc/clint@2000000", "compatible"),
            (std::vector<std::string>{"sifive,clint0", "riscv,clint0"}));

  const std::string p = "/soc/plic@c000000";
  EXPECT_EQ(d.cells(p, "reg"), (std::vector<uint32_t>{0, 0xc000000, 0, 0x600000}));
  EXPECT_EQ(d.strings(p, "compatible"), (std::vector<std::string>{"sifive,plic-1.0.0", "riscv,plic0"}));
  EXPECT_EQ(d.u32(p, "#interrupt-cells"), 1u);
  EXPECT_EQ(d.u32(p, "#address-cells"), 0u);
  EXPECT_TRUE(d.has_prop(p, "interrupt-controller"));
  EXPECT_EQ(d.u32(p, "riscv,ndev"), 95u);
  EXPECT_EQ(d.by_phandle(d.u32(p, "phandle")), p);
}

TEST(Fdt, PhandlesAreUnique) {
  FdtConfig c = base_config();
  c.num_harts = 3;
  Dtb d(build_fdt(c));
  std::vector<uint32_t> seen;
  for (int off = fdt_next_node(d.fdt(), -1, nullptr); off >= 0; off = fdt_next_node(d.fdt(), off, nullptr)) {
    uint32_t ph = fdt_get_phandle(d.fdt(), off);
    if (ph == 0) continue;
    for (uint32_t s : seen) EXPECT_NE(s, ph);
    seen.push_back(ph);
  }
  EXPECT_EQ(seen.size(), 3u * 2 + 2);  // cpu + intc per hart, plic, test
  uint32_t max_ph = 0;
  ASSERT_EQ(fdt_find_max_phandle(d.fdt(), &max_ph), 0);
  EXPECT_EQ(max_ph, 8u);
}

TEST(Fdt, UartRtcAndTestDevice) {
  Dtb d(build_fdt(base_config()));
  const std::string plic = "/soc/plic@c000000";
  const std::string uart = "/soc/serial@10000000";
  EXPECT_EQ(d.str(uart, "compatible"), "ns16550a");
  EXPECT_EQ(d.cells(uart, "reg"), (std::vector<uint32_t>{0, 0x10000000, 0, 0x100}));
  EXPECT_EQ(d.u32(uart, "clock-frequency"), 3686400u);
  EXPECT_EQ(d.u32(uart, "interrupts"), 10u);
  EXPECT_EQ(d.by_phandle(d.u32(uart, "interrupt-parent")), plic);

  const std::string rtc = "/soc/rtc@101000";
  EXPECT_EQ(d.str(rtc, "compatible"), "google,goldfish-rtc");
  EXPECT_EQ(d.cells(rtc, "reg"), (std::vector<uint32_t>{0, 0x101000, 0, 0x1000}));
  EXPECT_EQ(d.u32(rtc, "interrupts"), 11u);
  EXPECT_EQ(d.by_phandle(d.u32(rtc, "interrupt-parent")), plic);

  const std::string test = "/soc/test@100000";
  EXPECT_EQ(d.strings(test, "compatible"), (std::vector<std::string>{"sifive,test1", "sifive,test0", "syscon"}));
  EXPECT_EQ(d.cells(test, "reg"), (std::vector<uint32_t>{0, 0x100000, 0, 0x1000}));
  EXPECT_EQ(d.str("/poweroff", "compatible"), "syscon-poweroff");
  EXPECT_EQ(d.by_phandle(d.u32("/poweroff", "regmap")), test);
  EXPECT_EQ(d.u32("/poweroff", "offset"), 0u);
  EXPECT_EQ(d.u32("/poweroff", "value"), 0x5555u);
  EXPECT_EQ(d.str("/reboot", "compatible"), "syscon-reboot");
  EXPECT_EQ(d.by_phandle(d.u32("/reboot", "regmap")), test);
  EXPECT_EQ(d.u32("/reboot", "offset"), 0u);
  EXPECT_EQ(d.u32("/reboot", "value"), 0x7777u);

  EXPECT_EQ(d.str("/soc", "compatible"), "simple-bus");
  EXPECT_TRUE(d.has_prop("/soc", "ranges"));
  EXPECT_EQ(d.u32("/soc", "#address-cells"), 2u);
  EXPECT_EQ(d.u32("/soc", "#size-cells"), 2u);
}

TEST(Fdt, EightVirtioSlots) {
  Dtb d(build_fdt(base_config()));
  const std::string plic = "/soc/plic@c000000";
  int count = 0;
  for (int off = fdt_node_offset_by_compatible(d.fdt(), -1, "virtio,mmio"); off >= 0;
       off = fdt_node_offset_by_compatible(d.fdt(), off, "virtio,mmio"))
    ++count;
  EXPECT_EQ(count, 8);
  for (unsigned n = 0; n < 8; ++n) {
    char path[64];
    std::snprintf(path, sizeof path, "/soc/virtio_mmio@%x", 0x10001000 + 0x1000 * n);
    SCOPED_TRACE(path);
    EXPECT_EQ(d.str(path, "compatible"), "virtio,mmio");
    EXPECT_EQ(d.cells(path, "reg"), (std::vector<uint32_t>{0, 0x10001000 + 0x1000 * n, 0, 0x1000}));
    EXPECT_EQ(d.u32(path, "interrupts"), 1 + n);
    EXPECT_EQ(d.by_phandle(d.u32(path, "interrupt-parent")), plic);
  }
  EXPECT_FALSE(d.has("/soc/virtio_mmio@10009000"));
  // QEMU's order: highest slot first (Linux numbers devices in tree order).
  auto names = subnode_names(d.fdt(), d.node("/soc"));
  std::vector<std::string> virtio;
  for (auto& n : names)
    if (n.rfind("virtio_mmio@", 0) == 0) virtio.push_back(n);
  ASSERT_EQ(virtio.size(), 8u);
  EXPECT_EQ(virtio.front(), "virtio_mmio@10008000");
  EXPECT_EQ(virtio.back(), "virtio_mmio@10001000");
}

TEST(Fdt, VirtioSlotCountIsConfigurable) {
  FdtConfig c = base_config();
  c.virtio_slots = 0;
  Dtb none(build_fdt(c));
  EXPECT_LT(fdt_node_offset_by_compatible(none.fdt(), -1, "virtio,mmio"), 0);
  c.virtio_slots = 2;
  Dtb two(build_fdt(c));
  EXPECT_TRUE(two.has("/soc/virtio_mmio@10002000"));
  EXPECT_FALSE(two.has("/soc/virtio_mmio@10003000"));
  EXPECT_EQ(two.u32("/soc/virtio_mmio@10002000", "interrupts"), 2u);
}

TEST(Fdt, ManyHartsGrowTheBuffer) {
  FdtConfig c = base_config();
  c.num_harts = 64;
  Dtb d(build_fdt(c));
  ASSERT_EQ(fdt_check_header(d.fdt()), 0);
  EXPECT_GT(d.blob().size(), 16384u);  // past the first buffer size
  EXPECT_EQ(d.u32("/cpus/cpu@3f", "reg"), 63u);
  EXPECT_EQ(d.cells("/soc/plic@c000000", "interrupts-extended").size(), 64u * 4);
}

TEST(Fdt, ExtraSpaceIsFreeInsideTheBlob) {
  FdtConfig c = base_config();
  size_t packed = build_fdt(c).size();
  c.extra_space = 4096;
  std::vector<uint8_t> blob = build_fdt(c);
  ASSERT_EQ(fdt_check_header(blob.data()), 0);
  EXPECT_EQ(blob.size(), packed + 4096);
  EXPECT_EQ(fdt_totalsize(blob.data()), blob.size());
  // A firmware-style edit in place succeeds.
  int chosen = fdt_path_offset(blob.data(), "/chosen");
  ASSERT_GE(chosen, 0);
  EXPECT_EQ(fdt_setprop_string(blob.data(), chosen, "bootargs", "added later"), 0);
}

TEST(Fdt, RejectsImpossibleConfigs) {
  FdtConfig c = base_config();
  c.num_harts = 0;
  EXPECT_THROW(build_fdt(c), std::runtime_error);
  c = base_config();
  c.ram_size = 0;
  EXPECT_THROW(build_fdt(c), std::runtime_error);
  c = base_config();
  c.virtio_slots = 96;  // irq 96 > riscv,ndev 95
  EXPECT_THROW(build_fdt(c), std::runtime_error);
  c.virtio_slots = 95;
  EXPECT_NO_THROW(build_fdt(c));
  c = base_config();
  c.initrd = {{0x88001000, 0x88000000}};
  EXPECT_THROW(build_fdt(c), std::runtime_error);
}

TEST(Fdt, DtcReadsItBack) {
  FdtConfig c = base_config();
  c.num_harts = 2;
  c.bootargs = "console=ttyS0";
  c.initrd = {{0x88000000, 0x88100000}};
  std::vector<uint8_t> blob = build_fdt(c);
  auto dir = std::filesystem::temp_directory_path();
  auto dtb = dir / ("rvisor-fdt-test-" + std::to_string(::getpid()) + ".dtb");
  {
    std::ofstream f(dtb, std::ios::binary);
    f.write(reinterpret_cast<const char*>(blob.data()), static_cast<std::streamsize>(blob.size()));
    ASSERT_TRUE(f.good());
  }
  std::string cmd = "dtc -q -I dtb -O dts '" + dtb.string() + "' 2>&1";
  FILE* p = ::popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int status = ::pclose(p);
  std::filesystem::remove(dtb);
  ASSERT_TRUE(WIFEXITED(status)) << out;
  ASSERT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_NE(out.find("ns16550a"), std::string::npos) << out;
  EXPECT_NE(out.find("virtio,mmio"), std::string::npos) << out;
  EXPECT_NE(out.find("serial@10000000"), std::string::npos) << out;
  EXPECT_NE(out.find("bootargs = \"console=ttyS0\""), std::string::npos) << out;
}
