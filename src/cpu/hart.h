// One RISC-V hart: architectural state, the memory path and the run loop.
//
// The hart knows RAM (a host buffer at a guest-physical base) and nothing else: any other
// physical address is MMIO, which the run loop hands to the monitor as an Exit, like KVM's
// KVM_EXIT_MMIO. The monitor completes the access and calls run() again; the instruction is
// then replayed and finds the completed access waiting (see MmioReplay).
#pragma once
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cpu/block_cache.h"
#include "cpu/csr.h"
#include "cpu/decode.h"
#include "cpu/insn.h"
#include "cpu/tlb.h"
#include "cpu/types.h"

namespace rvisor::cpu {

// Source of the platform timer (mtime), read by the `time` CSR and by Sstc.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual uint64_t mtime() const = 0;
};

struct Exit {
  enum class Kind : uint8_t {
    Budget,      // ran the requested number of instructions
    Mmio,        // load/store outside RAM: complete it, then run() again
    Wfi,         // hart is waiting for an interrupt
    SbiCall,     // ecall from S-mode while the monitor is the firmware (a0..a7 hold the call)
    StoreWatch,  // a store touched the watched range (HTIF tohost)
    Pause,       // a PAUSE hint (with HartConfig::yield_on_pause): the hart spins, waiting
  };
  Kind kind = Kind::Budget;
  // Mmio:
  uint64_t addr = 0;
  uint64_t data = 0;  // store data, or (filled by the monitor) load result
  uint8_t size = 0;
  bool is_write = false;
};

// How instructions run. All three give the same architectural results (the tests check it);
// they differ in speed: `Interp` fetches and dispatches one instruction at a time (the
// reference), `Block` interprets pre-decoded basic blocks, `Jit` translates hot blocks to
// x86-64 (src/cpu/jit_x64.cpp) and interprets the rest as `Block` does.
enum class Engine : uint8_t { Interp, Block, Jit };

struct HartConfig {
  uint64_t hartid = 0;
  Engine engine = Engine::Jit;
  uint32_t jit_threshold = 64;  // interpreted runs of a block before the JIT translates it (1: at once)
  bool perf_map = false;  // the JIT names its code in /tmp/perf-PID.map, for `perf report`
  bool sbi_in_monitor = false;  // S-mode ecall exits to the monitor instead of trapping to M
  bool trap_misaligned = false;  // ordinary loads/stores: false = complete them like QEMU
  bool yield_on_pause = false;   // PAUSE exits (Exit::Kind::Pause), for machines with several harts
  // run(budget) retires exactly `budget` instructions at most. A machine, whose budget is
  // only a time slice, lets translated code run up to one block past it instead: the last
  // instructions of a slice then do not return to the run loop block by block.
  bool exact_budget = true;
};

class Jit;
class Coherence;

class Hart {
 public:
  Hart(uint8_t* ram, uint64_t ram_base, uint64_t ram_size, const Clock* clock,
       HartConfig config = {});
  ~Hart();

  // Run until an exit; at most `budget` instructions retire (HartConfig::exact_budget).
  Exit run(uint64_t budget);
  // After Exit::Mmio of a load: the value read. Must precede the next run().
  void complete_mmio_load(uint64_t value);
  // After Exit::Mmio: nothing is mapped there; the replayed access raises an access fault.
  void fail_mmio() { mmio_.fault = true; }
  // Stores touching [addr, addr+len) in RAM end the run with Exit::StoreWatch.
  void set_store_watch(uint64_t addr, uint64_t len) { watch_lo_ = addr; watch_hi_ = addr + len; }

  // Interrupt lines driven from outside (devices, timers, other harts): thread-safe. A line
  // that rises wakes the hart's thread from sleep_until.
  void set_pending(Irq irq, bool level);
  // An interrupt is pending and enabled in mie (what ends WFI, whatever mstatus says).
  bool interrupt_waiting() const {
    return (csrs.mip.load(std::memory_order_acquire) & csrs.mie & ~kRequestBit) != 0;
  }

  // ---- several harts (src/cpu/coherence.h); one host thread runs each hart ----
  // Become one of the machine's harts: share its code owners and external-write count.
  void join(Coherence& machine);
  // Requests from other threads, served by this hart's own thread at its next block boundary
  // (or in the monitor's sleep loop, which calls serve_requests): post (which kicks the hart),
  // then wait for served(ticket). A TLB flush of [va, va+size), or everything when size is 0
  // or large.
  uint64_t post_tlb_flush(uint64_t va, uint64_t size);
  uint64_t post_fence_i();
  bool served(uint64_t ticket) const { return served_.load(std::memory_order_acquire) >= ticket; }
  void post_code_invalidation(uint64_t pa);  // another hart stores to a page this one has code from
  void post_new_code_page(uint64_t pa);      // a page became code on another hart
  void kick();  // any thread: serve requests soon; wakes the thread if it sleeps
  void serve_requests();  // this hart's thread only
  bool requests_waiting() const { return (csrs.mip.load(std::memory_order_acquire) & kRequestBit) != 0; }
  // The hart's thread sleeps (WFI, a stopped hart) until `until`, a rising interrupt line,
  // kick() or wake(). It may return early; callers re-check what they wait for.
  void sleep_until(std::chrono::steady_clock::time_point until);
  void wake();

  // ---- architectural state (public: instruction bodies and the monitor use it) ----
  uint64_t x[32] = {};
  uint64_t f[32] = {};
  uint64_t pc = 0;
  uint64_t npc = 0;  // next pc: the run loop sets pc+len before each instruction
  Priv priv = Priv::M;
  CsrFile csrs;
  uint64_t retired = 0;  // instructions retired since reset (the basis of cycle/instret)
  uint32_t current_insn_bits = 0;  // encoding being executed: mtval of an illegal-instruction trap
  const HartConfig config;
  const Clock* clock;

  // ---- services for instruction bodies ----
  template <typename T> T load(uint64_t va);
  template <typename T> void store(uint64_t va, T value);
  // A naturally aligned RAM location for an atomic read-modify-write (AMO, SC): translated
  // for store; misaligned -> StoreMisaligned, outside RAM -> StoreAccessFault.
  template <typename T> T* amo_location(uint64_t va, uint64_t* pa_out = nullptr);
  // LR: a naturally aligned RAM location translated for load; its physical address in `pa`.
  uint8_t* lr_location(uint64_t va, unsigned size, uint64_t& pa);

  void set_priv(Priv p);
  void take_trap(uint64_t cause, uint64_t tval);  // enter the trap handler now
  // SFENCE.VMA: every address space's translations, or one page's.
  void flush_tlb() {
    tlb_.flush();
    update_translation_context();
  }
  void flush_tlb_page(uint64_t va) { tlb_.flush_page(va); }
  // After a change of privilege, satp or mstatus (SUM, MPRV, MPP): pick the TLB entries
  // that were made under the same rules. Cheap; nothing is flushed.
  void update_translation_context();
  // Decoded and translated code must be checked against RAM before it runs again: for a
  // loader or debugger that wrote code behind the hart's back.
  void flush_code() { blocks_.fence(); }
  // Writes to guest RAM by anything but the harts (device DMA, the monitor) are counted in
  // one machine-wide counter (Coherence::external_writes), which the board hands to devices.
  // FENCE.I revalidates every block only if the count moved since the last one: this hart's
  // own stores invalidate what they overwrite, and other harts' stores post invalidations
  // (src/cpu/coherence.h), so a FENCE.I with nothing else to see is free.
  void note_external_write() { external_writes_->fetch_add(1, std::memory_order_release); }  // thread-safe
  // FENCE.I, and SBI remote fence.i aimed at this hart.
  void fence_i() {
    if (requests_waiting()) serve_requests();
    revalidate_after_external_writes();
  }
  const BlockCache& code_cache() const { return blocks_; }
  std::string engine_stats() const;  // one line for --stats: blocks, translations, invalidations
  void fp_dirty() { csrs.mstatus |= mstatus::FS | mstatus::SD; }
  bool fp_enabled() const { return (csrs.mstatus & mstatus::FS) != 0; }
  // End the run after the current instruction retires (WFI, SBI call, watched store).
  void request_exit(Exit::Kind k) {
    exit_requested_ = true;
    exit_.kind = k;
  }
  uint64_t read_time() const { return clock ? clock->mtime() : retired; }
  void update_sstc();  // recompute STIP from stimecmp (Sstc)

  // LR/SC reservation: physical address, size and the value LR read (SC compares and swaps).
  bool reservation_valid = false;
  uint64_t reservation_addr = 0;
  uint64_t reservation_value = 0;
  unsigned reservation_size = 0;

  // Effective privilege and translation for loads/stores (MPRV applies).
  Priv data_priv() const;
  uint64_t translate(uint64_t va, Access access, Priv p);

 private:
  friend class Jit;
  Exit run_interp(uint64_t budget);
  Exit run_blocks(uint64_t budget);
  // Fetch, decode and execute one instruction (the reference path). Returns the decoded
  // instruction (a decode-cache entry, valid until the next decode).
  const Insn& step();
  void step_through_block(uint64_t budget, uint64_t& steps);  // a block's first run, not built
  Block* block_at_pc();  // the block starting at pc, built if new
  Block* straddling_block_at_pc(uint64_t pa);  // pc's instruction crosses into the next page
  void drop_store_entries(const Block& b);  // b's page became a code page
  std::unique_ptr<Block> build_block(uint64_t pa, const uint8_t* host);
  // Before a store reaches RAM at pa: drop translated code that the store would make stale,
  // this hart's and other harts'.
  void before_ram_store(uint64_t pa) {
    if (blocks_.is_code_page(pa)) blocks_.invalidate_page(pa);
    if (coherence_) invalidate_other_harts_code(pa);
  }
  void invalidate_other_harts_code(uint64_t pa);
  void revalidate_after_external_writes() {
    const uint64_t now = external_writes_->load(std::memory_order_acquire);
    if (now != external_writes_seen_) {
      external_writes_seen_ = now;
      blocks_.fence();
    }
  }
  void drop_store_entries(uint64_t pa);  // another hart's new code page: not in our store TLB
  struct Requests;
  template <typename Add> uint64_t post(Add add);
  uint8_t* host_ptr(uint64_t pa, unsigned size) const;  // null if not wholly in RAM
  uint32_t fetch(uint64_t va, uint8_t& len);  // fast path: one TLB lookup inside a page
  uint32_t fetch_slow(uint64_t va, uint8_t& len);
  const Insn& decode_cached(uint32_t raw, uint8_t len);
  uint64_t deliverable_interrupts() const;  // pending, enabled, and allowed in the current mode
  bool take_pending_interrupt();
  uint64_t load_slow(uint64_t va, unsigned size);
  void store_slow(uint64_t va, unsigned size, uint64_t value);
  uint64_t load_phys(uint64_t va, uint64_t pa, unsigned size);
  void store_phys(uint64_t va, uint64_t pa, unsigned size, uint64_t value);
  // Leave the run loop with Exit::Mmio, or finish the access the monitor completed.
  bool replay_mmio(uint64_t va, uint64_t pa, unsigned size, bool write);
  // Fills exit_ for the monitor, then throws MmioExitSignal, or (mmio_quiet_) only sets
  // mmio_signalled_ and returns: the JIT's load/store slow paths, whose access is the last
  // thing they do, leave the block on that flag without the cost of a C++ throw (the UART
  // alone takes some 24,000 MMIO exits in a boot).
  void mmio_exit(uint64_t pa, unsigned size, bool write, uint64_t value);
  uint64_t walk(uint64_t va, Access access, Priv p);

  uint8_t* ram_;
  uint64_t ram_base_, ram_size_;
  Tlb tlb_;
  DecodeCache decode_cache_;
  BlockCache blocks_;
  std::unique_ptr<Jit> jit_;
  uint64_t dispatches_ = 0;   // blocks entered from the run loop rather than by a chained jump
  // Translated code chains to the next block while retired < this. It is also how translated
  // code learns of an interrupt: whoever makes mip & mie non-zero sets it to 0 (stop_chaining),
  // so a chained jump checks one word rather than mip and mie as well.
  std::atomic<uint64_t> chain_limit_{0};
  void stop_chaining() { chain_limit_.store(0, std::memory_order_relaxed); }
  // Set by a translated block's unlinked exit: the jump to patch, and the physical address it
  // leads to. The run loop links it once that block has code (BlockCache::link).
  uint8_t* link_site_ = nullptr;
  uint64_t link_pa_ = 0;
  // Translated code's host stack: rsp on entry (every exit goes back to it), and how deep
  // the frames of guest calls may go (Jit::Emitter::guest_call); then the host deltas that
  // a block's grouped accesses share (Jit::Emitter::address).
  uintptr_t jit_stack_base_ = 0;
  uintptr_t jit_stack_floor_ = 0;
  std::array<uint64_t, 4> jit_groups_{};
  // The jump cache: where translated code found the block for a computed jump target (jalr,
  // a jump to another page), keyed by virtual pc. An entry holds while the fetch TLB set in
  // use is the one it was made under and nothing changed since (jump_generation_, which the
  // TLB and the block cache advance on every flush, fence and block that goes).
  struct JumpEntry {
    uint64_t va = ~0ull;
    const void* fetch_set = nullptr;
    uint64_t generation = 0;
    const uint8_t* entry = nullptr;  // past the prologue, as a chained jump enters
  };
  static constexpr unsigned kJumpEntries = 4096;
  uint64_t jump_generation_ = 1;
  std::array<JumpEntry, kJumpEntries> jump_cache_{};
  std::atomic<uint64_t> own_external_writes_{1};  // the counter until the board shares one
  std::atomic<uint64_t>* external_writes_ = &own_external_writes_;
  uint64_t external_writes_seen_ = 0;  // 0: the loader's writes are not yet seen
  uint64_t watch_lo_ = 0, watch_hi_ = 0;
  Coherence* coherence_ = nullptr;  // null while the hart is alone
  unsigned index_ = 0;              // in coherence_
  // Requests from other threads (post_*), and the sleep of the hart's thread.
  struct Requests {
    bool flush_tlb = false;
    std::vector<uint64_t> tlb_pages;
    bool fence_i = false;
    std::vector<uint64_t> code_pages;  // to invalidate
    std::vector<uint64_t> new_code_pages;  // to keep out of the store TLB
  };
  std::mutex requests_mu_;
  Requests requests_;
  uint64_t posted_ = 0;  // tickets handed out, under requests_mu_
  std::atomic<uint64_t> served_{0};
  std::mutex sleep_mu_;
  std::condition_variable sleep_cv_;
  bool woken_ = false;
  bool exit_requested_ = false;
  Exit exit_;
  // An MMIO access handed to the monitor; when the replayed instruction reaches the same
  // access, it takes the completed value instead of exiting again.
  struct MmioReplay {
    bool active = false;
    uint64_t addr = 0, data = 0;
    uint8_t size = 0;
    bool is_write = false;
    bool fault = false;
  } mmio_;
  bool mmio_quiet_ = false, mmio_signalled_ = false;  // see mmio_exit
};

// Thrown (after filling exit_) to leave the run loop for an MMIO access.
struct MmioExitSignal {};

// Loads and stores: a TLB hit on a RAM page is a memcpy; everything else takes the slow path.
inline uint32_t Hart::fetch(uint64_t va, uint8_t& len) {
  if ((va & 0xfff) <= 0xffc) {
    if (uint8_t* p = tlb_.lookup(Access::Fetch, va)) {
      uint32_t w;
      std::memcpy(&w, p, 4);  // the whole page is RAM (RAM is page-granular)
      bool compressed = (w & 3) != 3;
      len = compressed ? 2 : 4;
      return compressed ? (w & 0xffff) : w;
    }
  }
  return fetch_slow(va, len);
}

template <typename T>
inline T Hart::load(uint64_t va) {
  if ((va & 0xfff) <= 0x1000 - sizeof(T)) {
    if (uint8_t* p = tlb_.lookup(Access::Load, va)) {
      T v;
      std::memcpy(&v, p, sizeof(T));
      return v;
    }
  }
  return static_cast<T>(load_slow(va, sizeof(T)));
}

template <typename T>
inline void Hart::store(uint64_t va, T value) {
  if ((va & 0xfff) <= 0x1000 - sizeof(T)) {
    if (uint8_t* p = tlb_.lookup(Access::Store, va)) {
      std::memcpy(p, &value, sizeof(T));
      return;
    }
  }
  store_slow(va, sizeof(T), static_cast<uint64_t>(value));
}

template <typename T>
inline T* Hart::amo_location(uint64_t va, uint64_t* pa_out) {
  if (va % sizeof(T)) throw Trap{Cause::StoreMisaligned, va};
  uint64_t pa = translate(va, Access::Store, data_priv());
  if (pa_out) *pa_out = pa;
  uint8_t* p = host_ptr(pa, sizeof(T));
  if (!p) throw Trap{Cause::StoreAccessFault, va};
  before_ram_store(pa);
  return reinterpret_cast<T*>(p);
}

}  // namespace rvisor::cpu
