// The JIT: translates a hot Block to x86-64 (with xbyak).
//
// Translated code keeps the interpreter's state layout: guest registers stay in Hart::x and
// the pc in Hart::pc, so any instruction without a native template simply calls its
// interpreter body, and the interpreter remains the one definition of every instruction.
// Native templates cover the integer instructions that dominate real code (ALU, branches,
// jumps, loads and stores with the software TLB probed inline).
//
// Code is position-independent in the guest: it reads the block's starting pc from Hart::pc
// on entry, because a physical page may be mapped at several virtual addresses.
//
// Early exits: helpers never let a C++ exception cross translated code (it has no unwind
// tables). They catch a Trap or an MMIO exit, park it in the Jit, and return non-zero; the
// translated code returns at once and the run loop calls take_pending().
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <unordered_map>

#include "cpu/block_cache.h"
#include "cpu/types.h"

namespace rvisor::cpu {

class Hart;
struct JitLayout;

class Jit {
 public:
  explicit Jit(Hart& h);
  ~Jit();
  Jit(const Jit&) = delete;
  Jit& operator=(const Jit&) = delete;

  // Host code for b, or null when the code buffer is full: then every block is dropped (the
  // caller's b stays alive until the run loop's next BlockCache::reclaim) and space reused.
  JitCode compile(const Block& b);
  // After translated code returned non-zero: deliver the parked trap (counted in steps), or
  // say that run() must return the hart's pending exit (MMIO, WFI, SBI call, watched store).
  bool take_pending(Hart& h, uint64_t& steps);

  uint64_t translated_blocks() const { return translated_; }
  // Where a chained jump enters translated code: past its prologue.
  static const uint8_t* entry_of(JitCode code);

  enum class Op : uint8_t;  // native templates (jit_emitter.h)

 private:
  class Emitter;
  // Helpers called from translated code (static members: they reach Hart's private parts).
  static uint32_t exec_mid(Hart* h, const Insn* i);   // an instruction inside a block
  static uint32_t exec_last(Hart* h, const Insn* i);  // the last one: also advances pc
  // The slow paths of inline loads and stores. `site` packs the instruction's offset in the
  // block, its length and the instructions before it not yet counted (Emitter::site); they
  // set pc only for a trap or an exit, which is also when the dirty registers are written
  // back (by translated code, after the call).
  struct Loaded {
    uint64_t value;  // rax
    uint64_t leave;  // rdx: non-zero to leave the block
  };
  template <typename T> static Loaded load_slow(Hart* h, uint64_t va, uint64_t block_pc, uint32_t site);
  template <typename T> static uint32_t store_slow(Hart* h, uint64_t va, uint64_t value, uint64_t block_pc, uint32_t site);
  template <typename R, typename Body> static R at_site(Hart* h, uint64_t block_pc, uint32_t site, R failed, Body body);
  static uint32_t park(Hart* h);  // the current exception -> pending state; returns 1
  template <typename Body> static uint32_t guarded(Hart* h, Body body);
  static uint32_t retire_if_exit(Hart* h);

  // One trampoline per load and store slow path, at the code buffer's start (blocks follow
  // from code_start_): it saves the cached caller-saved registers, puts the hart and the
  // block's pc in place and calls the helper, so that each access's out-of-line path is a
  // `mov ecx, site; call` rather than the whole sequence.
  static constexpr unsigned kLoadKinds = 7, kStoreKinds = 4;
  void emit_shared_code();  // the trampolines and the shared block ends
  const void* load_trampoline_[kLoadKinds] = {};    // lb lh lw ld lbu lhu lwu: va in rsi
  const void* store_trampoline_[kStoreKinds] = {};  // sb sh sw sd: va in rsi, value in rdx
  // After them, the block ends every block shares (Emitter::shared_tails).
  const void* exit0_ = nullptr;
  const void* exit1_ = nullptr;
  const void* indirect_ = nullptr;
  JitLayout layout() const;  // where translated code finds the hart's state
  Hart& hart_;
  uint8_t* buffer_ = nullptr;
  // One code generator over the whole buffer, reused block after block: building one (an
  // Xbyak generator has some 400 register members) cost a tenth of each compile.
  std::unique_ptr<JitLayout> layout_;
  std::unique_ptr<Emitter> emitter_;
  size_t code_start_ = 0;
  size_t used_ = 0;
  uint64_t translated_ = 0;
  std::unordered_map<const void*, Op> native_;  // interpreter body -> native template
  std::FILE* perf_map_ = nullptr;
  bool trap_pending_ = false;
  Trap trap_{};
};

}  // namespace rvisor::cpu
