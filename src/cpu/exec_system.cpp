// Privileged instructions (ecall, ebreak, xRET, WFI, SFENCE.VMA) and Zicsr.
#include "cpu/exec_common.h"

namespace rvisor::cpu {
namespace {

[[noreturn]] void illegal(const Insn& i) { throw Trap{Cause::IllegalInsn, i.raw}; }

RV_INSN(ecall) {
  if (h.priv == Priv::S && h.config.sbi_in_monitor) {
    h.request_exit(Exit::Kind::SbiCall);  // the monitor is the firmware: a hypercall
    return;
  }
  Cause c = h.priv == Priv::U ? Cause::EcallU : h.priv == Priv::S ? Cause::EcallS : Cause::EcallM;
  throw Trap{c, 0};
}

RV_INSN(ebreak) { throw Trap{Cause::Breakpoint, h.pc}; }

RV_INSN(mret) {
  if (h.priv != Priv::M) illegal(i);
  uint64_t& st = h.csrs.mstatus;
  auto next = static_cast<Priv>((st & mstatus::MPP) >> mstatus::MPP_SHIFT);
  st = (st & ~(mstatus::MIE | mstatus::MPP)) | ((st & mstatus::MPIE) ? mstatus::MIE : 0) | mstatus::MPIE;
  if (next != Priv::M) st &= ~mstatus::MPRV;
  h.npc = h.csrs.mepc;
  h.set_priv(next);  // reselects the TLB context for the new MPP/MPRV as well
}

RV_INSN(sret) {
  if (h.priv < Priv::S || (h.priv == Priv::S && (h.csrs.mstatus & mstatus::TSR))) illegal(i);
  uint64_t& st = h.csrs.mstatus;
  Priv next = (st & mstatus::SPP) ? Priv::S : Priv::U;
  st = (st & ~(mstatus::SIE | mstatus::SPP | mstatus::MPRV)) | ((st & mstatus::SPIE) ? mstatus::SIE : 0) | mstatus::SPIE;
  h.npc = h.csrs.sepc;
  h.set_priv(next);
}

// WFI is illegal in U-mode and, with mstatus.TW, in S-mode (as QEMU). Otherwise it returns at
// once if an interrupt is pending (enabled or not), else hands the hart to the monitor to sleep.
RV_INSN(wfi) {
  if (h.priv == Priv::U || (h.priv == Priv::S && (h.csrs.mstatus & mstatus::TW))) illegal(i);
  if (h.csrs.mip.load(std::memory_order_relaxed) & h.csrs.mie) return;
  h.request_exit(Exit::Kind::Wfi);
}

RV_INSN(sfence_vma) {
  if (h.priv == Priv::U || (h.priv == Priv::S && (h.csrs.mstatus & mstatus::TVM))) illegal(i);
  if (i.rs1)
    h.flush_tlb_page(h.x[i.rs1]);  // that page in every address space (rs2's ASID is not looked at)
  else
    h.flush_tlb();
}

// Zicsr. csrrw with rd = x0 does not read; csrrs/csrrc with rs1 = x0 (or uimm = 0) do not write.
void csr_op(Hart& h, const Insn& i, uint64_t operand, int op /*0 write, 1 set, 2 clear*/, bool write) {
  h.current_insn_bits = i.raw;
  auto num = static_cast<uint16_t>(i.imm);
  if (op == 0) {
    uint64_t old = i.rd ? csr_read(h, num) : 0;
    csr_write(h, num, operand);
    RD = old;
    return;
  }
  uint64_t old = csr_read(h, num);
  if (write) csr_write(h, num, op == 1 ? (old | operand) : (old & ~operand));
  RD = old;
}

RV_INSN(csrrw) { csr_op(h, i, RS1, 0, true); }
RV_INSN(csrrs) { csr_op(h, i, RS1, 1, i.rs1 != 0); }
RV_INSN(csrrc) { csr_op(h, i, RS1, 2, i.rs1 != 0); }
RV_INSN(csrrwi) { csr_op(h, i, i.rs1, 0, true); }
RV_INSN(csrrsi) { csr_op(h, i, i.rs1, 1, i.rs1 != 0); }
RV_INSN(csrrci) { csr_op(h, i, i.rs1, 2, i.rs1 != 0); }

const OpcodeEntry kTable[] = {
#define OPCODE RV_OPCODE_ENTRY
#include "cpu/opcodes/system.def"
#undef OPCODE
};

}  // namespace

std::span<const OpcodeEntry> opcodes_system() { return kTable; }

}  // namespace rvisor::cpu
