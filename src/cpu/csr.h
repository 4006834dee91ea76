// Control and status registers: the storage, and the read/write rules (csr.cpp).
#pragma once
#include <array>
#include <atomic>
#include <cstdint>

#include "cpu/types.h"

namespace rvisor::cpu {

class Hart;

namespace csr {
// CSR numbers used by name elsewhere in the CPU.
enum : uint16_t {
  fflags = 0x001, frm = 0x002, fcsr = 0x003,
  cycle = 0xc00, time = 0xc01, instret = 0xc02,
  sstatus = 0x100, sie = 0x104, stvec = 0x105, scounteren = 0x106, senvcfg = 0x10a,
  sscratch = 0x140, sepc = 0x141, scause = 0x142, stval = 0x143, sip = 0x144,
  stimecmp = 0x14d, satp = 0x180,
  mvendorid = 0xf11, marchid = 0xf12, mimpid = 0xf13, mhartid = 0xf14, mconfigptr = 0xf15,
  mstatus = 0x300, misa = 0x301, medeleg = 0x302, mideleg = 0x303, mie = 0x304,
  mtvec = 0x305, mcounteren = 0x306, menvcfg = 0x30a, mcountinhibit = 0x320,
  mscratch = 0x340, mepc = 0x341, mcause = 0x342, mtval = 0x343, mip = 0x344,
  pmpcfg0 = 0x3a0, pmpaddr0 = 0x3b0,
  mcycle = 0xb00, minstret = 0xb02,
  tselect = 0x7a0, tdata1 = 0x7a1,
};
}  // namespace csr

// mstatus bit fields.
namespace mstatus {
constexpr uint64_t SIE = 1ull << 1, MIE = 1ull << 3, SPIE = 1ull << 5, UBE = 1ull << 6,
                   MPIE = 1ull << 7, SPP = 1ull << 8, VS = 3ull << 9, MPP = 3ull << 11,
                   FS = 3ull << 13, XS = 3ull << 15, MPRV = 1ull << 17, SUM = 1ull << 18,
                   MXR = 1ull << 19, TVM = 1ull << 20, TW = 1ull << 21, TSR = 1ull << 22,
                   UXL = 3ull << 32, SXL = 3ull << 34, SD = 1ull << 63;
constexpr unsigned MPP_SHIFT = 11, FS_SHIFT = 13;
}  // namespace mstatus

struct CsrFile {
  uint64_t mstatus = 0;
  uint64_t misa = 0;
  uint64_t medeleg = 0, mideleg = 0;
  uint64_t mie = kRequestBit;  // and the guest's bits: see kRequestBit
  std::atomic<uint64_t> mip{0};  // set by other threads (devices, IPIs) as well as the hart
  uint64_t mtvec = 0, stvec = 0;
  uint64_t mscratch = 0, sscratch = 0;
  uint64_t mepc = 0, sepc = 0;
  uint64_t mcause = 0, scause = 0;
  uint64_t mtval = 0, stval = 0;
  uint64_t mcounteren = 0, scounteren = 0, mcountinhibit = 0;
  uint64_t menvcfg = 0, senvcfg = 0;
  uint64_t stimecmp = ~0ull;
  uint64_t satp = 0;
  uint32_t fflags = 0, frm = 0;
  uint64_t mhartid = 0;
  // Counters are kept as offsets from the hart's retired-instruction count, so the hot loop
  // increments one number. mcycle counts like minstret (one cycle per instruction).
  int64_t cycle_offset = 0, instret_offset = 0;
  uint64_t cycle_frozen = 0, instret_frozen = 0;  // values held while mcountinhibit is set
  std::array<uint8_t, 16> pmpcfg{};               // rv64: pmpcfg0, 2 (even only), 8 entries each
  std::array<uint64_t, 16> pmpaddr{};
};

// Read or write a CSR as an instruction does; throw Trap{IllegalInsn} where the access is
// not allowed (privilege, read-only, counter-enable, TVM, FS off).
uint64_t csr_read(Hart& h, uint16_t num);
void csr_write(Hart& h, uint16_t num, uint64_t value);

}  // namespace rvisor::cpu
