// Native x86-64 templates for loads and stores: the software TLB probed inline, and the
// out-of-line slow paths (a miss, a misaligned access, MMIO, a trap) that call Jit's helpers.
#include <algorithm>
#include <array>
#include <cstddef>
#include <stdexcept>

#include "cpu/hart.h"
#include "cpu/jit_emitter.h"

namespace rvisor::cpu {

using Op = Jit::Op;  // NOLINT

// The software TLB inline: va = base + imm in rsi. On a hit, for an aligned access, rax =
// the host address delta (host = rax + rsi); else (a miss, or misaligned) jump to `slow`,
// which handles every case as Hart::load/store do.
void Jit::Emitter::probe(const Xbyak::Reg64& base, int32_t imm, int32_t set, unsigned size, Mark& slow) {
  if (imm) lea(rsi, ptr[base + imm]);
  else mov(rsi, base);
  tlb_probe(set, static_cast<int32_t>(-4096 | static_cast<int32_t>(size - 1)), slow);  // page, plus any misalignment
}

void Jit::Emitter::tlb_probe(int32_t set, int32_t mask, Mark& miss) {
  static_assert(sizeof(Tlb::Entry) == 16, "index = (va >> 12) % kEntries * 16 = (va >> 8) & mask");
  static_assert(offsetof(Tlb::Set, entries) == 0, "a set's address is its first entry's");
  mov(eax, esi);
  shr(eax, 8);
  and_(eax, static_cast<int32_t>((Tlb::kEntries - 1) << 4));
  mov(rdx, qword[rbx + set]);  // the TLB set in use
  mov(rcx, rsi);
  and_(rcx, mask);
  cmp(rcx, qword[rdx + rax]);
  jne(miss, T_NEAR);
  mov(rax, qword[rdx + rax + 8]);
}

namespace {
struct MemoryOp {
  bool is_memory = false, is_store = false, writes_x = false;
  unsigned size = 0;
};
MemoryOp memory_op(Op op) {
  switch (op) {
    case Op::Lb: case Op::Lbu: return {true, false, true, 1};
    case Op::Lh: case Op::Lhu: return {true, false, true, 2};
    case Op::Lw: case Op::Lwu: return {true, false, true, 4};
    case Op::Ld: return {true, false, true, 8};
    case Op::Sb: return {true, true, false, 1};
    case Op::Sh: return {true, true, false, 2};
    case Op::Sw: return {true, true, false, 4};
    case Op::Sd: return {true, true, false, 8};
    case Op::Flw: return {true, false, false, 4};
    case Op::Fld: return {true, false, false, 8};
    case Op::Fsw: return {true, true, false, 4};
    case Op::Fsd: return {true, true, false, 8};
    default: return {};
  }
}
bool writes_x(Op op) {
  const MemoryOp m = memory_op(op);
  return m.is_memory ? m.writes_x : !((op >= Op::Beq && op <= Op::Bgeu) || op == Op::Fence || op == Op::Pause);
}
}  // namespace

// Groups per (base register, load or store), kept open while the base stands still; then
// slots for the groups of two or more, first come first served.
void Jit::Emitter::plan_groups(const Block& b) {
  struct Group {
    size_t first = 0, last = 0, members = 0;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    unsigned align = 1;
    int8_t slot = -1;
  };
  std::vector<Group> found;                                      // in order of first member
  std::vector<int16_t> member_of(b.insns.size(), -1);           // instruction -> group
  std::array<int16_t, 64> open;                                  // (register, is_store) -> group
  open.fill(-1);
  uint64_t open_bits = 0;
  auto close = [&](unsigned key) {
    open[key] = -1;
    open_bits &= ~(1ull << key);
  };
  for (size_t k = 0; k < b.insns.size(); ++k) {
    const Insn& i = b.insns[k];
    if (ops_[k] < 0) {  // the interpreter's body may write any register
      for (; open_bits; open_bits &= open_bits - 1) open[static_cast<unsigned>(__builtin_ctzll(open_bits))] = -1;
      continue;
    }
    const Op op = static_cast<Op>(ops_[k]);
    const MemoryOp m = memory_op(op);
    if (m.is_memory && i.imm % static_cast<int32_t>(m.size) == 0) {  // aligned whenever the base is
      const unsigned key = i.rs1 * 2u + m.is_store;
      if (open[key] < 0) {
        open[key] = static_cast<int16_t>(found.size());
        open_bits |= 1ull << key;
        found.push_back(Group{k});
      }
      Group& g = found[static_cast<size_t>(open[key])];
      g.last = k;
      ++g.members;
      g.lo = std::min(g.lo, i.imm);
      g.hi = std::max(g.hi, i.imm + static_cast<int32_t>(m.size) - 1);
      g.align = std::max(g.align, m.size);
      member_of[k] = open[key];
    }
    if (writes_x(op) && i.rd) {
      close(i.rd * 2u);
      close(i.rd * 2u + 1);
    }
  }
  std::array<size_t, kGroupSlots> busy_until{};  // one past the last member of the slot's group
  for (Group& g : found) {
    if (g.members < 2 || g.hi - g.lo >= 4096) continue;
    for (unsigned s = 0; s < kGroupSlots; ++s) {
      if (busy_until[s] > g.first) continue;
      busy_until[s] = g.last + 1;
      g.slot = static_cast<int8_t>(s);
      break;
    }
  }
  groups_.assign(b.insns.size(), GroupedAccess{});
  for (size_t k = 0; k < b.insns.size(); ++k) {
    if (member_of[k] < 0) continue;
    const Group& g = found[static_cast<size_t>(member_of[k])];
    if (g.slot >= 0) groups_[k] = GroupedAccess{g.slot, k == g.first, static_cast<uint8_t>(g.align), g.lo, g.hi};
  }
}

Xbyak::RegExp Jit::Emitter::address(const Insn& i, const Xbyak::Reg64& base, int32_t set, unsigned size,
                                    Mark& slow) {
  const GroupedAccess g = groups_[index_];
  if (g.slot < 0) {
    probe(base, i.imm, set, size, slow);
    return rax + rsi;
  }
  const Xbyak::Address delta = qword[rbx + l_.groups + 8 * g.slot];
  Mark& reprobe = label();
  Mark& access = label();
  if (g.first) {  // the whole group in one page, and aligned: probe its page
    lea(rsi, ptr[base + g.lo]);
    lea(rdx, ptr[base + g.hi]);
    xor_(rdx, rsi);
    test(rdx, -4096);
    jnz(reprobe, T_NEAR);
    if (g.align > 1) {
      test(base.cvt32(), g.align - 1u);
      jnz(reprobe, T_NEAR);
    }
    tlb_probe(set, -4096, reprobe);
    mov(delta, rax);
  } else {
    mov(rax, delta);
    test(rax, rax);
    jz(reprobe, T_NEAR);
  }
  L(access);
  later([this, &reprobe, &access, &slow, base, delta, first = g.first, imm = i.imm, set, size] {
    L(reprobe);
    if (first) mov(delta, 0);  // the group's other accesses probe for themselves
    probe(base, imm, set, size, slow);
    jmp(access, T_NEAR);
  });
  return rax + base + i.imm;
}

void Jit::Emitter::load(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Lb);
  Mark& slow = label();
  Mark& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  bool rd_was_dirty;
  const Xbyak::Reg64& rd = dst_undirtied(i.rd, rd_was_dirty);
  auto dirty = dirty_slots();  // what the slow path must write back (rd only if it was)
  const Xbyak::RegExp at = address(i, base, l_.tlb_load, memory_op(op).size, slow);
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
         trampoline = l_.load_trampoline[k]] {
    L(slow);
    mov(ecx, site);  // rsi: the va
    call(trampoline);  // Jit::load_slow<T>, through Emitter::slow_path_trampoline
    leave_if(edx, dirty);  // rd only if it was dirty before: it still holds its old value
    if (!to_x0) mov(rd, rax);
    jmp(done, T_NEAR);
  });
}

// After a slow path's helper: if `status` is non-zero (a trap, an exit), write back what the
// fast path holds dirty and leave the block; else fall through.
void Jit::Emitter::leave_if(const Xbyak::Reg32& status, const SlotList& dirty) {
  Mark& on = label();
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
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Sb);
  Mark& slow = label();
  Mark& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  const Xbyak::Reg64& value = src(i.rs2);
  auto dirty = dirty_slots();
  const Xbyak::RegExp at = address(i, base, l_.tlb_store, memory_op(op).size, slow);
  switch (op) {
    case Op::Sb: mov(byte[at], value.cvt8()); break;
    case Op::Sh: mov(word[at], value.cvt16()); break;
    case Op::Sw: mov(dword[at], value.cvt32()); break;
    default: mov(qword[at], value); break;
  }
  L(done);
  later([this, site = site(i, off, unsynced), &slow, &done, value, dirty = std::move(dirty),
         trampoline = l_.store_trampoline[k]] {
    L(slow);
    mov(rdx, value);  // rsi: the va
    mov(ecx, site);
    call(trampoline);  // Jit::store_slow<T>, through Emitter::slow_path_trampoline
    leave_if(eax, dirty);
    jmp(done, T_NEAR);
  });
}

// FP loads and stores: with mstatus.FS on and a TLB hit, straight between memory and
// Hart::f (FP registers are not cached); anything else (FS off, a miss, MMIO) runs the
// interpreter's body out of line.
void Jit::Emitter::fp_memory(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  const MemoryOp m = memory_op(op);
  const bool is_store = m.is_store;
  const unsigned size = m.size;
  Mark& slow = label();
  Mark& done = label();
  const Xbyak::Reg64& base = src(i.rs1);
  auto dirty = dirty_slots();
  const Xbyak::RegExp at = address(i, base, is_store ? l_.tlb_store : l_.tlb_load, size, slow);
  test(dword[rbx + l_.mstatus], static_cast<uint32_t>(mstatus::FS));  // after the probe: a group's slot is set
  jz(slow, T_NEAR);
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
    if (unsynced) sub(retired_reg(), unsynced);  // (restore_volatile brought back the count before the call)
    jmp(done, T_NEAR);
  });
}

}  // namespace rvisor::cpu
