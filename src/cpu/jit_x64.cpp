// x86-64 translation of blocks. Register use inside translated code:
//   rbx = Hart*, r12 = guest pc of the block's first instruction; rax, rcx, rdx, rsi, rdi
//   are scratch. Guest registers live in Hart::x (memory operands), so helpers see them.
// Hart::retired is brought up to date lazily: before any helper that may observe it or
// leave the block, and at the block's end.
#include "cpu/jit_x64.h"

#include <sys/mman.h>
#include <unistd.h>

#include <deque>
#include <functional>
#include <stdexcept>
#include <string_view>
#include <xbyak/xbyak.h>

#include "cpu/hart.h"

namespace rvisor::cpu {

enum class Jit::Op : uint8_t {
  Lui, Auipc, Jal, Jalr, Beq, Bne, Blt, Bge, Bltu, Bgeu,
  Lb, Lh, Lw, Ld, Lbu, Lhu, Lwu, Sb, Sh, Sw, Sd,
  Addi, Slti, Sltiu, Xori, Ori, Andi, Slli, Srli, Srai,
  Add, Sub, Sll, Slt, Sltu, Xor, Srl, Sra, Or, And,
  Addiw, Slliw, Srliw, Sraiw, Addw, Subw, Sllw, Srlw, Sraw,
  Mul, Mulw, Sh1add, Sh2add, Sh3add, AddUw, Andn, Orn, Xnor, Fence,
};

namespace {

constexpr size_t kBufferSize = 64ull << 20;
constexpr size_t kWorstBlock = 64 << 10;  // far above what 64 instructions can need

// Byte offsets of the state translated code touches, measured on the hart itself.
struct Layout {
  int32_t x, pc, npc, retired, tlb_fetch, tlb_load, tlb_store, mip, mie, chain_limit;
  uint64_t ram_host, ram_base;  // guest RAM: host address and guest-physical base
};

}  // namespace

class Jit::Emitter : public Xbyak::CodeGenerator {
 public:
  Emitter(size_t max, uint8_t* where, const Layout& l, const std::unordered_map<const void*, Op>& native,
          BlockCache& cache)
      : CodeGenerator(max, where), l_(l), native_(native), cache_(cache) {}

  void block(const Block& b);
  // Bytes of the prologue: a chained jump enters the next block just after it.
  static inline size_t prologue_size = 0;

 private:
  Xbyak::Address X(unsigned r) { return qword[rbx + l_.x + 8 * static_cast<int>(r)]; }
  Xbyak::Address X32(unsigned r) { return dword[rbx + l_.x + 8 * static_cast<int>(r)]; }
  Xbyak::Address Pc() { return qword[rbx + l_.pc]; }
  Xbyak::Address Npc() { return qword[rbx + l_.npc]; }
  Xbyak::Address Retired() { return qword[rbx + l_.retired]; }

  void prologue() {
    push(rbx);
    push(r12);
    sub(rsp, 8);  // keeps calls 16-byte aligned
    mov(rbx, rdi);
    mov(r12, Pc());
  }
  void epilogue() {
    add(rsp, 8);
    pop(r12);
    pop(rbx);
    ret();
  }
  void guest_pc(const Xbyak::Reg64& r, int64_t off) {  // r = block pc + off
    if (off >= INT32_MIN && off <= INT32_MAX) {
      lea(r, ptr[r12 + static_cast<int32_t>(off)]);
    } else {
      mov(r, off);
      add(r, r12);
    }
  }
  void add_retired(unsigned n) {
    if (n) add(Retired(), n);
  }
  // State a helper needs: pc and npc of the instruction at `off`, retired up to it.
  void sync_for_helper(uint64_t off, unsigned len, unsigned unsynced) {
    add_retired(unsynced);
    guest_pc(rax, static_cast<int64_t>(off));
    mov(Pc(), rax);
    add(rax, len);
    mov(Npc(), rax);
  }
  void call_fn(const void* fn) {
    mov(rax, reinterpret_cast<uint64_t>(fn));
    call(rax);
  }
  // End of block: pc already stored; count the instructions and return 0.
  void finish(unsigned unsynced) {
    add_retired(unsynced);
    xor_(eax, eax);
    epilogue();
  }
  // End of block with a target known here (`off` from the block's pc): store it, and if it
  // lies in the same page, jump straight into its translation when there is one, no
  // interrupt is pending and the budget allows. Same page means same translation, so the
  // target's physical address is known now too.
  void chain(int64_t off, unsigned unsynced);
  // rax = the next pc (stored, retired counted): jump into its translation if the fetch TLB
  // and the block cache know it and nothing else must run first; else fall through.
  void jump_if_translated();
  // The checks every chained jump makes: pending interrupt, budget. Jumps to `stop` if one fails.
  void may_chain(Xbyak::Label& stop);
  void enter(const Xbyak::Reg64& code);  // r12 = rax, jump past the target's prologue

  void alu(const Insn& i, Op op);
  void branch(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  void load(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  void store(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  // The TLB probe shared by loads and stores: leaves the host address delta in rax and the
  // guest va in rsi, or jumps to `slow`.
  void probe(const Insn& i, int32_t set, unsigned size, Xbyak::Label& slow);
  // An out-of-line slow path: emitted after the block's body.
  void later(std::function<void()> f) { stubs_.push_back(std::move(f)); }

  const Layout& l_;
  const std::unordered_map<const void*, Op>& native_;
  BlockCache& cache_;
  uint64_t block_pa_ = 0;
  Xbyak::Label leave_;  // return 1: a helper left the hart's state consistent
  std::deque<Xbyak::Label> labels_;
  std::vector<std::function<void()>> stubs_;
};

void Jit::Emitter::block(const Block& b) {
  block_pa_ = b.pa;
  prologue();
  if (!prologue_size) prologue_size = getSize();
  if (getSize() != prologue_size) throw std::logic_error("jit: prologue size changed");
  uint64_t off = 0;
  unsigned unsynced = 0;  // instructions done since Hart::retired was last updated
  bool ended = false;
  for (const Insn& i : b.insns) {
    auto it = native_.find(reinterpret_cast<const void*>(i.exec));
    if (it == native_.end()) {
      sync_for_helper(off, i.len, unsynced);
      mov(rdi, rbx);
      mov(rsi, reinterpret_cast<uint64_t>(&i));
      if (i.ends_block) {
        call_fn(reinterpret_cast<const void*>(&Jit::exec_last));
        epilogue();  // exec_last advanced pc and counted the instruction; eax says how it went
        ended = true;
        break;
      }
      call_fn(reinterpret_cast<const void*>(&Jit::exec_mid));
      test(eax, eax);
      jnz(leave_, T_NEAR);
      unsynced = 1;
    } else {
      const Op op = it->second;
      if (op >= Op::Jal && op <= Op::Bgeu) {
        branch(i, op, off, unsynced);
        ended = true;
        break;
      }
      if (op >= Op::Lb && op <= Op::Lwu) {
        load(i, op, off, unsynced);
      } else if (op >= Op::Sb && op <= Op::Sd) {
        store(i, op, off, unsynced);
      } else if (op == Op::Auipc) {
        if (i.rd) {
          guest_pc(rax, static_cast<int64_t>(off) + i.imm);
          mov(X(i.rd), rax);
        }
      } else {
        alu(i, op);
      }
      ++unsynced;
    }
    off += i.len;
  }
  if (!ended) chain(static_cast<int64_t>(off), unsynced);  // fell off the end (page end or size limit)
  for (auto& stub : stubs_) stub();
  L(leave_);
  mov(eax, 1);
  epilogue();
}

void Jit::Emitter::alu(const Insn& i, Op op) {
  if (i.rd == 0) {
    if (op == Op::Fence) mfence();
    return;  // no effect but on x0
  }
  const uint32_t sh = static_cast<uint32_t>(i.imm);
  switch (op) {
    case Op::Lui: mov(X(i.rd), i.imm); return;  // imm32, sign-extended as RV64 wants
    case Op::Fence: mfence(); return;
    default: break;
  }
  const bool word = op == Op::Addiw || op == Op::Slliw || op == Op::Srliw || op == Op::Sraiw || op == Op::Addw ||
                    op == Op::Subw || op == Op::Sllw || op == Op::Srlw || op == Op::Sraw || op == Op::Mulw;
  if (word) {
    mov(eax, X32(i.rs1));
    switch (op) {
      case Op::Addiw: add(eax, i.imm); break;
      case Op::Slliw: shl(eax, sh & 31); break;
      case Op::Srliw: shr(eax, sh & 31); break;
      case Op::Sraiw: sar(eax, sh & 31); break;
      case Op::Addw: add(eax, X32(i.rs2)); break;
      case Op::Subw: sub(eax, X32(i.rs2)); break;
      case Op::Mulw: imul(eax, X32(i.rs2)); break;
      default:  // shifts by register: x86 masks cl to 5 bits for 32-bit operands, as RV64 does
        mov(ecx, X32(i.rs2));
        if (op == Op::Sllw) shl(eax, cl);
        else if (op == Op::Srlw) shr(eax, cl);
        else sar(eax, cl);
    }
    movsxd(rax, eax);
    mov(X(i.rd), rax);
    return;
  }
  switch (op) {
    case Op::Sh1add: case Op::Sh2add: case Op::Sh3add: {
      const int scale = op == Op::Sh1add ? 2 : op == Op::Sh2add ? 4 : 8;
      mov(rax, X(i.rs2));
      mov(rcx, X(i.rs1));
      lea(rax, ptr[rax + rcx * scale]);
      break;
    }
    case Op::AddUw: mov(eax, X32(i.rs1)); add(rax, X(i.rs2)); break;
    case Op::Andn: mov(rax, X(i.rs2)); not_(rax); and_(rax, X(i.rs1)); break;
    case Op::Orn: mov(rax, X(i.rs2)); not_(rax); or_(rax, X(i.rs1)); break;
    case Op::Xnor: mov(rax, X(i.rs1)); xor_(rax, X(i.rs2)); not_(rax); break;
    default:
      mov(rax, X(i.rs1));
      switch (op) {
        case Op::Addi: if (i.imm) add(rax, i.imm); break;
        case Op::Xori: xor_(rax, i.imm); break;
        case Op::Ori: or_(rax, i.imm); break;
        case Op::Andi: and_(rax, i.imm); break;
        case Op::Slli: shl(rax, sh & 63); break;
        case Op::Srli: shr(rax, sh & 63); break;
        case Op::Srai: sar(rax, sh & 63); break;
        case Op::Slti: cmp(rax, i.imm); setl(al); movzx(eax, al); break;
        case Op::Sltiu: cmp(rax, i.imm); setb(al); movzx(eax, al); break;  // imm sign-extended, compared unsigned
        case Op::Add: add(rax, X(i.rs2)); break;
        case Op::Sub: sub(rax, X(i.rs2)); break;
        case Op::Xor: xor_(rax, X(i.rs2)); break;
        case Op::Or: or_(rax, X(i.rs2)); break;
        case Op::And: and_(rax, X(i.rs2)); break;
        case Op::Mul: imul(rax, X(i.rs2)); break;
        case Op::Slt: cmp(rax, X(i.rs2)); setl(al); movzx(eax, al); break;
        case Op::Sltu: cmp(rax, X(i.rs2)); setb(al); movzx(eax, al); break;
        case Op::Sll: mov(rcx, X(i.rs2)); shl(rax, cl); break;  // x86 masks cl to 6 bits, as RV64 does
        case Op::Srl: mov(rcx, X(i.rs2)); shr(rax, cl); break;
        case Op::Sra: mov(rcx, X(i.rs2)); sar(rax, cl); break;
        default: throw std::logic_error("jit: ALU template missing");
      }
  }
  mov(X(i.rd), rax);
}

void Jit::Emitter::may_chain(Xbyak::Label& stop) {
  mov(rcx, qword[rbx + l_.mip]);
  test(qword[rbx + l_.mie], rcx);
  jnz(stop, T_NEAR);
  mov(rcx, Retired());
  cmp(rcx, qword[rbx + l_.chain_limit]);
  jae(stop, T_NEAR);
}

void Jit::Emitter::enter(const Xbyak::Reg64& code) {
  mov(r12, rax);
  add(code, static_cast<uint32_t>(prologue_size));
  jmp(code);
}

void Jit::Emitter::chain(int64_t off, unsigned unsynced) {
  guest_pc(rax, off);
  mov(Pc(), rax);
  add_retired(unsynced);
  const int64_t in_page = static_cast<int64_t>(block_pa_ & 0xfff) + off;
  if (in_page >= 0 && in_page < 0x1000) {
    const uint64_t target_pa = (block_pa_ & ~0xfffull) + static_cast<uint64_t>(in_page);
    Xbyak::Label& stop = labels_.emplace_back();
    may_chain(stop);
    mov(rdx, reinterpret_cast<uint64_t>(&cache_.slot(target_pa)));
    mov(rcx, target_pa);
    cmp(rcx, qword[rdx + offsetof(BlockCache::Slot, pa)]);
    jne(stop, T_NEAR);
    mov(rcx, reinterpret_cast<uint64_t>(cache_.epoch_address()));
    mov(rcx, qword[rcx]);
    cmp(rcx, qword[rdx + offsetof(BlockCache::Slot, epoch)]);
    jne(stop, T_NEAR);
    mov(rcx, qword[rdx + offsetof(BlockCache::Slot, code)]);
    test(rcx, rcx);
    jz(stop, T_NEAR);
    enter(rcx);
    L(stop);
  } else {
    jump_if_translated();
  }
  xor_(eax, eax);
  epilogue();
}

void Jit::Emitter::jump_if_translated() {
  Xbyak::Label& stop = labels_.emplace_back();
  may_chain(stop);
  // fetch TLB: va -> host address -> guest-physical address
  mov(rcx, rax);
  shr(rcx, 12);
  mov(edx, ecx);
  and_(edx, Tlb::kEntries - 1);
  shl(edx, 4);
  cmp(rcx, qword[rbx + rdx + l_.tlb_fetch]);
  jne(stop, T_NEAR);
  mov(rcx, qword[rbx + rdx + l_.tlb_fetch + 8]);
  add(rcx, rax);
  mov(rdx, l_.ram_base - l_.ram_host);  // pa = host - ram_host + ram_base (mod 2^64)
  add(rcx, rdx);
  // the block cache's slot for that pa
  mov(rdx, rcx);
  shr(rdx, 1);
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
  enter(rcx);
  L(stop);
}

// Branches and jumps end the block.
void Jit::Emitter::branch(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  const int64_t next = static_cast<int64_t>(off) + i.len, target = static_cast<int64_t>(off) + i.imm;
  switch (op) {
    case Op::Jal:
      if (i.rd) {
        guest_pc(rax, next);
        mov(X(i.rd), rax);
      }
      chain(target, unsynced + 1);
      return;
    case Op::Jalr:
      mov(rax, X(i.rs1));  // read rs1 before writing rd (they may be the same register)
      if (i.imm) add(rax, i.imm);
      and_(rax, -2);
      if (i.rd) {
        guest_pc(rcx, next);
        mov(X(i.rd), rcx);
      }
      mov(Pc(), rax);
      add_retired(unsynced + 1);
      jump_if_translated();
      xor_(eax, eax);
      epilogue();
      return;
    default: break;
  }
  Xbyak::Label& taken = labels_.emplace_back();
  mov(rcx, X(i.rs1));
  cmp(rcx, X(i.rs2));
  switch (op) {
    case Op::Beq: je(taken, T_NEAR); break;
    case Op::Bne: jne(taken, T_NEAR); break;
    case Op::Blt: jl(taken, T_NEAR); break;
    case Op::Bge: jge(taken, T_NEAR); break;
    case Op::Bltu: jb(taken, T_NEAR); break;
    default: jae(taken, T_NEAR); break;
  }
  chain(next, unsynced + 1);
  L(taken);
  chain(target, unsynced + 1);
}

void Jit::Emitter::probe(const Insn& i, int32_t set, unsigned size, Xbyak::Label& slow) {
  mov(rsi, X(i.rs1));
  if (i.imm) add(rsi, i.imm);
  mov(rax, rsi);
  shr(rax, 12);
  mov(ecx, eax);
  and_(ecx, Tlb::kEntries - 1);
  shl(ecx, 4);  // sizeof(Tlb::Entry)
  cmp(rax, qword[rbx + rcx + set]);
  jne(slow, T_NEAR);
  mov(eax, esi);
  and_(eax, 0xfff);
  cmp(eax, 0x1000 - size);  // the access must not cross the page
  ja(slow, T_NEAR);
  mov(rax, qword[rbx + rcx + set + 8]);
}

void Jit::Emitter::load(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  static const unsigned kSize[] = {1, 2, 4, 8, 1, 2, 4};
  static const void* const kSlow[] = {
      reinterpret_cast<const void*>(&Jit::load_slow<int8_t>), reinterpret_cast<const void*>(&Jit::load_slow<int16_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<int32_t>), reinterpret_cast<const void*>(&Jit::load_slow<uint64_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<uint8_t>), reinterpret_cast<const void*>(&Jit::load_slow<uint16_t>),
      reinterpret_cast<const void*>(&Jit::load_slow<uint32_t>)};
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Lb);
  Xbyak::Label& slow = labels_.emplace_back();
  Xbyak::Label& done = labels_.emplace_back();
  probe(i, l_.tlb_load, kSize[k], slow);
  const Xbyak::RegExp at = rax + rsi;
  switch (op) {
    case Op::Lb: movsx(rax, byte[at]); break;
    case Op::Lh: movsx(rax, word[at]); break;
    case Op::Lw: movsxd(rax, dword[at]); break;
    case Op::Ld: mov(rax, qword[at]); break;
    case Op::Lbu: movzx(eax, byte[at]); break;
    case Op::Lhu: movzx(eax, word[at]); break;
    default: mov(eax, dword[at]); break;
  }
  if (i.rd) mov(X(i.rd), rax);
  L(done);
  const Insn* insn = &i;
  later([this, insn, off, unsynced, &slow, &done, fn = kSlow[k]] {
    L(slow);
    sync_for_helper(off, insn->len, unsynced);  // rsi (the va) survives: only rax is used
    mov(rdi, rbx);
    mov(edx, insn->rd);
    call_fn(fn);
    test(eax, eax);
    jnz(leave_, T_NEAR);
    if (unsynced) sub(Retired(), unsynced);  // the fast path counts these at the block's end
    jmp(done, T_NEAR);
  });
}

void Jit::Emitter::store(const Insn& i, Op op, uint64_t off, unsigned unsynced) {
  static const unsigned kSize[] = {1, 2, 4, 8};
  static const void* const kSlow[] = {
      reinterpret_cast<const void*>(&Jit::store_slow<uint8_t>), reinterpret_cast<const void*>(&Jit::store_slow<uint16_t>),
      reinterpret_cast<const void*>(&Jit::store_slow<uint32_t>), reinterpret_cast<const void*>(&Jit::store_slow<uint64_t>)};
  const unsigned k = static_cast<unsigned>(op) - static_cast<unsigned>(Op::Sb);
  Xbyak::Label& slow = labels_.emplace_back();
  Xbyak::Label& done = labels_.emplace_back();
  probe(i, l_.tlb_store, kSize[k], slow);
  mov(rdx, X(i.rs2));
  const Xbyak::RegExp at = rax + rsi;
  switch (op) {
    case Op::Sb: mov(byte[at], dl); break;
    case Op::Sh: mov(word[at], dx); break;
    case Op::Sw: mov(dword[at], edx); break;
    default: mov(qword[at], rdx); break;
  }
  L(done);
  const Insn* insn = &i;
  later([this, insn, off, unsynced, &slow, &done, fn = kSlow[k]] {
    L(slow);
    sync_for_helper(off, insn->len, unsynced);
    mov(rdi, rbx);
    mov(rdx, X(insn->rs2));
    call_fn(fn);
    test(eax, eax);
    jnz(leave_, T_NEAR);
    if (unsynced) sub(Retired(), unsynced);
    jmp(done, T_NEAR);
  });
}

// ---- the Jit ----

Jit::Jit(Hart& h) : hart_(h) {
  void* p = mmap(nullptr, kBufferSize, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::runtime_error("jit: cannot map the code buffer");
  buffer_ = static_cast<uint8_t*>(p);
  if (h.config.perf_map) perf_map_ = std::fopen(("/tmp/perf-" + std::to_string(getpid()) + ".map").c_str(), "w");
  static const std::pair<std::string_view, Op> kNative[] = {
      {"lui", Op::Lui}, {"auipc", Op::Auipc}, {"jal", Op::Jal}, {"jalr", Op::Jalr},
      {"beq", Op::Beq}, {"bne", Op::Bne}, {"blt", Op::Blt}, {"bge", Op::Bge}, {"bltu", Op::Bltu}, {"bgeu", Op::Bgeu},
      {"lb", Op::Lb}, {"lh", Op::Lh}, {"lw", Op::Lw}, {"ld", Op::Ld}, {"lbu", Op::Lbu}, {"lhu", Op::Lhu}, {"lwu", Op::Lwu},
      {"sb", Op::Sb}, {"sh", Op::Sh}, {"sw", Op::Sw}, {"sd", Op::Sd},
      {"addi", Op::Addi}, {"slti", Op::Slti}, {"sltiu", Op::Sltiu}, {"xori", Op::Xori}, {"ori", Op::Ori},
      {"andi", Op::Andi}, {"slli", Op::Slli}, {"srli", Op::Srli}, {"srai", Op::Srai},
      {"add", Op::Add}, {"sub", Op::Sub}, {"sll", Op::Sll}, {"slt", Op::Slt}, {"sltu", Op::Sltu},
      {"xor", Op::Xor}, {"srl", Op::Srl}, {"sra", Op::Sra}, {"or", Op::Or}, {"and", Op::And},
      {"addiw", Op::Addiw}, {"slliw", Op::Slliw}, {"srliw", Op::Srliw}, {"sraiw", Op::Sraiw},
      {"addw", Op::Addw}, {"subw", Op::Subw}, {"sllw", Op::Sllw}, {"srlw", Op::Srlw}, {"sraw", Op::Sraw},
      {"mul", Op::Mul}, {"mulw", Op::Mulw}, {"sh1add", Op::Sh1add}, {"sh2add", Op::Sh2add},
      {"sh3add", Op::Sh3add}, {"add_uw", Op::AddUw}, {"andn", Op::Andn}, {"orn", Op::Orn},
      {"xnor", Op::Xnor}, {"fence", Op::Fence},
  };
  for (auto group : {opcodes_rv64i(), opcodes_rv64m(), opcodes_rv64a(), opcodes_fp(), opcodes_bitmanip(), opcodes_system()})
    for (const OpcodeEntry& e : group)
      for (const auto& [name, op] : kNative)
        if (name == e.name) native_[reinterpret_cast<const void*>(e.exec)] = op;
}

Jit::~Jit() {
  if (perf_map_) std::fclose(perf_map_);
  munmap(buffer_, kBufferSize);
}

JitCode Jit::compile(const Block& b) {
  if (kBufferSize - used_ < kWorstBlock) {
    hart_.blocks_.flush();  // every block's code goes; b itself lives until the next reclaim()
    used_ = 0;
    return nullptr;
  }
  auto at = [&](const void* p) { return static_cast<int32_t>(static_cast<const uint8_t*>(p) - reinterpret_cast<const uint8_t*>(&hart_)); };
  const Layout layout{at(&hart_.x[0]), at(&hart_.pc), at(&hart_.npc), at(&hart_.retired),
                      at(&hart_.tlb_.sets_[static_cast<unsigned>(Access::Fetch)][0]),
                      at(&hart_.tlb_.sets_[static_cast<unsigned>(Access::Load)][0]),
                      at(&hart_.tlb_.sets_[static_cast<unsigned>(Access::Store)][0]),
                      at(&hart_.csrs.mip), at(&hart_.csrs.mie), at(&hart_.chain_limit_),
                      reinterpret_cast<uint64_t>(hart_.ram_), hart_.ram_base_};
  try {
    Emitter e(kWorstBlock, buffer_ + used_, layout, native_, hart_.blocks_);
    e.block(b);
    auto code = reinterpret_cast<JitCode>(buffer_ + used_);
    if (perf_map_) {  // perf's JIT symbol format: START SIZE NAME, hex
      std::fprintf(perf_map_, "%lx %zx guest_pa_%lx\n", reinterpret_cast<uintptr_t>(code), e.getSize(), b.pa);
      std::fflush(perf_map_);
    }
    used_ += (e.getSize() + 15) & ~size_t{15};
    ++translated_;
    return code;
  } catch (const Xbyak::Error&) {
    return nullptr;  // should not happen; the block is interpreted instead
  }
}

bool Jit::take_pending(Hart& h, uint64_t& steps) {
  if (!trap_pending_) return true;  // an exit for the monitor: Hart::exit_ holds it
  trap_pending_ = false;
  h.take_trap(static_cast<uint64_t>(trap_.cause), trap_.tval);
  ++steps;
  return false;
}

uint32_t Jit::park(Hart* h) {
  try {
    throw;
  } catch (const Trap& t) {
    h->jit_->trap_pending_ = true;
    h->jit_->trap_ = t;
  } catch (const MmioExitSignal&) {
    // Hart::exit_ describes the access; the replay completes it on the next run().
  }
  return 1;
}

uint32_t Jit::exec_mid(Hart* h, const Insn* i) {
  try {
    i->exec(*h, *i);
    h->x[0] = 0;
    if (!h->exit_requested_) return 0;
    h->pc = h->npc;  // it retired, and asked to leave the run loop
    ++h->retired;
    return 1;
  } catch (const Trap&) {
    return park(h);
  } catch (const MmioExitSignal&) {
    return park(h);
  }
}

uint32_t Jit::exec_last(Hart* h, const Insn* i) {
  try {
    i->exec(*h, *i);
    h->x[0] = 0;
    h->pc = h->npc;
    ++h->retired;
    return h->exit_requested_ ? 1 : 0;
  } catch (const Trap&) {
    return park(h);
  } catch (const MmioExitSignal&) {
    return park(h);
  }
}

template <typename T>
uint32_t Jit::load_slow(Hart* h, uint64_t va, uint64_t rd) {
  try {
    T v = h->load<T>(va);
    if (rd) h->x[rd] = static_cast<uint64_t>(v);  // signed T sign-extends
    return 0;
  } catch (const Trap&) {
    return park(h);
  } catch (const MmioExitSignal&) {
    return park(h);
  }
}

template <typename T>
uint32_t Jit::store_slow(Hart* h, uint64_t va, uint64_t value) {
  try {
    h->store<T>(va, static_cast<T>(value));
    if (!h->exit_requested_) return 0;
    h->pc = h->npc;
    ++h->retired;
    return 1;
  } catch (const Trap&) {
    return park(h);
  } catch (const MmioExitSignal&) {
    return park(h);
  }
}

}  // namespace rvisor::cpu
