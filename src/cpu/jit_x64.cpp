// The JIT's runtime: the code buffer, the table of native templates, compile(), and the
// helpers translated code calls (which turn C++ exceptions into return values).
#include "cpu/jit_x64.h"

#include <sys/mman.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>
#include <xbyak/xbyak_util.h>

#include "cpu/hart.h"
#include "cpu/jit_emitter.h"

namespace rvisor::cpu {

namespace {
constexpr size_t kBufferSize = 64ull << 20;
constexpr size_t kWorstBlock = 64 << 10;  // far above what 64 instructions can need

// Opcode-list names (opcodes/*.def) that have a native template (jit_templates.cpp).
const std::pair<std::string_view, Jit::Op> kNative[] = {
    {"lui", Jit::Op::Lui}, {"auipc", Jit::Op::Auipc}, {"jal", Jit::Op::Jal}, {"jalr", Jit::Op::Jalr},
    {"beq", Jit::Op::Beq}, {"bne", Jit::Op::Bne}, {"blt", Jit::Op::Blt}, {"bge", Jit::Op::Bge},
    {"bltu", Jit::Op::Bltu}, {"bgeu", Jit::Op::Bgeu},
    {"lb", Jit::Op::Lb}, {"lh", Jit::Op::Lh}, {"lw", Jit::Op::Lw}, {"ld", Jit::Op::Ld},
    {"lbu", Jit::Op::Lbu}, {"lhu", Jit::Op::Lhu}, {"lwu", Jit::Op::Lwu},
    {"sb", Jit::Op::Sb}, {"sh", Jit::Op::Sh}, {"sw", Jit::Op::Sw}, {"sd", Jit::Op::Sd},
    {"addi", Jit::Op::Addi}, {"slti", Jit::Op::Slti}, {"sltiu", Jit::Op::Sltiu}, {"xori", Jit::Op::Xori},
    {"ori", Jit::Op::Ori}, {"andi", Jit::Op::Andi}, {"slli", Jit::Op::Slli}, {"srli", Jit::Op::Srli},
    {"srai", Jit::Op::Srai},
    {"add", Jit::Op::Add}, {"sub", Jit::Op::Sub}, {"sll", Jit::Op::Sll}, {"slt", Jit::Op::Slt},
    {"sltu", Jit::Op::Sltu}, {"xor", Jit::Op::Xor}, {"srl", Jit::Op::Srl}, {"sra", Jit::Op::Sra},
    {"or", Jit::Op::Or}, {"and", Jit::Op::And},
    {"addiw", Jit::Op::Addiw}, {"slliw", Jit::Op::Slliw}, {"srliw", Jit::Op::Srliw}, {"sraiw", Jit::Op::Sraiw},
    {"addw", Jit::Op::Addw}, {"subw", Jit::Op::Subw}, {"sllw", Jit::Op::Sllw}, {"srlw", Jit::Op::Srlw},
    {"sraw", Jit::Op::Sraw},
    {"mul", Jit::Op::Mul}, {"mulh", Jit::Op::Mulh}, {"mulhsu", Jit::Op::Mulhsu}, {"mulhu", Jit::Op::Mulhu},
    {"mulw", Jit::Op::Mulw},
    {"sh1add", Jit::Op::Sh1add}, {"sh2add", Jit::Op::Sh2add}, {"sh3add", Jit::Op::Sh3add},
    {"add_uw", Jit::Op::AddUw}, {"slli_uw", Jit::Op::SlliUw},
    {"andn", Jit::Op::Andn}, {"orn", Jit::Op::Orn}, {"xnor", Jit::Op::Xnor}, {"min", Jit::Op::Min},
    {"max", Jit::Op::Max}, {"minu", Jit::Op::Minu}, {"maxu", Jit::Op::Maxu}, {"sext_b", Jit::Op::SextB},
    {"sext_h", Jit::Op::SextH}, {"zext_h", Jit::Op::ZextH}, {"rev8", Jit::Op::Rev8},
    {"rol", Jit::Op::Rol}, {"ror", Jit::Op::Ror}, {"rori", Jit::Op::Rori}, {"rolw", Jit::Op::Rolw},
    {"rorw", Jit::Op::Rorw}, {"roriw", Jit::Op::Roriw},
    {"bset", Jit::Op::Bset}, {"bclr", Jit::Op::Bclr}, {"binv", Jit::Op::Binv}, {"bext", Jit::Op::Bext},
    {"bseti", Jit::Op::Bseti}, {"bclri", Jit::Op::Bclri}, {"binvi", Jit::Op::Binvi}, {"bexti", Jit::Op::Bexti},
    {"czero_eqz", Jit::Op::CzeroEqz}, {"czero_nez", Jit::Op::CzeroNez}, {"fence", Jit::Op::Fence},
    {"div", Jit::Op::Div}, {"divu", Jit::Op::Divu}, {"rem", Jit::Op::Rem}, {"remu", Jit::Op::Remu},
    {"divw", Jit::Op::Divw}, {"divuw", Jit::Op::Divuw}, {"remw", Jit::Op::Remw}, {"remuw", Jit::Op::Remuw},
    {"orc_b", Jit::Op::OrcB},
    {"flw", Jit::Op::Flw}, {"fld", Jit::Op::Fld}, {"fsw", Jit::Op::Fsw}, {"fsd", Jit::Op::Fsd},
};
// Those that need a host instruction not every x86-64 has (the interpreter runs them otherwise).
const std::pair<std::string_view, Jit::Op> kNativeLzcnt[] = {{"clz", Jit::Op::Clz}, {"clzw", Jit::Op::Clzw}};
const std::pair<std::string_view, Jit::Op> kNativeBmi1[] = {{"ctz", Jit::Op::Ctz}, {"ctzw", Jit::Op::Ctzw}};
const std::pair<std::string_view, Jit::Op> kNativePopcnt[] = {{"cpop", Jit::Op::Cpop}, {"cpopw", Jit::Op::Cpopw}};
}  // namespace

Jit::Jit(Hart& h) : hart_(h), layout_(std::make_unique<JitLayout>()) {
  void* p = mmap(nullptr, kBufferSize, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::runtime_error("jit: cannot map the code buffer");
  buffer_ = static_cast<uint8_t*>(p);
  emitter_ = std::make_unique<Emitter>(kBufferSize, buffer_, *layout_, native_, hart_.blocks_);
  // Appended to, by every hart's JIT: each line goes out in one write() (fflush below), and
  // O_APPEND keeps the harts' lines whole.
  if (h.config.perf_map) perf_map_ = std::fopen(("/tmp/perf-" + std::to_string(getpid()) + ".map").c_str(), "a");
  emit_shared_code();
  std::vector<std::pair<std::string_view, Op>> native(std::begin(kNative), std::end(kNative));
  const Xbyak::util::Cpu cpu;
  if (cpu.has(Xbyak::util::Cpu::tLZCNT)) native.insert(native.end(), std::begin(kNativeLzcnt), std::end(kNativeLzcnt));
  if (cpu.has(Xbyak::util::Cpu::tBMI1)) native.insert(native.end(), std::begin(kNativeBmi1), std::end(kNativeBmi1));
  if (cpu.has(Xbyak::util::Cpu::tPOPCNT)) native.insert(native.end(), std::begin(kNativePopcnt), std::end(kNativePopcnt));
  // PAUSE is a hint, unless it must leave the run loop so that the thread yields.
  if (!h.config.yield_on_pause) native.emplace_back("pause", Op::Pause);
  for (auto group : {opcodes_rv64i(), opcodes_rv64m(), opcodes_rv64a(), opcodes_fp(), opcodes_bitmanip(), opcodes_system()})
    for (const OpcodeEntry& e : group)
      for (const auto& [name, op] : native)
        if (name == e.name) native_[reinterpret_cast<const void*>(e.exec)] = op;
}

// The code every block shares, at the buffer's start: the slow-path trampolines, then the
// block ends (Emitter::shared_tails). Blocks follow from code_start_.
void Jit::emit_shared_code() {
  const void* const loads[kLoadKinds] = {
      reinterpret_cast<const void*>(&load_slow<int8_t>), reinterpret_cast<const void*>(&load_slow<int16_t>),
      reinterpret_cast<const void*>(&load_slow<int32_t>), reinterpret_cast<const void*>(&load_slow<uint64_t>),
      reinterpret_cast<const void*>(&load_slow<uint8_t>), reinterpret_cast<const void*>(&load_slow<uint16_t>),
      reinterpret_cast<const void*>(&load_slow<uint32_t>)};
  const void* const stores[kStoreKinds] = {
      reinterpret_cast<const void*>(&store_slow<uint8_t>), reinterpret_cast<const void*>(&store_slow<uint16_t>),
      reinterpret_cast<const void*>(&store_slow<uint32_t>), reinterpret_cast<const void*>(&store_slow<uint64_t>)};
  *layout_ = layout();  // none of the shared code needs another piece's address
  Emitter& e = *emitter_;
  e.begin(0);
  for (unsigned k = 0; k < kLoadKinds; ++k) load_trampoline_[k] = e.slow_path_trampoline(loads[k], false);
  for (unsigned k = 0; k < kStoreKinds; ++k) store_trampoline_[k] = e.slow_path_trampoline(stores[k], true);
  const size_t trampolines = e.getSize();
  e.shared_tails(exit0_, exit1_, indirect_);
  code_start_ = (e.getSize() + 63) & ~size_t{63};
  used_ = code_start_;
  *layout_ = layout();  // now with the shared code's addresses
  if (perf_map_) {
    const auto* ends = static_cast<const uint8_t*>(exit0_);
    std::fprintf(perf_map_, "%lx %zx jit_slow_path_trampolines\n%lx %zx jit_block_ends\n",
                 reinterpret_cast<uintptr_t>(buffer_), trampolines, reinterpret_cast<uintptr_t>(ends),
                 static_cast<size_t>(buffer_ + code_start_ - ends));
    std::fflush(perf_map_);
  }
}

Jit::~Jit() {
  if (perf_map_) std::fclose(perf_map_);
  munmap(buffer_, kBufferSize);
}

JitCode Jit::compile(const Block& b) {
  if (kBufferSize - used_ < kWorstBlock) {
    hart_.blocks_.flush();  // every block's code goes; b itself lives until the next reclaim()
    hart_.link_site_ = nullptr;  // it pointed into the code being thrown away
    used_ = code_start_;
    return nullptr;
  }
  try {
    Emitter& e = *emitter_;
    e.begin(used_);
    e.block(b);
    auto code = reinterpret_cast<JitCode>(buffer_ + used_);
    const size_t size = e.getSize() - used_;
    if (perf_map_) {  // perf's JIT symbol format: START SIZE NAME, hex
      std::fprintf(perf_map_, "%lx %zx guest_pa_%lx\n", reinterpret_cast<uintptr_t>(code), size, b.pa);
      std::fflush(perf_map_);
    }
    used_ += (size + 15) & ~size_t{15};
    ++translated_;
    return code;
  } catch (const Xbyak::Error&) {
    return nullptr;  // should not happen; the block is interpreted instead
  }
}

JitLayout Jit::layout() const {
  auto at = [&](const void* p) { return static_cast<int32_t>(static_cast<const uint8_t*>(p) - reinterpret_cast<const uint8_t*>(&hart_)); };
  return {at(&hart_.x[0]), at(&hart_.pc), at(&hart_.npc), at(&hart_.retired),
          at(&hart_.tlb_.active_[static_cast<unsigned>(Access::Fetch)]),
          at(&hart_.tlb_.active_[static_cast<unsigned>(Access::Load)]),
          at(&hart_.tlb_.active_[static_cast<unsigned>(Access::Store)]),
          at(&hart_.chain_limit_),
          at(&hart_.link_site_), at(&hart_.link_pa_), at(&hart_.f[0]), at(&hart_.csrs.mstatus),
          at(&hart_.jump_cache_[0]), at(&hart_.jump_generation_),
          at(&hart_.jit_stack_base_), at(&hart_.jit_stack_floor_), at(&hart_.jit_groups_[0]),
          reinterpret_cast<uint64_t>(hart_.ram_), hart_.ram_base_, load_trampoline_, store_trampoline_,
          exit0_, exit1_, indirect_};
}

const uint8_t* Jit::entry_of(JitCode code) { return reinterpret_cast<const uint8_t*>(code) + Emitter::prologue_size; }

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

// Runs `body` (which returns 0, or 1 to leave the block) with exceptions turned into 1.
template <typename Body>
uint32_t Jit::guarded(Hart* h, Body body) {
  try {
    return body();
  } catch (const Trap&) {
    return park(h);
  } catch (const MmioExitSignal&) {
    return park(h);
  }
}

// The instruction retired; if it asked to leave the run loop (WFI, SBI call, watched store),
// pc moves past it and the block leaves.
uint32_t Jit::retire_if_exit(Hart* h) {
  if (!h->exit_requested_) return 0;
  h->pc = h->npc;
  ++h->retired;
  return 1;
}

uint32_t Jit::exec_mid(Hart* h, const Insn* i) {
  return guarded(h, [&] {
    i->exec()(*h, *i);
    h->x[0] = 0;
    return retire_if_exit(h);
  });
}

uint32_t Jit::exec_last(Hart* h, const Insn* i) {
  return guarded(h, [&] {
    i->exec()(*h, *i);
    h->x[0] = 0;
    h->pc = h->npc;
    ++h->retired;
    // A CSR write may have enabled a pending interrupt (or raised one, in sip or stimecmp):
    // translated code chains on only while chain_limit_ says so.
    if (h->csrs.mip.load(std::memory_order_relaxed) & h->csrs.mie) h->stop_chaining();
    return h->exit_requested_ ? 1u : 0u;
  });
}

// Runs `body` as the instruction at `site`; a trap or MMIO exit returns `failed`, with the
// instructions before it counted.
template <typename R, typename Body>
R Jit::at_site(Hart* h, uint64_t block_pc, uint32_t site, R failed, Body body) {
  h->pc = block_pc + (site & 0xffff);
  h->npc = h->pc + ((site >> 16) & 0xff);
  h->mmio_quiet_ = true;  // an MMIO access returns with mmio_signalled_ instead of throwing
  try {
    R r = body();
    h->mmio_quiet_ = false;
    if (!h->mmio_signalled_) return r;
    h->mmio_signalled_ = false;  // Hart::exit_ describes the access; the replay completes it
  } catch (const Trap&) {
    h->mmio_quiet_ = false;
    park(h);
  }
  h->retired += site >> 24;
  return failed;
}

template <typename T>
Jit::Loaded Jit::load_slow(Hart* h, uint64_t va, uint64_t block_pc, uint32_t site) {
  return at_site(h, block_pc, site, Loaded{0, 1}, [&] {
    return Loaded{static_cast<uint64_t>(h->load<T>(va)), 0};  // signed T sign-extends
  });
}

template <typename T>
uint32_t Jit::store_slow(Hart* h, uint64_t va, uint64_t value, uint64_t block_pc, uint32_t site) {
  return at_site(h, block_pc, site, 1u, [&] {
    h->store<T>(va, static_cast<T>(value));
    if (!h->exit_requested_) return 0u;
    h->retired += site >> 24;  // a watched store: leave after it
    return retire_if_exit(h);
  });
}

// The slow paths the load and store templates name (jit_memory.cpp).
template Jit::Loaded Jit::load_slow<int8_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<int16_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<int32_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<uint64_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<uint8_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<uint16_t>(Hart*, uint64_t, uint64_t, uint32_t);
template Jit::Loaded Jit::load_slow<uint32_t>(Hart*, uint64_t, uint64_t, uint32_t);
template uint32_t Jit::store_slow<uint8_t>(Hart*, uint64_t, uint64_t, uint64_t, uint32_t);
template uint32_t Jit::store_slow<uint16_t>(Hart*, uint64_t, uint64_t, uint64_t, uint32_t);
template uint32_t Jit::store_slow<uint32_t>(Hart*, uint64_t, uint64_t, uint64_t, uint32_t);
template uint32_t Jit::store_slow<uint64_t>(Hart*, uint64_t, uint64_t, uint64_t, uint32_t);

}  // namespace rvisor::cpu
