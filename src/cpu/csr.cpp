// CSR access rules and WARL legalisation (privileged spec 1.12, chapter 2 and 3.1).
#include "cpu/csr.h"

#include "cpu/hart.h"

namespace rvisor::cpu {

namespace {

[[noreturn]] void illegal(Hart& h) { throw Trap{Cause::IllegalInsn, h.current_insn_bits}; }

constexpr uint64_t kSstatusMask = mstatus::SIE | mstatus::SPIE | mstatus::UBE | mstatus::SPP | mstatus::VS |
                                  mstatus::FS | mstatus::XS | mstatus::SUM | mstatus::MXR | mstatus::UXL | mstatus::SD;
constexpr uint64_t kMstatusWritable = mstatus::SIE | mstatus::MIE | mstatus::SPIE | mstatus::MPIE | mstatus::SPP |
                                      mstatus::MPP | mstatus::FS | mstatus::MPRV | mstatus::SUM | mstatus::MXR |
                                      mstatus::TVM | mstatus::TW | mstatus::TSR;
constexpr uint64_t kSupervisorIrqs = (1ull << SSI) | (1ull << STI) | (1ull << SEI);
constexpr uint64_t kAllIrqs = kSupervisorIrqs | (1ull << MSI) | (1ull << MTI) | (1ull << MEI);
// Exceptions that may be delegated: all standard ones except ecall from M.
constexpr uint64_t kDelegableExceptions = 0xb3ff;
constexpr uint64_t kMenvcfgWritable = 1ull | (1ull << 63);  // FIOM, STCE
constexpr uint64_t kCountInhibitWritable = 0b101;            // CY, IR

uint64_t with_sd(uint64_t st) {
  return ((st & mstatus::FS) == mstatus::FS) ? st | mstatus::SD : st & ~mstatus::SD;
}

// Counter CSRs (cycle/time/instret/hpmcounterN) below M need the enable bits.
void check_counter_enable(Hart& h, unsigned index) {
  if (h.priv < Priv::M && !((h.csrs.mcounteren >> index) & 1)) illegal(h);
  if (h.priv < Priv::S && !((h.csrs.scounteren >> index) & 1)) illegal(h);
}

uint64_t counter_value(const Hart& h, bool instret) {
  const CsrFile& c = h.csrs;
  unsigned inhibit_bit = instret ? 2 : 0;
  if ((c.mcountinhibit >> inhibit_bit) & 1) return instret ? c.instret_frozen : c.cycle_frozen;
  return h.retired + static_cast<uint64_t>(instret ? c.instret_offset : c.cycle_offset);
}

// A write takes effect for the next instruction: the writing instruction's own retirement
// (the +1 below) must not count.
void counter_write(Hart& h, bool instret, uint64_t value) {
  CsrFile& c = h.csrs;
  unsigned inhibit_bit = instret ? 2 : 0;
  if ((c.mcountinhibit >> inhibit_bit) & 1) {
    (instret ? c.instret_frozen : c.cycle_frozen) = value;
    return;
  }
  (instret ? c.instret_offset : c.cycle_offset) = static_cast<int64_t>(value - (h.retired + 1));
}

void write_countinhibit(Hart& h, uint64_t value) {
  CsrFile& c = h.csrs;
  uint64_t next = value & kCountInhibitWritable;
  for (bool instret : {false, true}) {
    uint64_t bit = instret ? 4 : 1;
    bool was = c.mcountinhibit & bit, now = next & bit;
    if (!was && now) (instret ? c.instret_frozen : c.cycle_frozen) = counter_value(h, instret) + 1;
    if (was && !now) {
      uint64_t frozen = instret ? c.instret_frozen : c.cycle_frozen;
      (instret ? c.instret_offset : c.cycle_offset) = static_cast<int64_t>(frozen - (h.retired + 1));
    }
  }
  c.mcountinhibit = next;
}

void write_mstatus(Hart& h, uint64_t value, uint64_t mask) {
  uint64_t& st = h.csrs.mstatus;
  uint64_t next = (st & ~mask) | (value & mask);
  if (((next & mstatus::MPP) >> mstatus::MPP_SHIFT) == 2) next = (next & ~mstatus::MPP) | (st & mstatus::MPP);
  const uint64_t changed = next ^ st;
  st = with_sd(next);
  // Entries made with MXR set allow loads that MXR clear does not: drop them all. SUM, MPRV
  // and MPP only choose among contexts that stay valid.
  if (changed & mstatus::MXR) h.flush_tlb();
  else if (changed & (mstatus::MPRV | mstatus::MPP | mstatus::SUM)) h.update_translation_context();
}

void write_satp(Hart& h, uint64_t value) {
  uint64_t mode = value >> 60;
  if (mode != 0 && mode != 8 && mode != 9 && mode != 10) return;  // unsupported mode: no effect
  // ASID: 16 bits; PPN: 44 bits.
  h.csrs.satp = value & ((0xfull << 60) | (0xffffull << 44) | ((1ull << 44) - 1));
  h.update_translation_context();  // another address space: its own entries, kept from before
}

void write_tvec(uint64_t& reg, uint64_t value) {
  if ((value & 3) < 2) reg = value;  // modes 2 and 3 are reserved: keep the old value (as QEMU)
}

void check_fp(Hart& h) {
  if (!h.fp_enabled()) illegal(h);
}

}  // namespace

uint64_t csr_read(Hart& h, uint16_t num) {
  CsrFile& c = h.csrs;
  if (static_cast<unsigned>(h.priv) < ((num >> 8) & 3u)) illegal(h);
  switch (num) {
    case csr::fflags: check_fp(h); return c.fflags;
    case csr::frm: check_fp(h); return c.frm;
    case csr::fcsr: check_fp(h); return (c.frm << 5) | c.fflags;
    case csr::cycle: check_counter_enable(h, 0); return counter_value(h, false);
    case csr::time: check_counter_enable(h, 1); return h.read_time();
    case csr::instret: check_counter_enable(h, 2); return counter_value(h, true);
    case csr::sstatus: return with_sd(c.mstatus) & kSstatusMask;
    case csr::sie: return c.mie & c.mideleg;
    case csr::stvec: return c.stvec;
    case csr::scounteren: return c.scounteren;
    case csr::senvcfg: return c.senvcfg;
    case csr::sscratch: return c.sscratch;
    case csr::sepc: return c.sepc;
    case csr::scause: return c.scause;
    case csr::stval: return c.stval;
    case csr::sip: return c.mip.load(std::memory_order_relaxed) & c.mideleg;
    case csr::stimecmp:
      if (h.priv < Priv::M && (!(c.menvcfg >> 63) || !(c.mcounteren & 2))) illegal(h);
      return c.stimecmp;
    case csr::satp:
      if (h.priv == Priv::S && (c.mstatus & mstatus::TVM)) illegal(h);
      return c.satp;
    case csr::mvendorid: case csr::marchid: case csr::mimpid: case csr::mconfigptr: return 0;
    case csr::mhartid: return c.mhartid;
    case csr::mstatus: return with_sd(c.mstatus);
    case csr::misa: return c.misa;
    case csr::medeleg: return c.medeleg;
    case csr::mideleg: return c.mideleg;
    case csr::mie: return c.mie & kAllIrqs;
    case csr::mtvec: return c.mtvec;
    case csr::mcounteren: return c.mcounteren;
    case csr::menvcfg: return c.menvcfg;
    case csr::mcountinhibit: return c.mcountinhibit;
    case csr::mscratch: return c.mscratch;
    case csr::mepc: return c.mepc;
    case csr::mcause: return c.mcause;
    case csr::mtval: return c.mtval;
    case csr::mip: return c.mip.load(std::memory_order_relaxed) & ~kRequestBit;
    case csr::mcycle: return counter_value(h, false);
    case csr::minstret: return counter_value(h, true);
    case csr::tselect: return 1;  // no triggers: tselect never reads back a written 0
    case csr::tdata1: case csr::tdata1 + 1: case csr::tdata1 + 2: return 0;
    default: break;
  }
  if (num >= csr::pmpcfg0 && num < csr::pmpcfg0 + 4 && !(num & 1)) {
    uint64_t v = 0;
    unsigned first = (num - csr::pmpcfg0) * 4;  // pmpcfg0 -> entries 0..7, pmpcfg2 -> 8..15
    for (unsigned k = 0; k < 8; ++k) v |= static_cast<uint64_t>(c.pmpcfg[first + k]) << (8 * k);
    return v;
  }
  if (num >= csr::pmpaddr0 && num < csr::pmpaddr0 + 16) return c.pmpaddr[num - csr::pmpaddr0];
  // Unimplemented performance counters and events read as zero.
  if (num >= 0xc03 && num <= 0xc1f) { check_counter_enable(h, num - 0xc00); return 0; }
  if ((num >= 0xb03 && num <= 0xb1f) || (num >= 0x323 && num <= 0x33f)) return 0;
  illegal(h);
}

void csr_write(Hart& h, uint16_t num, uint64_t v) {
  CsrFile& c = h.csrs;
  if (((num >> 10) & 3) == 3) illegal(h);  // read-only range
  csr_read(h, num);  // the same privilege and existence checks as a read
  switch (num) {
    case csr::fflags: c.fflags = v & 0x1f; h.fp_dirty(); return;
    case csr::frm: c.frm = v & 7; h.fp_dirty(); return;
    case csr::fcsr: c.fflags = v & 0x1f; c.frm = (v >> 5) & 7; h.fp_dirty(); return;
    case csr::sstatus: write_mstatus(h, v, kSstatusMask & kMstatusWritable); return;
    case csr::sie: c.mie = (c.mie & ~c.mideleg) | (v & c.mideleg & kAllIrqs); return;
    case csr::stvec: write_tvec(c.stvec, v); return;
    case csr::scounteren: c.scounteren = v & 0xffffffff; return;
    case csr::senvcfg: c.senvcfg = v & 1; return;
    case csr::sscratch: c.sscratch = v; return;
    case csr::sepc: c.sepc = v & ~1ull; return;
    case csr::scause: c.scause = v; return;
    case csr::stval: c.stval = v; return;
    case csr::sip: {
      uint64_t mask = c.mideleg & (1ull << SSI);
      uint64_t old = c.mip.load(std::memory_order_relaxed);
      while (!c.mip.compare_exchange_weak(old, (old & ~mask) | (v & mask))) {}
      return;
    }
    case csr::stimecmp: c.stimecmp = v; h.update_sstc(); return;
    case csr::satp: write_satp(h, v); return;
    case csr::mstatus: write_mstatus(h, v, kMstatusWritable); return;
    case csr::misa: return;  // WARL: extensions cannot be switched off
    case csr::medeleg: c.medeleg = v & kDelegableExceptions; return;
    case csr::mideleg: c.mideleg = v & kSupervisorIrqs; return;
    case csr::mie: c.mie = (v & kAllIrqs) | kRequestBit; return;
    case csr::mtvec: write_tvec(c.mtvec, v); return;
    case csr::mcounteren: c.mcounteren = v & 0xffffffff; return;
    case csr::menvcfg: c.menvcfg = v & kMenvcfgWritable; h.update_sstc(); return;
    case csr::mcountinhibit: write_countinhibit(h, v); return;
    case csr::mscratch: c.mscratch = v; return;
    case csr::mepc: c.mepc = v & ~1ull; return;
    case csr::mcause: c.mcause = v; return;
    case csr::mtval: c.mtval = v; return;
    case csr::mip: {
      // Software may set SSIP and SEIP, and STIP unless Sstc drives it.
      uint64_t mask = (1ull << SSI) | (1ull << SEI) | ((c.menvcfg >> 63) ? 0 : (1ull << STI));
      uint64_t old = c.mip.load(std::memory_order_relaxed);
      while (!c.mip.compare_exchange_weak(old, (old & ~mask) | (v & mask))) {}
      return;
    }
    case csr::mcycle: counter_write(h, false, v); return;
    case csr::minstret: counter_write(h, true, v); return;
    case csr::tselect: case csr::tdata1: case csr::tdata1 + 1: case csr::tdata1 + 2: return;
    default: break;
  }
  if (num >= csr::pmpcfg0 && num < csr::pmpcfg0 + 4) {
    unsigned first = (num - csr::pmpcfg0) * 4;
    for (unsigned k = 0; k < 8; ++k) {
      if (c.pmpcfg[first + k] & 0x80) continue;  // locked entry
      uint8_t cfg = static_cast<uint8_t>(v >> (8 * k)) & 0x9f;
      if ((cfg & 3) == 2) cfg &= ~3;  // W without R is reserved
      c.pmpcfg[first + k] = cfg;
    }
    return;
  }
  if (num >= csr::pmpaddr0 && num < csr::pmpaddr0 + 16) {
    if (!(c.pmpcfg[num - csr::pmpaddr0] & 0x80)) c.pmpaddr[num - csr::pmpaddr0] = v & ((1ull << 54) - 1);
    return;
  }
  // Remaining existing CSRs (hpm counters/events) are read-only zero: writes are ignored.
}

}  // namespace rvisor::cpu
