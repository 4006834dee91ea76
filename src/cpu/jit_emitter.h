// Inside the JIT (jit_x64.h): the code generator for one block.
//
// Host registers in translated code:
//   rbx  the Hart                          r12  guest pc of the block's first instruction
//   rbp, r13, r14, r15  the homes of guest a5, sp, a0, a4 (kHomeGuests) between blocks
//   r8, r9, r10         with the homes, a cache of guest x registers within a block
//   r11                 Hart::retired, across blocks
//   rax, rcx, rdx, rsi  scratch;  rdi  scratch, and the zero for x0 reads
// A chained jump keeps the homes and the retired count in their registers: the next block
// uses them as they are, with no store and reload through memory in between (which put a
// store-forwarding delay on every value that crossed a block boundary). They go to memory
// (Hart::x, Hart::retired) only on the ways out of translated code (exit0, and before a call
// of the interpreter or a slow path that may leave), and come back from it on entry (the
// prologue) and after a call of the interpreter. The four are busybox's and the kernel's
// most used registers (static counts: a5, sp, a0, a4, then s0).
// Within a block all seven slots are one cache: guest registers are loaded on first use and
// written back before anything that can see them (a helper call, a chained jump, the
// block's end). A block short of registers may give a home's slot to another register; a
// chained jump then puts the home back first (ChainPlan). The cache's state is known while
// generating code, so a slow path written out of line knows exactly what to write back.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <cstring>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <vector>
#include <xbyak/xbyak.h>

#include "cpu/block_cache.h"
#include "cpu/jit_x64.h"

namespace rvisor::cpu {

enum class Jit::Op : uint8_t {
  Lui, Auipc, Jal, Jalr, Beq, Bne, Blt, Bge, Bltu, Bgeu,                       // control
  Lb, Lh, Lw, Ld, Lbu, Lhu, Lwu, Sb, Sh, Sw, Sd,                               // memory
  Addi, Slti, Sltiu, Xori, Ori, Andi, Slli, Srli, Srai,                        // OP-IMM
  Add, Sub, Sll, Slt, Sltu, Xor, Srl, Sra, Or, And,                            // OP
  Addiw, Slliw, Srliw, Sraiw, Addw, Subw, Sllw, Srlw, Sraw,                    // 32-bit
  Mul, Mulh, Mulhsu, Mulhu, Mulw,                                              // M
  Sh1add, Sh2add, Sh3add, AddUw, SlliUw,                                       // Zba
  Andn, Orn, Xnor, Min, Max, Minu, Maxu, SextB, SextH, ZextH, Rev8,            // Zbb
  Rol, Ror, Rori, Rolw, Rorw, Roriw,
  Bset, Bclr, Binv, Bext, Bseti, Bclri, Binvi, Bexti,                          // Zbs
  CzeroEqz, CzeroNez, Fence,
  Div, Divu, Rem, Remu, Divw, Divuw, Remw, Remuw,                              // M: division
  Clz, Ctz, Cpop, Clzw, Ctzw, Cpopw, OrcB,                                     // Zbb counts (lzcnt...)
  Flw, Fld, Fsw, Fsd, Pause,                                                   // FP loads and stores
};

// Byte offsets of the state translated code touches, measured on the hart itself, and the
// constants it needs.
struct JitLayout {
  int32_t x, pc, npc, retired;
  int32_t tlb_fetch, tlb_load, tlb_store;  // Hart fields pointing at the TLB sets in use
  int32_t chain_limit, link_site, link_pa;
  int32_t f, mstatus;  // FP registers; mstatus.FS gates FP loads and stores
  int32_t jump_cache, jump_generation;  // Hart::jump_cache_
  int32_t stack_base, stack_floor, groups;  // Hart::jit_stack_base_, jit_stack_floor_, jit_groups_
  uint64_t ram_host, ram_base;  // guest RAM: host address and guest-physical base
  const void* const* load_trampoline;   // Jit::load_trampoline_, by load kind
  const void* const* store_trampoline;  // Jit::store_trampoline_, by store kind
  // Shared block ends (Emitter::shared_tails, after the trampolines): return 0 or 1 to the
  // run loop; and the computed jump to rax (jump cache, then fetch TLB and block table).
  const void* exit0;
  const void* exit1;
  const void* indirect;
};

class Jit::Emitter : public Xbyak::CodeGenerator {
 public:
  Emitter(size_t max, uint8_t* where, const JitLayout& l, const std::unordered_map<const void*, Op>& native,
          BlockCache& cache)
      : CodeGenerator(max, where), l_(l), native_(native), cache_(cache) {}

  // Start a new piece of code at byte `at` of the buffer: labels and per-block state reset.
  void begin(size_t at);
  void block(const Block& b);
  // A load's or store's slow path (JitLayout::load_trampoline, store_trampoline): saves the
  // cached caller-saved registers, puts the hart and the block's pc in place, calls helper.
  const void* slow_path_trampoline(const void* helper, bool store);
  // The ends every block shares, emitted once per JIT: JitLayout::exit0, exit1, indirect.
  void shared_tails(const void*& exit0, const void*& exit1, const void*& indirect);
  // Bytes of the prologue: a chained jump enters the next block just after it.
  static inline size_t prologue_size = 0;

 private:
  // A jump target in the code being written (see label() below).
  struct Mark {
    int64_t at = -1;  // offset in the buffer once bound
  };

  // ---- the guest register homes and cache ----
  static constexpr unsigned kHostRegs = 7;  // slots: the homes, then the cache
  static constexpr unsigned kHomes = 4;
  static constexpr std::array<uint8_t, kHomes> kHomeGuests = {15, 2, 10, 14};  // a5 sp a0 a4, in slots 0-3
  bool at_home(unsigned slot) const;  // holds the guest register whose home it is
  struct HostReg {
    int8_t guest = -1;  // cached guest register, or -1
    bool dirty = false;
    bool pinned = false;  // in use by the instruction being translated
    uint32_t stamp = 0;   // last use, for eviction
  };
  const Xbyak::Reg64& host(unsigned slot) const;
  unsigned allocate();                          // a free or least recently used slot
  const Xbyak::Reg64& src(unsigned r);          // guest r's value (x0 reads as zero)
  const Xbyak::Reg64& dst(unsigned r);          // where to put guest r's new value (marked dirty)
  // Guest r as an x86 source operand, 64 or 32 bits wide: its register when cached or read
  // again within kNearReads instructions, else its place in Hart::x. A value read once in a
  // while then costs no slot, and so no eviction (a store) and later reload of another.
  // `k` (0 or 1) picks the storage for a memory operand: two may be live at once.
  static constexpr size_t kNearReads = 3;
  const Xbyak::Operand& operand(unsigned r, unsigned k, bool word = false);
  const Xbyak::Reg64& dst_undirtied(unsigned r, bool& was_dirty);
  void mark_dirty(unsigned r);
  void write_back(unsigned slot);
  void forget_all();                            // memory up to date, every slot emptied
  void homes_out();                             // the homes to Hart::x (exit0 adds the count)
  void homes_in();                              // the homes and the count from the Hart
  // (slot, guest register) pairs, at most one per slot: a fixed array, so that planning the
  // write-backs of every slow path and side exit allocates nothing.
  class SlotList {
   public:
    struct Item {
      uint8_t slot, guest;
    };
    void emplace_back(unsigned slot, unsigned guest) {
      items_[n_++] = {static_cast<uint8_t>(slot), static_cast<uint8_t>(guest)};
    }
    const Item* begin() const { return items_.data(); }
    const Item* end() const { return items_.data() + n_; }

   private:
    std::array<Item, kHostRegs> items_{};
    uint8_t n_ = 0;
  };
  // (slot, guest register) of every dirty slot: what an exit out of translated code writes.
  SlotList dirty_slots() const;
  // What a chained jump must do first: write back what is dirty outside its home, and load
  // the homes whose slots were given to other registers in this block.
  struct ChainPlan {
    SlotList stores, loads;
  };
  ChainPlan chain_plan() const;
  void emit(const ChainPlan& p);
  void write_back(const SlotList& dirty);
  void unpin() {
    for (auto& h : hosts_) h.pinned = false;
  }

  // ---- state and helpers ----
  Xbyak::Address X(unsigned r) { return qword[rbx + l_.x + 8 * static_cast<int>(r)]; }
  Xbyak::Address Pc() { return qword[rbx + l_.pc]; }
  Xbyak::Address Npc() { return qword[rbx + l_.npc]; }
  Xbyak::Address Retired() { return qword[rbx + l_.retired]; }
  const Xbyak::Reg64& retired_reg() const { return r11; }
  void prologue();
  void epilogue();
  void guest_pc(const Xbyak::Reg64& r, int64_t off);  // r = block pc + off
  void add_retired(unsigned n) {
    if (n) add(retired_reg(), n);
  }
  void sync_for_helper(uint64_t off, unsigned len, unsigned unsynced);  // pc, npc, retired
  void call_fn(const void* fn);
  // Push/pop the cached caller-saved host registers around a call from a slow path.
  void save_volatile();
  void restore_volatile();

  // ---- block ends ----
  void chain(int64_t off, unsigned unsynced);  // static next pc
  void chain_written(int64_t off, unsigned unsynced);  // the same, with Hart::x already current
  void jump_if_translated();                   // rax = next pc: the shared computed jump
  void computed_jump();                        // its body (shared_tails)
  void leave(int status) { jmp(status ? l_.exit1 : l_.exit0); }  // back to the run loop
  void jump_entry();                           // rsi = its jump cache entry
  void fetch_host(Mark& miss);                 // rcx = host address of fetching va = rax, via the fetch TLB
  void may_chain(Mark& stop);

  // ---- guest calls and returns on the host stack ----
  // A guest call (jal or jalr that links ra or t0) is a host `call`, with a frame above the
  // host return address: the return address the guest expects, the fetch TLB set and the
  // jump generation (32 bytes: rsp stays 16-byte aligned). A guest return (jalr x0 through ra
  // or t0) whose target, set and generation match the top frame is a host `ret`, which the
  // host's return predictor gets right, where the computed jump would probe the jump cache
  // and take an indirect jump. It lands just after the call, which chains to the block after
  // the guest call. A frame that does not match is dropped; the return goes the computed way.
  // Frames live until translated code goes back to the run loop (its exits reset rsp) and
  // reach no deeper than kCallFrames: a call beyond that is a plain jump.
  static constexpr unsigned kCallFrames = 1024;
  static constexpr int32_t kCallFrameBytes = 32;
  static bool links(unsigned r) { return r == 1 || r == 5; }
  void guest_call(int64_t next, const int64_t* target, unsigned unsynced);  // target null: in rax
  void guest_return(unsigned unsynced);                                     // target in rax

  // ---- templates (jit_templates.cpp; loads and stores: jit_memory.cpp) ----
  bool native(const Insn& i, Op op, uint64_t off, unsigned& unsynced);  // true: it ended the block
  void alu(const Insn& i, Op op);
  bool alu_in_place(const Insn& i, Op op);
  void in_place(Op op, const Xbyak::Reg& d, const Xbyak::Operand& a, const Xbyak::Operand& b);
  bool unary_in_place(const Insn& i, Op op);
  bool zero_extend_word(const Insn& i, Op op);  // sets fused_: it did the next instruction too
  bool set_less_than(const Insn& i, Op op);
  void alu_word(const Insn& i, Op op);
  void bitmanip(const Insn& i, Op op);
  void divide(const Insn& i, Op op);
  void count(const Insn& i, Op op);
  void fp_memory(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  void branch(const Insn& i, Op op, uint64_t off, unsigned unsynced);  // ends the block
  void side_exit(const Insn& i, Op op, uint64_t off, unsigned unsynced);  // a branch mid-block
  void jump_if(Op op, const Xbyak::Reg64& a, const Xbyak::Reg64* b, Mark& to);
  void load(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  void store(const Insn& i, Op op, uint64_t off, unsigned unsynced);
  void probe(const Xbyak::Reg64& base, int32_t imm, int32_t set, unsigned size, Mark& slow);
  void tlb_probe(int32_t set, int32_t mask, Mark& miss);  // va in rsi; a hit leaves rax = delta

  // ---- accesses that share a probe (jit_memory.cpp) ----
  // Loads (or stores) through one base register that nothing in between writes form a group.
  // Its first access checks that the whole range it covers lies in one page, aligned, and
  // probes that page once; it leaves the host delta in a slot (Hart::jit_groups_), which the others then
  // use with no probe of their own (a slot of 0: they probe as usual). Function prologues and
  // epilogues, and runs of accesses to one struct, are the groups that count.
  static constexpr unsigned kGroupSlots = 4;  // Hart::jit_groups_
  struct GroupedAccess {
    int8_t slot = -1;  // -1: not in a group
    bool first = false;
    uint8_t align = 1;  // the largest access size in the group: base % align must be 0
    int32_t lo = 0, hi = 0;  // the group's bytes, as offsets from the base register
  };
  void plan_groups(const Block& b);
  // Emits the translation of base + imm; returns where the access goes (host address).
  Xbyak::RegExp address(const Insn& i, const Xbyak::Reg64& base, int32_t set, unsigned size, Mark& slow);
  static uint32_t site(const Insn& i, uint64_t off, unsigned unsynced);  // for Jit::load_slow/store_slow
  void leave_if(const Xbyak::Reg32& status, const SlotList& dirty);
  // Out-of-line code, written after the block's main path: a lambda kept by value in place.
  // They capture references, registers and small values, all trivially copyable, so the
  // list grows by memcpy and a block's stubs allocate nothing once it has its capacity.
  struct Stub {
    static constexpr size_t kBytes = 128;
    alignas(16) unsigned char data[kBytes];
    void (*run)(const void*);
  };
  template <typename F>
  void later(F f) {
    static_assert(std::is_trivially_copyable_v<F> && sizeof(F) <= Stub::kBytes && alignof(F) <= 16);
    Stub& stub = stubs_.emplace_back();
    std::memcpy(stub.data, &f, sizeof f);
    stub.run = [](const void* p) { (*static_cast<const F*>(p))(); };
  }
  // ---- jump targets within the code being written ----
  // Xbyak's labels keep hash maps and a set of every live label, a good part of what a block
  // cost to compile; a Mark is an offset, and a jump to one not yet bound is patched when
  // it is (every jump is rel32). label() marks live until the next begin().
  Mark& label() { return marks_.emplace_back(); }
  using Xbyak::CodeGenerator::L;
  void L(Mark& m);  // bind m here
  void jump_to(Mark& m, int opcode);  // opcode: 0xe9 jmp, 0xe8 call, else 0x0f 0x8c (jcc cc)
  using Xbyak::CodeGenerator::jmp;
  using Xbyak::CodeGenerator::call;
  using Xbyak::CodeGenerator::jne;
  using Xbyak::CodeGenerator::jnz;
  using Xbyak::CodeGenerator::je;
  using Xbyak::CodeGenerator::jz;
  using Xbyak::CodeGenerator::jl;
  using Xbyak::CodeGenerator::jge;
  using Xbyak::CodeGenerator::jb;
  using Xbyak::CodeGenerator::jae;
  using Xbyak::CodeGenerator::jbe;
  void jmp(Mark& m, LabelType = T_NEAR) { jump_to(m, 0xe9); }
  void call(Mark& m) { jump_to(m, 0xe8); }
  void jb(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x82); }
  void jae(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x83); }
  void je(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x84); }
  void jz(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x84); }
  void jne(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x85); }
  void jnz(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x85); }
  void jbe(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x86); }
  void jl(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x8c); }
  void jge(Mark& m, LabelType = T_NEAR) { jump_to(m, 0x8d); }
  struct PendingJump {
    size_t site;  // offset of the rel32
    const Mark* to;
  };

  const JitLayout& l_;
  const std::unordered_map<const void*, Op>& native_;
  BlockCache& cache_;
  uint64_t block_pa_ = 0;
  const Block* block_ = nullptr;  // the block being translated
  bool fused_ = false;  // the template just written did the next instruction as well
  bool last_ = false;  // translating the block's last instruction
  size_t index_ = 0;   // the instruction being translated, in the block
  std::vector<int16_t> ops_;  // per instruction: its native template (an Op), or -1
  std::vector<GroupedAccess> groups_;  // per instruction (plan_groups)
  // Per instruction: the guest registers it reads (all of them for a call to the
  // interpreter). Eviction picks the cached register read again last (Belady's choice).
  std::vector<uint32_t> reads_;
  void plan_reads(const Block& b);
  size_t next_read(unsigned guest, size_t from) const;
  std::array<HostReg, kHostRegs> hosts_{};
  std::array<int8_t, 32> where_{};  // guest register -> slot, or -1
  std::array<std::optional<Xbyak::Address>, 2> memory_operands_;  // operand()'s storage
  std::array<Xbyak::Reg32, 2> word_operands_;
  uint32_t clock_ = 0;
  Mark leave_;  // return 1: a helper left the hart's state consistent
  std::deque<Mark> marks_;
  std::vector<PendingJump> pending_;  // jumps to marks not bound yet
  std::vector<Stub> stubs_;
};

}  // namespace rvisor::cpu
