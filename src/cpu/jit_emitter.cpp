// The block's frame: prologue, the walk over its instructions, calls into the interpreter
// for instructions without a template, the register cache, and chained block ends.
#include "cpu/jit_emitter.h"

#include <cstdint>
#include <stdexcept>

#include "cpu/hart.h"

namespace rvisor::cpu {

void Jit::Emitter::begin(size_t at) {
  stubs_.clear();
  marks_.clear();
  pending_.clear();
  leave_ = Mark{};
  reset();
  setSize(at);
  hosts_.fill(HostReg{});
  where_.fill(-1);
  for (unsigned s = 0; s < kHomes; ++s) {
    hosts_[s].guest = static_cast<int8_t>(kHomeGuests[s]);
    hosts_[s].dirty = true;  // an earlier block may have written it: memory may be stale
    where_[kHomeGuests[s]] = static_cast<int8_t>(s);
  }
}

void Jit::Emitter::L(Mark& m) {
  m.at = static_cast<int64_t>(getSize());
  for (size_t k = 0; k < pending_.size();) {
    if (pending_[k].to == &m) {
      rewrite(pending_[k].site, static_cast<uint32_t>(m.at - static_cast<int64_t>(pending_[k].site + 4)), 4);
      pending_[k] = pending_.back();
      pending_.pop_back();
    } else {
      ++k;
    }
  }
}

void Jit::Emitter::jump_to(Mark& m, int opcode) {
  if (opcode == 0xe9 || opcode == 0xe8) {
    db(opcode);
  } else {
    db(0x0f);
    db(opcode);
  }
  const size_t site = getSize();
  dd(0);
  if (m.at >= 0) rewrite(site, static_cast<uint32_t>(m.at - static_cast<int64_t>(site + 4)), 4);
  else pending_.push_back({site, &m});
}

void Jit::Emitter::block(const Block& b) {
  block_pa_ = b.pa;
  block_ = &b;
  const size_t start = getSize();
  prologue();
  if (getSize() - start != prologue_size) throw std::logic_error("jit: prologue size changed");
  Mark& bail = label();
  if (b.tail_pa) {
    // An instruction across a page boundary: run only while pc + 2 still maps to the page its
    // second half was read from (else the run loop looks again, with pc unchanged).
    lea(rax, ptr[r12 + 2]);
    fetch_host(bail);
    mov(rdx, reinterpret_cast<uint64_t>(b.tail_host));
    cmp(rcx, rdx);
    jne(bail, T_NEAR);
  }
  ops_.resize(b.insns.size());
  for (size_t k = 0; k < b.insns.size(); ++k) {
    auto it = native_.find(reinterpret_cast<const void*>(b.insns[k].exec()));
    ops_[k] = it == native_.end() ? -1 : static_cast<int16_t>(it->second);
  }
  plan_groups(b);
  plan_reads(b);
  uint64_t off = 0;
  unsigned unsynced = 0;  // instructions done since Hart::retired was last updated
  bool ended = false;
  for (index_ = 0; index_ < b.insns.size(); ++index_) {
    const Insn& i = b.insns[index_];
    unpin();
    last_ = &i == &b.insns.back();
    if (ops_[index_] >= 0) {
      if (native(i, static_cast<Op>(ops_[index_]), off, unsynced)) {
        ended = true;
        break;
      }
      if (fused_) {  // the next instruction is done too
        fused_ = false;
        off += i.len;
        ++index_;
        ++unsynced;
        off += b.insns[index_].len;
        continue;
      }
    } else {  // the interpreter's body, which may read or write any register
      forget_all();
      sync_for_helper(off, i.len, unsynced);
      mov(rdi, rbx);
      mov(rsi, reinterpret_cast<uint64_t>(&i));
      if (i.ends_block) {  // a CSR access, xRET, ECALL, FENCE.I...: exec_last advances pc
        call_fn(reinterpret_cast<const void*>(&Jit::exec_last));
        test(eax, eax);
        jnz(leave_, T_NEAR);
        homes_in();
        mov(rax, Pc());
        jump_if_translated();  // under the new translation context, if it changed
        ended = true;
        break;
      }
      call_fn(reinterpret_cast<const void*>(&Jit::exec_mid));
      test(eax, eax);
      jnz(leave_, T_NEAR);
      homes_in();
      unsynced = 1;
    }
    off += i.len;
  }
  if (!ended) chain(static_cast<int64_t>(off), unsynced);  // fell off the end (page end or size limit)
  // A stub runs from its place in stubs_: one that added another could move them all.
  const size_t stubs = stubs_.size();
  for (size_t k = 0; k < stubs; ++k) stubs_[k].run(stubs_[k].data);
  if (stubs_.size() != stubs) throw std::logic_error("jit: an out-of-line stub added another");
  L(bail);
  mov(Pc(), r12);  // entered by a chained jump, which leaves Hart::pc behind
  leave(0);
  L(leave_);
  leave(1);
  if (!pending_.empty()) throw std::logic_error("jit: a jump to a mark never bound");
}

// Entered by `call` with rsp 8 below a 16-byte boundary: four pushes and 8 more realign it.
// The helper counts the instructions before the access on a trap: Hart::retired must be current.
const void* Jit::Emitter::slow_path_trampoline(const void* helper, bool store) {
  const void* at = getCurr();
  mov(Retired(), retired_reg());
  save_volatile();
  sub(rsp, 8);
  if (store) {  // store_slow(h, va, value, block_pc, site)
    mov(r8d, ecx);
    mov(rcx, r12);
  } else {  // load_slow(h, va, block_pc, site)
    mov(rdx, r12);
  }
  mov(rdi, rbx);
  call_fn(helper);
  add(rsp, 8);
  restore_volatile();
  ret();
  return at;
}

void Jit::Emitter::shared_tails(const void*& exit0, const void*& exit1, const void*& indirect) {
  const size_t start = getSize();
  prologue();  // never run: measures the prologue, which the computed jump skips
  prologue_size = getSize() - start;
  exit0 = getCurr();  // from translated code: the homes and the count are in registers
  homes_out();
  mov(Retired(), retired_reg());
  xor_(eax, eax);
  epilogue();
  exit1 = getCurr();  // after a helper that left: the Hart's state is current
  mov(eax, 1);
  epilogue();
  indirect = getCurr();
  computed_jump();
  jmp(exit0);
}

// ---- frame ----

void Jit::Emitter::prologue() {
  push(rbx);
  push(r12);
  push(rbp);
  push(r13);
  push(r14);
  push(r15);
  sub(rsp, 8);  // keeps calls 16-byte aligned
  mov(rbx, rdi);
  mov(qword[rbx + l_.stack_base], rsp);
  lea(rax, ptr[rsp - static_cast<int32_t>(kCallFrames) * kCallFrameBytes]);
  mov(qword[rbx + l_.stack_floor], rax);
  mov(r12, Pc());
  for (unsigned s = 0; s < kHomes; ++s) mov(host(s), X(kHomeGuests[s]));  // (dirty for the block: a chained
  mov(retired_reg(), Retired());                                            // jump enters after this)
}

void Jit::Emitter::epilogue() {
  mov(rsp, qword[rbx + l_.stack_base]);  // from any depth of guest calls
  add(rsp, 8);
  pop(r15);
  pop(r14);
  pop(r13);
  pop(rbp);
  pop(r12);
  pop(rbx);
  ret();
}

void Jit::Emitter::guest_pc(const Xbyak::Reg64& r, int64_t off) {
  if (off >= INT32_MIN && off <= INT32_MAX) {
    lea(r, ptr[r12 + static_cast<int32_t>(off)]);
  } else {
    mov(r, off);
    add(r, r12);
  }
}

void Jit::Emitter::sync_for_helper(uint64_t off, unsigned len, unsigned unsynced) {
  add_retired(unsynced);
  mov(Retired(), retired_reg());
  guest_pc(rax, static_cast<int64_t>(off));
  mov(Pc(), rax);
  add(rax, len);
  mov(Npc(), rax);
}

void Jit::Emitter::call_fn(const void* fn) {
  mov(rax, reinterpret_cast<uint64_t>(fn));
  call(rax);
}

void Jit::Emitter::save_volatile() {  // four pushes keep the stack 16-byte aligned
  push(r8);
  push(r9);
  push(r10);
  push(r11);
}

void Jit::Emitter::restore_volatile() {
  pop(r11);
  pop(r10);
  pop(r9);
  pop(r8);
}

// ---- the register cache ----

const Xbyak::Reg64& Jit::Emitter::host(unsigned slot) const {
  switch (slot) {
    case 0: return rbp;
    case 1: return r13;
    case 2: return r14;
    case 3: return r15;
    case 4: return r8;
    case 5: return r9;
    default: return r10;
  }
}

void Jit::Emitter::plan_reads(const Block& b) {
  reads_.assign(b.insns.size(), ~0u);
  for (size_t k = 0; k < b.insns.size(); ++k) {
    const Insn& i = b.insns[k];
    if (ops_[k] < 0) continue;  // the interpreter's body: every register
    const Op op = static_cast<Op>(ops_[k]);
    const bool none = op == Op::Lui || op == Op::Auipc || op == Op::Jal || op == Op::Fence || op == Op::Pause;
    const bool rs1_only = (op >= Op::Lb && op <= Op::Lwu) || (op >= Op::Addi && op <= Op::Srai) ||
                          (op >= Op::Addiw && op <= Op::Sraiw) || (op >= Op::Clz && op <= Op::OrcB) ||
                          (op >= Op::SextB && op <= Op::Rev8) || (op >= Op::Bseti && op <= Op::Bexti) ||
                          op == Op::Jalr || op == Op::Rori || op == Op::Roriw || op == Op::SlliUw ||
                          (op >= Op::Flw && op <= Op::Fsd);  // (an FP store's rs2 is an FP register)
    reads_[k] = none ? 0u : (1u << i.rs1) | (rs1_only ? 0u : 1u << i.rs2);
  }
}

// The first instruction from `from` on that reads `guest` (SIZE_MAX: none does).
size_t Jit::Emitter::next_read(unsigned guest, size_t from) const {
  for (size_t k = from; k < reads_.size(); ++k)
    if ((reads_[k] >> guest) & 1) return k;
  return SIZE_MAX;
}

// A free slot (the cache's before a home's that was given up), else the one read again latest.
unsigned Jit::Emitter::allocate() {
  for (unsigned k = 0; k < kHostRegs; ++k) {
    const unsigned s = (k + kHomes) % kHostRegs;
    if (hosts_[s].guest < 0) return s;
  }
  unsigned victim = kHostRegs;
  size_t victim_next = 0;
  for (unsigned s = 0; s < kHostRegs; ++s) {
    if (hosts_[s].pinned) continue;
    const size_t next = next_read(static_cast<unsigned>(hosts_[s].guest), index_);
    // Read again latest; on a tie, clean (no write-back) before dirty, then least recently used.
    const bool better = victim == kHostRegs || next > victim_next ||
                        (next == victim_next && (hosts_[s].dirty != hosts_[victim].dirty ? !hosts_[s].dirty
                                                                                          : hosts_[s].stamp < hosts_[victim].stamp));
    if (better) {
      victim = s;
      victim_next = next;
    }
  }
  if (victim == kHostRegs) throw std::logic_error("jit: every cached register is pinned");
  write_back(victim);
  where_[static_cast<unsigned>(hosts_[victim].guest)] = -1;
  hosts_[victim] = HostReg{};
  return victim;
}

const Xbyak::Reg64& Jit::Emitter::src(unsigned r) {
  if (r == 0) {
    xor_(edi, edi);
    return rdi;
  }
  int s = where_[r];
  if (s < 0) {
    s = static_cast<int>(allocate());
    mov(host(static_cast<unsigned>(s)), X(r));
    hosts_[static_cast<unsigned>(s)].guest = static_cast<int8_t>(r);
    where_[r] = static_cast<int8_t>(s);
  }
  HostReg& h = hosts_[static_cast<unsigned>(s)];
  h.pinned = true;
  h.stamp = ++clock_;
  return host(static_cast<unsigned>(s));
}

const Xbyak::Operand& Jit::Emitter::operand(unsigned r, unsigned k, bool word) {
  if (r != 0 && where_[r] < 0 && next_read(r, index_ + 1) > index_ + kNearReads) {
    const int32_t at = l_.x + 8 * static_cast<int32_t>(r);
    return memory_operands_[k].emplace(word ? dword[rbx + at] : qword[rbx + at]);
  }
  const Xbyak::Reg64& reg = src(r);
  if (!word) return reg;
  return word_operands_[k] = reg.cvt32();
}

// A register for guest r's next value, its dirty flag unchanged: a load's slow path must
// write back r's old value only if it was dirty before the load.
const Xbyak::Reg64& Jit::Emitter::dst_undirtied(unsigned r, bool& was_dirty) {
  was_dirty = false;
  if (r == 0) return rdi;  // a write to x0: computed, then dropped
  int s = where_[r];
  if (s < 0) {
    s = static_cast<int>(allocate());
    hosts_[static_cast<unsigned>(s)].guest = static_cast<int8_t>(r);
    where_[r] = static_cast<int8_t>(s);
  }
  HostReg& h = hosts_[static_cast<unsigned>(s)];
  was_dirty = h.dirty;
  h.pinned = true;
  h.stamp = ++clock_;
  return host(static_cast<unsigned>(s));
}

const Xbyak::Reg64& Jit::Emitter::dst(unsigned r) {
  bool was_dirty;
  const Xbyak::Reg64& reg = dst_undirtied(r, was_dirty);
  mark_dirty(r);
  return reg;
}

void Jit::Emitter::mark_dirty(unsigned r) {
  if (r && where_[r] >= 0) hosts_[static_cast<unsigned>(where_[r])].dirty = true;
}

void Jit::Emitter::write_back(unsigned slot) {
  HostReg& h = hosts_[slot];
  if (h.guest < 0 || !h.dirty) return;
  mov(X(static_cast<unsigned>(h.guest)), host(slot));
  h.dirty = false;
}

// Everything to memory, and the cache emptied: the interpreter may read and write any
// register. homes_in() puts the homes back after it.
void Jit::Emitter::forget_all() {
  for (unsigned s = 0; s < kHostRegs; ++s) {
    write_back(s);
    if (hosts_[s].guest >= 0) where_[static_cast<unsigned>(hosts_[s].guest)] = -1;
    hosts_[s] = HostReg{};
  }
}

void Jit::Emitter::homes_out() {
  for (unsigned s = 0; s < kHomes; ++s) mov(X(kHomeGuests[s]), host(s));
}

void Jit::Emitter::homes_in() {
  for (unsigned s = 0; s < kHomes; ++s) {
    mov(host(s), X(kHomeGuests[s]));
    if (hosts_[s].guest >= 0) where_[static_cast<unsigned>(hosts_[s].guest)] = -1;
    hosts_[s] = HostReg{static_cast<int8_t>(kHomeGuests[s])};  // clean: memory holds the same
    where_[kHomeGuests[s]] = static_cast<int8_t>(s);
  }
  mov(retired_reg(), Retired());
}

Jit::Emitter::SlotList Jit::Emitter::dirty_slots() const {
  SlotList out;
  for (unsigned s = 0; s < kHostRegs; ++s)
    if (hosts_[s].guest >= 0 && hosts_[s].dirty) out.emplace_back(s, static_cast<unsigned>(hosts_[s].guest));
  return out;
}

bool Jit::Emitter::at_home(unsigned slot) const {
  return slot < kHomes && hosts_[slot].guest == static_cast<int8_t>(kHomeGuests[slot]);
}

Jit::Emitter::ChainPlan Jit::Emitter::chain_plan() const {
  ChainPlan p;
  for (unsigned s = 0; s < kHostRegs; ++s)
    if (hosts_[s].guest >= 0 && hosts_[s].dirty && !at_home(s)) p.stores.emplace_back(s, static_cast<unsigned>(hosts_[s].guest));
  for (unsigned s = 0; s < kHomes; ++s)
    if (!at_home(s)) p.loads.emplace_back(s, kHomeGuests[s]);
  return p;
}

void Jit::Emitter::emit(const ChainPlan& p) {
  write_back(p.stores);
  for (auto [slot, guest] : p.loads) mov(host(slot), X(guest));
}

void Jit::Emitter::write_back(const SlotList& dirty) {
  for (auto [slot, guest] : dirty) mov(X(guest), host(slot));
}

// ---- block ends ----

// Budget and interrupts in one compare: an interrupt that becomes pending and enabled sets
// chain_limit_ to 0 (Hart::stop_chaining).
void Jit::Emitter::may_chain(Mark& stop) {
  cmp(retired_reg(), qword[rbx + l_.chain_limit]);
  jae(stop, T_NEAR);
}

void Jit::Emitter::chain(int64_t off, unsigned unsynced) {
  emit(chain_plan());
  chain_written(off, unsynced);
}

// Hart::pc is stored only on the ways back to the run loop: a chained block keeps its pc in
// r12, and helpers store it themselves (sync_for_helper, Jit::at_site).
void Jit::Emitter::chain_written(int64_t off, unsigned unsynced) {
  guest_pc(rax, off);
  add_retired(unsynced);
  const int64_t in_page = static_cast<int64_t>(block_pa_ & 0xfff) + off;
  if (in_page >= 0 && in_page < 0x1000) {
    // Same page, same translation: the target's physical address is known now. The jump
    // below starts as "jmp +0", on to the exit that asks the run loop to link it
    // (Hart::link_site_); once linked it enters the target's code directly.
    const uint64_t target_pa = (block_pa_ & ~0xfffull) + static_cast<uint64_t>(in_page);
    Mark& stop = label();
    may_chain(stop);
    mov(r12, rax);
    db(0xe9);  // jmp rel32
    uint8_t* site = const_cast<uint8_t*>(getCurr());
    dd(0);
    L(stop);
    mov(Pc(), rax);
    mov(rax, reinterpret_cast<uint64_t>(site));
    mov(qword[rbx + l_.link_site], rax);
    mov(rax, target_pa);
    mov(qword[rbx + l_.link_pa], rax);
    leave(0);
  } else {
    jump_if_translated();
  }
}

// ---- guest calls and returns ----

void Jit::Emitter::guest_call(int64_t next, const int64_t* target, unsigned unsynced) {
  emit(chain_plan());
  add_retired(unsynced);
  Mark& jump = label();
  cmp(rsp, qword[rbx + l_.stack_floor]);
  jbe(jump, T_NEAR);
  static_assert(offsetof(Hart::JumpEntry, fetch_set) == 8 && offsetof(Hart::JumpEntry, generation) == 16);
  push(qword[rbx + l_.jump_generation]);  // the frame in a jump cache entry's order
  push(qword[rbx + l_.tlb_fetch]);
  guest_pc(rcx, next);
  push(rcx);
  call(jump);
  // Back from a matching return, with rax = the pc after the call (guest_return).
  lea(r12, ptr[rax - static_cast<int32_t>(next)]);
  chain_written(next, 0);
  L(jump);
  if (target) chain_written(*target, 0);
  else jump_if_translated();
}

void Jit::Emitter::guest_return(unsigned unsynced) {
  emit(chain_plan());
  add_retired(unsynced);
  Mark& computed = label();
  Mark& drop = label();
  cmp(rsp, qword[rbx + l_.stack_base]);
  jae(computed, T_NEAR);  // no frame
  may_chain(computed);    // which stops there too
  cmp(rax, qword[rsp + 8]);
  jne(drop, T_NEAR);
  mov(rcx, qword[rbx + l_.tlb_fetch]);
  cmp(rcx, qword[rsp + 16]);
  jne(drop, T_NEAR);
  mov(rcx, qword[rbx + l_.jump_generation]);
  cmp(rcx, qword[rsp + 24]);
  jne(drop, T_NEAR);
  ret(kCallFrameBytes - 8);
  L(drop);
  add(rsp, kCallFrameBytes);
  L(computed);
  jump_if_translated();
}

void Jit::Emitter::fetch_host(Mark& miss) {
  mov(edx, eax);
  shr(edx, 8);
  and_(edx, static_cast<int32_t>((Tlb::kEntries - 1) << 4));  // ((va >> 12) % kEntries) * sizeof(Tlb::Entry)
  mov(rcx, rax);
  and_(rcx, -4096);
  mov(rsi, qword[rbx + l_.tlb_fetch]);
  cmp(rcx, qword[rsi + rdx]);
  jne(miss, T_NEAR);
  mov(rcx, qword[rsi + rdx + 8]);
  add(rcx, rax);
}

// rsi = the jump cache entry for va = rax.
void Jit::Emitter::jump_entry() {
  static_assert(sizeof(Hart::JumpEntry) == 32, "index * 32");
  mov(edx, eax);  // ((va >> 1) % kJumpEntries) * 32, as (va & mask << 1) << 4
  and_(edx, (Hart::kJumpEntries - 1) << 1);
  shl(edx, 4);
  lea(rsi, ptr[rbx + rdx + l_.jump_cache]);
}

// Every block's computed jump is the same code, so it is shared: 5 bytes at each site
// instead of some 270 (12,000 sites in a boot). Leaves through exit0 when it cannot jump.
void Jit::Emitter::jump_if_translated() { jmp(l_.indirect); }

void Jit::Emitter::computed_jump() {
  Mark& stop = label();
  Mark& miss = label();
  may_chain(stop);
  // The jump cache first: this va, under this fetch translation, nothing changed since.
  jump_entry();
  cmp(rax, qword[rsi + offsetof(Hart::JumpEntry, va)]);
  jne(miss, T_NEAR);
  mov(rcx, qword[rbx + l_.tlb_fetch]);
  cmp(rcx, qword[rsi + offsetof(Hart::JumpEntry, fetch_set)]);
  jne(miss, T_NEAR);
  mov(rcx, qword[rbx + l_.jump_generation]);
  cmp(rcx, qword[rsi + offsetof(Hart::JumpEntry, generation)]);
  jne(miss, T_NEAR);
  mov(r12, rax);
  jmp(qword[rsi + offsetof(Hart::JumpEntry, entry)]);
  L(miss);
  fetch_host(stop);  // va -> host address -> guest-physical address
  mov(rdx, l_.ram_base - l_.ram_host);  // pa = host - ram_host + ram_base (mod 2^64)
  add(rcx, rdx);
  // the block cache's slot for that pa
  mov(rdx, rcx);  // BlockCache::slot_index
  shr(rdx, 1);
  mov(rsi, rcx);
  shr(rsi, BlockCache::kSlotFold);
  xor_(rdx, rsi);
  and_(edx, static_cast<uint32_t>(BlockCache::slot_mask()));
  shl(rdx, 5);  // sizeof(BlockCache::Slot)
  mov(rsi, reinterpret_cast<uint64_t>(cache_.slots()));
  add(rdx, rsi);
  cmp(rcx, qword[rdx + offsetof(BlockCache::Slot, pa)]);
  jne(stop, T_NEAR);
  mov(rcx, reinterpret_cast<uint64_t>(cache_.epoch_address()));
  mov(rcx, qword[rcx]);
  cmp(rcx, qword[rdx + offsetof(BlockCache::Slot, epoch)]);
  jne(stop, T_NEAR);
  mov(rcx, qword[rdx + offsetof(BlockCache::Slot, code)]);
  test(rcx, rcx);
  jz(stop, T_NEAR);
  add(rcx, static_cast<uint32_t>(prologue_size));
  jump_entry();  // remember it
  mov(qword[rsi + offsetof(Hart::JumpEntry, va)], rax);
  mov(rdx, qword[rbx + l_.tlb_fetch]);
  mov(qword[rsi + offsetof(Hart::JumpEntry, fetch_set)], rdx);
  mov(rdx, qword[rbx + l_.jump_generation]);
  mov(qword[rsi + offsetof(Hart::JumpEntry, generation)], rdx);
  mov(qword[rsi + offsetof(Hart::JumpEntry, entry)], rcx);
  mov(r12, rax);
  jmp(rcx);
  L(stop);
  mov(Pc(), rax);  // rax still holds the next pc on every way here
}

}  // namespace rvisor::cpu
