// The run loop, trap entry and interrupt selection.
#include "cpu/hart.h"

#include "cpu/jit_x64.h"

namespace rvisor::cpu {

namespace {
// misa: RV64 (MXL=2) with I M A F D C S U.
constexpr uint64_t misa_bit(char c) { return 1ull << (c - 'A'); }
constexpr uint64_t kMisa = (2ull << 62) | misa_bit('I') | misa_bit('M') | misa_bit('A') | misa_bit('F') |
                           misa_bit('D') | misa_bit('C') | misa_bit('S') | misa_bit('U');
}  // namespace

Hart::Hart(uint8_t* ram, uint64_t ram_base, uint64_t ram_size, const Clock* clk, HartConfig cfg)
    : config(cfg), clock(clk), ram_(ram), ram_base_(ram_base), ram_size_(ram_size & ~0xfffull),
      blocks_(ram, ram_base, ram_size & ~0xfffull) {
  csrs.misa = kMisa;
  csrs.mhartid = cfg.hartid;
  tlb_.report_changes_to(&jump_generation_);
  blocks_.report_changes_to(&jump_generation_);
  // UXL = SXL = 2 (64-bit), read-only.
  csrs.mstatus = (2ull << 32) | (2ull << 34);
}

void Hart::set_pending(Irq irq, bool level) {
  const uint64_t bit = 1ull << irq;
  if (!level) {
    csrs.mip.fetch_and(~bit, std::memory_order_acq_rel);
  } else if (!(csrs.mip.fetch_or(bit, std::memory_order_acq_rel) & bit)) {
    stop_chaining();  // after the bit (see run_blocks)
    wake();
  }
}

void Hart::update_sstc() {
  if (csrs.menvcfg >> 63)  // STCE
    set_pending(STI, read_time() >= csrs.stimecmp);
}

void Hart::set_priv(Priv p) {
  priv = p;
  update_translation_context();
}

void Hart::update_translation_context() {
  auto ctx = [&](Priv p, bool sum) {
    return p == Priv::M ? Tlb::Ctx::M : p == Priv::U ? Tlb::Ctx::U : sum ? Tlb::Ctx::SSum : Tlb::Ctx::S;
  };
  tlb_.select(csrs.satp, ctx(priv, false), ctx(data_priv(), csrs.mstatus & mstatus::SUM));
}

Priv Hart::data_priv() const {
  if (csrs.mstatus & mstatus::MPRV) return static_cast<Priv>((csrs.mstatus & mstatus::MPP) >> mstatus::MPP_SHIFT);
  return priv;
}

// Privileged spec 3.1.9: an interrupt i traps to M if pending & enabled, not delegated, and
// (priv < M or mstatus.MIE); to S if delegated and (priv < S or (priv == S and SIE)).
// M-level interrupts come before S-level ones.
uint64_t Hart::deliverable_interrupts() const {
  uint64_t pending = csrs.mip.load(std::memory_order_relaxed) & csrs.mie & ~kRequestBit;
  bool m_on = priv < Priv::M || (csrs.mstatus & mstatus::MIE);
  bool s_on = priv < Priv::S || (priv == Priv::S && (csrs.mstatus & mstatus::SIE));
  uint64_t take = m_on ? pending & ~csrs.mideleg : 0;
  return take ? take : (s_on ? pending & csrs.mideleg : 0);
}

// Among several deliverable interrupts, the order is MEI, MSI, MTI, SEI, SSI, STI.
bool Hart::take_pending_interrupt() {
  uint64_t take = deliverable_interrupts();
  if (!take) return false;
  for (Irq irq : {MEI, MSI, MTI, SEI, SSI, STI}) {
    if (take & (1ull << irq)) {
      take_trap(kInterruptBit | irq, 0);
      return true;
    }
  }
  return false;  // only non-standard bits pending: nothing we deliver
}

void Hart::take_trap(uint64_t cause, uint64_t tval) {
  const bool irq = cause & kInterruptBit;
  const uint64_t code = cause & ~kInterruptBit;
  const uint64_t deleg = irq ? csrs.mideleg : csrs.medeleg;
  mmio_.active = false;
  uint64_t& st = csrs.mstatus;
  if (priv <= Priv::S && ((deleg >> code) & 1)) {
    csrs.scause = cause;
    csrs.sepc = pc;
    csrs.stval = tval;
    st = (st & ~(mstatus::SPP | mstatus::SPIE | mstatus::SIE)) | (priv == Priv::S ? mstatus::SPP : 0) |
         ((st & mstatus::SIE) ? mstatus::SPIE : 0);
    uint64_t base = csrs.stvec & ~3ull;
    pc = ((csrs.stvec & 1) && irq) ? base + 4 * code : base;
    set_priv(Priv::S);
  } else {
    csrs.mcause = cause;
    csrs.mepc = pc;
    csrs.mtval = tval;
    st = (st & ~(mstatus::MPP | mstatus::MPIE | mstatus::MIE)) |
         (static_cast<uint64_t>(priv) << mstatus::MPP_SHIFT) | ((st & mstatus::MIE) ? mstatus::MPIE : 0);
    uint64_t base = csrs.mtvec & ~3ull;
    pc = ((csrs.mtvec & 1) && irq) ? base + 4 * code : base;
    set_priv(Priv::M);  // also reselects the TLB context: MPP (with MPRV) changed too
  }
}

Hart::~Hart() = default;

std::string Hart::engine_stats() const {
  static const char* const kNames[] = {"interp", "block", "jit"};
  return std::string("engine ") + kNames[static_cast<unsigned>(config.engine)] + ": " +
         std::to_string(dispatches_) + " dispatches, " +
         std::to_string(blocks_.size()) + " blocks live, " + std::to_string(jit_ ? jit_->translated_blocks() : 0) +
         " translated, " + std::to_string(blocks_.invalidations()) + " page invalidations, " +
         std::to_string(blocks_.fences()) + " fences, " + std::to_string(blocks_.revalidations()) +
         " revalidated, " + std::to_string(blocks_.flushes()) + " flushes";
}

Exit Hart::run(uint64_t budget) {
  exit_requested_ = false;
  update_sstc();
  update_translation_context();  // the monitor may have changed priv or CSRs since
  return config.engine == Engine::Interp ? run_interp(budget) : run_blocks(budget);
}

const Insn& Hart::step() {
  uint8_t len;
  uint32_t bits = fetch(pc, len);
  const Insn& insn = decode_cache_.lookup(pc, bits, len);
  npc = pc + len;
  insn.exec()(*this, insn);
  x[0] = 0;
  pc = npc;
  ++retired;
  return insn;
}

// Runs from pc to where build_block would end the block (a jump or system instruction, a
// taken branch, the page's end, kMaxInsns), one step at a time, adding each to `steps` (so
// that a trap midway leaves the count right). Only the block's first pc is marked seen
// (BlockCache::first_sight), so the next run builds the block that would have been built now.
void Hart::step_through_block(uint64_t budget, uint64_t& steps) {
  const uint64_t page = pc >> 12;
  const uint64_t end = steps + std::min<uint64_t>(budget - steps, Block::kMaxInsns);
  while (steps < end) {
    const uint64_t at = pc;
    const Insn& insn = step();
    ++steps;
    if (exit_requested_ || insn.ends_block || (insn.may_jump && pc != at + insn.len) || pc >> 12 != page) return;
  }
}

// The reference engine: one instruction at a time, interrupts checked before each.
Exit Hart::run_interp(uint64_t budget) {
  for (uint64_t steps = 0; steps < budget; ++steps) {
    try {
      // A replayed MMIO access must complete before any interrupt is taken, or a device
      // write would be performed twice.
      if (!mmio_.active && csrs.mip.load(std::memory_order_relaxed) & csrs.mie) {
        if (requests_waiting()) serve_requests();
        if (take_pending_interrupt()) continue;
      }
      step();
      if (exit_requested_) return exit_;
    } catch (const Trap& t) {
      take_trap(static_cast<uint64_t>(t.cause), t.tval);
    } catch (const MmioExitSignal&) {
      return exit_;
    }
  }
  return Exit{};
}

std::unique_ptr<Block> Hart::build_block(uint64_t pa, const uint8_t* host) {
  // Decoded here first, then copied into the block's own allocation at exactly its length.
  static thread_local std::vector<Insn> decoded;
  decoded.clear();
  const uint8_t* start = host;
  for (uint64_t off = pa & 0xfff; decoded.size() < Block::kMaxInsns && off <= 0xffe;) {
    uint16_t parcel;
    std::memcpy(&parcel, host, 2);
    uint32_t bits = parcel;
    uint8_t len = 2;
    if ((parcel & 3) == 3) {
      if (off > 0xffc) break;  // straddles the page: step() fetches it half by half
      std::memcpy(&bits, host, 4);
      len = 4;
    }
    decoded.push_back(decode_fetched(bits, len));
    host += len;
    off += len;
    if (decoded.back().ends_block) break;
  }
  if (decoded.empty()) return nullptr;
  return Block::make(pa, decoded, {start, host});
}

Block* Hart::block_at_pc() {
  uint8_t* host = tlb_.lookup(Access::Fetch, pc);
  if (!host) {
    uint64_t pa = translate(pc, Access::Fetch, priv);
    host = host_ptr(pa, 2);
    if (!host) throw Trap{Cause::InsnAccessFault, pc};
    tlb_.insert(Access::Fetch, pc, host);
  }
  const uint64_t pa = ram_base_ + static_cast<uint64_t>(host - ram_);
  if ((pc & 0xfff) == 0xffe && (host[0] & 3) == 3) return straddling_block_at_pc(pa);
  if (Block* b = blocks_.find(pa)) return b;
  if (blocks_.first_sight(pa)) return nullptr;  // the caller steps through it this time
  std::unique_ptr<Block> fresh = build_block(pa, host);
  if (!fresh) return nullptr;
  Block* b;
  if (blocks_.insert(std::move(fresh), &b)) drop_store_entries(*b);
  return b;
}

// A page that now holds a block: stores to it must take the slow path, which invalidates the
// blocks they hit. Only that page's entries go (its tail's too): flushing every store entry
// sent the stores to all other pages through a page walk again.
void Hart::drop_store_entries(const Block& b) {
  for (uint64_t pa : {b.pa, b.tail_pa})
    if (pa) tlb_.drop_host_page(Access::Store, ram_ + ((pa - ram_base_) & ~0xfffull));
}

// The second half is fetched through the translation in force now (faulting as a fetch
// would, with the second page's address); the block is kept while that translation holds.
Block* Hart::straddling_block_at_pc(uint64_t pa) {
  uint8_t len;
  const uint32_t bits = fetch_slow(pc, len);  // enters both halves' pages in the fetch TLB
  const uint8_t* tail_host = tlb_.lookup(Access::Fetch, pc + 2);
  const uint64_t tail_pa = ram_base_ + static_cast<uint64_t>(tail_host - ram_);
  if (Block* b = blocks_.find(pa)) {
    if (b->tail_pa == tail_pa) return b;
    blocks_.discard(pa);  // pc + 2 maps elsewhere now
  }
  const Insn insn = decode_fetched(bits, len);
  uint8_t encoding[4];
  std::memcpy(encoding, &bits, 4);
  auto fresh = Block::make(pa, {&insn, 1}, encoding);
  fresh->tail_pa = tail_pa;
  fresh->tail_host = tail_host;
  Block* b;
  if (blocks_.insert(std::move(fresh), &b)) drop_store_entries(*b);
  return b;
}

// Pre-decoded blocks, translated to host code once hot. Interrupts are taken between blocks
// (a block ends at every instruction that can enable one: CSR writes, xRET, WFI).
Exit Hart::run_blocks(uint64_t budget) {
  if (config.engine == Engine::Jit && !jit_) jit_ = std::make_unique<Jit>(*this);
  uint64_t steps = 0;
  while (steps < budget) {
    try {
      blocks_.reclaim();
      if (!mmio_.active && csrs.mip.load(std::memory_order_relaxed) & csrs.mie) {
        if (requests_waiting()) serve_requests();
        if (take_pending_interrupt()) {
          ++steps;
          continue;
        }
      }
      Block* b = block_at_pc();
      ++dispatches_;
      if (!b) {
        step_through_block(budget, steps);
        if (exit_requested_) return exit_;
        continue;
      }
      const uint64_t left = budget - steps;
      if (jit_ && !b->code && !b->jit_failed && ++b->runs >= config.jit_threshold) {
        blocks_.set_code(b, jit_->compile(*b));
        b->jit_failed = !b->code;
      }
      if (link_site_) {
        if (b->code && b->pa == link_pa_) blocks_.link(b, link_site_, jit_->entry_of(b->code));
        link_site_ = nullptr;
      }
      if (b->code && (left >= b->insns.size() || !config.exact_budget)) {
        const uint64_t before = retired;
        // Translated blocks jump to each other while retired < chain_limit_, so that the
        // budget holds: no chained block can overshoot it (unless it need not be exact).
        // The limit goes out before mip is read again (seq_cst: a full fence): a line raised
        // meanwhile either shows here or zeroes the limit after this store.
        const uint64_t limit = !config.exact_budget ? retired + left
                               : left > 2 * Block::kMaxInsns ? retired + left - Block::kMaxInsns : 0;
        chain_limit_.store(limit, std::memory_order_seq_cst);
        if (csrs.mip.load(std::memory_order_seq_cst) & csrs.mie) stop_chaining();
        const uint32_t left_early = b->code(this);
        steps += retired - before;
        if (left_early) {
          if (jit_->take_pending(*this, steps)) return exit_;
        }
        continue;
      }
      const size_t n = std::min<uint64_t>(b->insns.size(), left);
      for (size_t k = 0; k < n; ++k) {
        const Insn& insn = b->insns[k];
        npc = pc + insn.len;
        insn.exec()(*this, insn);
        x[0] = 0;
        const bool jumped = insn.may_jump && npc != pc + insn.len;  // a taken branch leaves the block
        pc = npc;
        ++retired;
        ++steps;
        if (exit_requested_) return exit_;
        if (jumped) break;
      }
    } catch (const Trap& t) {
      take_trap(static_cast<uint64_t>(t.cause), t.tval);
      ++steps;
    } catch (const MmioExitSignal&) {
      return exit_;
    }
  }
  return Exit{};
}

}  // namespace rvisor::cpu
