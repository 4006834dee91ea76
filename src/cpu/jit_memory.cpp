// Native x86-64 templates for loads and stores: the software TLB probed inline, and the
// out-of-line slow paths (a miss, a misaligned access, MMIO, a trap) that call Jit's helpers.
#include <stdexcept>

#include "cpu/hart.h"
#include "cpu/jit_emitter.h"

namespace rvisor::cpu {

using Op = Jit::Op;  // NOLINT

// The software TLB inline: va = base + imm in rsi. On a hit, for an aligned access, rax =
// the host address delta (host = rax + rsi); else (a miss, or misaligned) jump to `slow`,
// which handles every case as Hart::load/store do.
void Jit::Emitter::probe(const Xbyak::Reg64& base, int32_t imm, int32_t set, unsigned size, Xbyak::Label& slow) {
  static_assert(sizeof(Tlb::Entry) == 16, "index = (va >> 12) % kEntries * 16 = (va >> 8) & mask");
  lea(rsi, ptr[base + imm]);
  mov(eax, esi);
  shr(eax, 8);
  and_(eax, static_cast<int32_t>((Tlb::kEntries - 1) << 4));
  mov(rdx, qword[rbx + set]);  // the TLB set in use
  mov(rcx, rsi);
  and_(rcx, static_cast<int32_t>(-4096 | static_cast<int32_t>(size - 1)));  // page address, plus any misalignment
  cmp(rcx, qword[rdx + rax]);
  jne(slow, T_NEAR);
  mov(rax, qword[rdx + rax + 8]);
}

void Jit::Emitter::load(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  static const unsigned kSize[] = {1, 2, 4, 8, 1, 2, 4};
  static const void* const kSlow[] = {
      reinterpret_cast<const void*>(&Jit::load_slow<int8_t>), reinterpret_cast<const void*>(&Jit::load_slow<int16_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<int32_t>), reinterpret_cast<const void*>(&Jit::load_slow<uint64_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<uint8_t>), reinterpret_cast<const void*>(&Jit::load_slow<uint16_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<uint32_t>)};
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Lb);
  Xbyak::Label& slow = label();
  Xbyak::Label& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  bool rd_was_dirty;
  const Xbyak::Reg64& rd = dst_undirtied(i.rd, rd_was_dirty);
  auto dirty = dirty_slots();  // what the slow path must write back (rd only if it was)
  probe(base, i.imm, l_.tlb_load, kSize[k], slow);
  const Xbyak::RegExp at = rax + rsi;
  switch (op) {
    case Op::Lb: movsx(rd, byte[at]); break;
    case Op::Lh: movsx(rd, word[at]); break;
    case Op::Lw: movsxd(rd, dword[at]); break;
    case Op::Ld: mov(rd, qword[at]); break;
    case Op::Lbu: movzx(rd.cvt32(), byte[at]); break;
    case Op::Lhu: movzx(rd.cvt32(), word[at]); break;
    default: mov(rd.cvt32(), dword[at]); break;
  }
  mark_dirty(i.rd);
  L(done);
  later([this, site = site(i, off, unsynced), to_x0 = i.rd == 0, &slow, &done, rd, dirty = std::move(dirty),
         fn = kSlow[k]] {
    L(slow);
    save_volatile();
    mov(rdi, rbx);  // rsi: the va
    mov(rdx, r12);
    mov(ecx, site);
    call_fn(fn);
    restore_volatile();
    leave_if(edx, dirty);  // rd only if it was dirty before: it still holds its old value
    if (!to_x0) mov(rd, rax);
    jmp(done, T_NEAR);
  });
}

// After a slow path's helper: if `status` is non-zero (a trap, an exit), write back what the
// fast path holds dirty and leave the block; else fall through.
void Jit::Emitter::leave_if(const Xbyak::Reg32& status, const std::vector<std::pair<unsigned, unsigned>>& dirty) {
  Xbyak::Label& on = label();
  test(status, status);
  jz(on);
  write_back(dirty);
  jmp(leave_, T_NEAR);
  L(on);
}

uint32_t Jit::Emitter::site(const Insn& i, uint64_t off, unsigned unsynced) {
  static_assert(Block::kMaxInsns < 256, "unsynced fits 8 bits");
  if (off > 0xffff) throw std::logic_error("jit: block offset beyond 16 bits");
  return static_cast<uint32_t>(off) | static_cast<uint32_t>(i.len) << 16 | unsynced << 24;
}

void Jit::Emitter::store(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  static const unsigned kSize[] = {1, 2, 4, 8};
  static const void* const kSlow[] = {
      reinterpret_cast<const void*>(&Jit::store_slow<uint8_t>), reinterpret_cast<const void*>(&Jit::store_slow<uint16_t>),
      reinterpret_cast<const void*>(&Jit::store_slow<uint32_t>), reinterpret_cast<const void*>(&Jit::store_slow<uint64_t>)};
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Sb);
  Xbyak::Label& slow = label();
  Xbyak::Label& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  const Xbyak::Reg64& value = src(i.rs2);
  auto dirty = dirty_slots();
  probe(base, i.imm, l_.tlb_store, kSize[k], slow);
  const Xbyak::RegExp at = rax + rsi;
  switch (op) {
    case Op::Sb: mov(byte[at], value.cvt8()); break;
    case Op::Sh: mov(word[at], value.cvt16()); break;
    case Op::Sw: mov(dword[at], value.cvt32()); break;
    default: mov(qword[at], value); break;
  }
  L(done);
  later([this, site = site(i, off, unsynced), &slow, &done, value, dirty = std::move(dirty), fn = kSlow[k]] {
    L(slow);
    save_volatile();
    mov(rdx, value);  // before rdi and r8 are overwritten: x0 reads as rdi, r8 may be cached
    mov(rdi, rbx);    // rsi: the va
    mov(rcx, r12);
    mov(r8d, site);
    call_fn(fn);
    restore_volatile();
    leave_if(eax, dirty);
    jmp(done, T_NEAR);
  });
}

// FP loads and stores: with mstatus.FS on and a TLB hit, straight between memory and
// Hart::f (FP registers are not cached); anything else (FS off, a miss, MMIO) runs the
// interpreter's body out of line.
void Jit::Emitter::fp_memory(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  const bool is_store = op == Op::Fsw || op == Op::Fsd;
  const unsigned size = (op == Op::Flw || op == Op::Fsw) ? 4 : 8;
  Xbyak::Label& slow = label();
  Xbyak::Label& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  auto dirty = dirty_slots();
  test(dword[rbx + l_.mstatus], static_cast<uint32_t>(mstatus::FS));
  jz(slow, T_NEAR);
  probe(base, i.imm, is_store ? l_.tlb_store : l_.tlb_load, size, slow);
  const Xbyak::RegExp at = rax + rsi;
  const Xbyak::Address freg = qword[rbx + l_.f + 8 * static_cast<int>(is_store ? i.rs2 : i.rd)];
  switch (op) {
    case Op::Flw:
      mov(ecx, dword[at]);
      mov(rdx, 0xffffffff00000000ull);  // NaN-boxed
      or_(rcx, rdx);
      mov(freg, rcx);
      break;
    case Op::Fld:
      mov(rcx, qword[at]);
      mov(freg, rcx);
      break;
    case Op::Fsw:
      mov(ecx, dword[rbx + l_.f + 8 * static_cast<int>(i.rs2)]);
      mov(dword[at], ecx);
      break;
    default:
      mov(rcx, freg);
      mov(qword[at], rcx);
      break;
  }
  if (!is_store) or_(qword[rbx + l_.mstatus], static_cast<uint32_t>(mstatus::FS));  // FS = Dirty
  if (!is_store) bts(qword[rbx + l_.mstatus], 63);                                    // and SD
  L(done);
  const Insn* insn = &i;
  later([this, insn, off, unsynced, &slow, &done, dirty = std::move(dirty)] {
    L(slow);
    write_back(dirty);
    sync_for_helper(off, insn->len, unsynced);
    save_volatile();
    mov(rdi, rbx);
    mov(rsi, reinterpret_cast<uint64_t>(insn));
    call_fn(reinterpret_cast<const void*>(&Jit::exec_mid));
    restore_volatile();
    test(eax, eax);
    jnz(leave_, T_NEAR);
    if (unsynced) sub(Retired(), unsynced);
    jmp(done, T_NEAR);
  });
}

}  // namespace rvisor::cpu
