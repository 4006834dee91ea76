#include "board/sbi.h"

#include <cstring>
#include <thread>
#include <vector>

namespace rvisor::board {

namespace {
// Extension IDs (SBI v2.0 spec, chapter 3 onwards).
enum : uint64_t {
  kLegacySetTimer = 0x00, kLegacyPutchar = 0x01, kLegacyGetchar = 0x02, kLegacyShutdown = 0x08,
  kBase = 0x10, kTime = 0x54494d45, kIpi = 0x735049, kRfence = 0x52464e43, kHsm = 0x48534d,
  kSrst = 0x53525354, kDbcn = 0x4442434e,
};
enum : int64_t {
  kSuccess = 0, kErrFailed = -1, kErrNotSupported = -2, kErrInvalidParam = -3,
  kErrInvalidAddress = -5, kErrAlreadyAvailable = -6,
};
constexpr uint64_t kSpecVersion = 2ull << 24;  // v2.0
constexpr uint64_t kImplId = 0x72767372;       // "rvsr": not a registered id, but unique to us
constexpr uint64_t kImplVersion = 1;

bool supported(uint64_t eid) {
  switch (eid) {
    case kBase: case kTime: case kIpi: case kRfence: case kHsm: case kSrst: case kDbcn:
    case kLegacySetTimer: case kLegacyPutchar: case kLegacyGetchar: case kLegacyShutdown:
      return true;
    default:
      return false;
  }
}
}  // namespace

void Sbi::prepare_hart_for_supervisor(cpu::Hart& h) {
  using namespace cpu;
  // Everything S-mode can handle goes to S-mode: there is no M-mode software to take it.
  csr_write(h, csr::medeleg, ~0ull);
  csr_write(h, csr::mideleg, ~0ull);
  csr_write(h, csr::mcounteren, ~0ull);
  // Linux opens `time` to user space (the vDSO's clock_gettime reads it) only from its SBI
  // PMU driver, and the built-in SBI has no PMU extension: start with CY/TM/IR open, as
  // Linux's legacy PMU path leaves scounteren alone. Without it, rdtime in U-mode is SIGILL.
  csr_write(h, csr::scounteren, 0x7);
  csr_write(h, csr::menvcfg, 1ull << 63);  // STCE: the kernel may use stimecmp (Sstc)
  // Open the PMP fully (TOR over all addresses) as firmware does, for when PMP is enforced.
  csr_write(h, csr::pmpaddr0, ~0ull);
  csr_write(h, csr::pmpcfg0, 0x0f);  // R W X, TOR
}

template <typename Op>
int64_t Sbi::for_harts(uint64_t mask, uint64_t base, Op op) {
  const unsigned n = p_.hart_count();
  if (base == ~0ull) {  // all harts
    for (unsigned h = 0; h < n; ++h) op(p_.hart(h));
    return kSuccess;
  }
  for (unsigned bit = 0; bit < 64; ++bit) {
    if (!((mask >> bit) & 1)) continue;
    uint64_t id = base + bit;
    if (id >= n) return kErrInvalidParam;
  }
  for (unsigned bit = 0; bit < 64; ++bit)
    if ((mask >> bit) & 1) op(p_.hart(static_cast<unsigned>(base + bit)));
  return kSuccess;
}

Sbi::Result Sbi::base(uint64_t fid, uint64_t a0) {
  switch (fid) {
    case 0: return {kSuccess, kSpecVersion};
    case 1: return {kSuccess, kImplId};
    case 2: return {kSuccess, kImplVersion};
    case 3: return {kSuccess, supported(a0) ? 1u : 0u};
    case 4: case 5: case 6: return {kSuccess, 0};  // mvendorid, marchid, mimpid
    default: return {kErrNotSupported, 0};
  }
}

template <typename Post, typename Local>
int64_t Sbi::remote_fence(unsigned caller, uint64_t mask, uint64_t base, Post post, Local local) {
  cpu::Hart& self = p_.hart(caller);
  std::vector<std::pair<cpu::Hart*, uint64_t>> waiting;
  const int64_t err = for_harts(mask, base, [&](cpu::Hart& t) {
    if (&t == &self) {
      local(t);
      return;
    }
    waiting.emplace_back(&t, post(t));
  });
  for (auto& [target, ticket] : waiting) {
    if (p_.harts_share_one_thread()) target->serve_requests();
    while (!target->served(ticket) && !p_.stopping()) {
      if (self.requests_waiting()) self.serve_requests();
      std::this_thread::yield();
    }
  }
  return err;
}

Sbi::Result Sbi::hsm(unsigned caller, uint64_t fid, uint64_t a0, uint64_t a1, uint64_t a2) {
  switch (fid) {
    case 0:  // hart_start(hartid, start_addr, opaque)
      if (a0 >= p_.hart_count()) return {kErrInvalidParam, 0};
      if (!p_.guest_ram(a1, 4)) return {kErrInvalidAddress, 0};
      if (!p_.start_hart(static_cast<unsigned>(a0), a1, a2)) return {kErrAlreadyAvailable, 0};
      return {kSuccess, 0};
    case 1:  // hart_stop: does not return to the caller on success
      p_.stop_hart(caller);
      return {kSuccess, 0};
    case 2:  // hart_get_status
      if (a0 >= p_.hart_count()) return {kErrInvalidParam, 0};
      return {kSuccess, static_cast<uint64_t>(p_.hart_state(static_cast<unsigned>(a0)))};
    case 3:  // hart_suspend: retentive suspend behaves like WFI; non-retentive is not offered
      return a0 == 0 ? Result{kSuccess, 0} : Result{kErrNotSupported, 0};
    default:
      return {kErrNotSupported, 0};
  }
}

Sbi::Result Sbi::dbcn(uint64_t fid, uint64_t a0, uint64_t a1, uint64_t a2) {
  if (fid == 2) {  // console_write_byte
    char c = static_cast<char>(a0 & 0xff);
    p_.console_write(std::string_view(&c, 1));
    return {kSuccess, 0};
  }
  if (fid > 1) return {kErrNotSupported, 0};
  if (a2 != 0) return {kErrInvalidAddress, 0};  // rv64: base_addr_hi must be 0
  uint8_t* buf = p_.guest_ram(a1, a0);
  if (!buf && a0) return {kErrInvalidAddress, 0};
  if (fid == 0) {  // console_write
    p_.console_write(std::string_view(reinterpret_cast<const char*>(buf), a0));
    return {kSuccess, a0};
  }
  uint64_t n = 0;  // console_read: whatever is waiting, without blocking
  for (int c; n < a0 && (c = p_.console_read_byte()) >= 0; ++n) buf[n] = static_cast<uint8_t>(c);
  if (n) p_.hart(0).note_external_write();  // the harts share the count: FENCE.I must see it
  return {kSuccess, n};
}

void Sbi::handle(unsigned caller) {
  cpu::Hart& h = p_.hart(caller);
  uint64_t* a = &h.x[10];  // a0..a7
  const uint64_t eid = a[7], fid = a[6];
  Result r{kErrNotSupported, 0};
  switch (eid) {
    case kLegacySetTimer:
      p_.set_timer(caller, a[0]);
      a[0] = 0;
      return;
    case kLegacyPutchar: {
      char c = static_cast<char>(a[0] & 0xff);
      p_.console_write(std::string_view(&c, 1));
      a[0] = 0;
      return;
    }
    case kLegacyGetchar:
      a[0] = static_cast<uint64_t>(static_cast<int64_t>(p_.console_read_byte()));
      return;
    case kLegacyShutdown:
      p_.reset(SbiPlatform::Reset::Shutdown);
      a[0] = 0;
      return;
    case kBase: r = base(fid, a[0]); break;
    case kTime:
      if (fid == 0) {
        p_.set_timer(caller, a[0]);
        r = {kSuccess, 0};
      }
      break;
    case kIpi:
      if (fid == 0) r = {for_harts(a[0], a[1], [](cpu::Hart& t) { t.set_pending(cpu::SSI, true); }), 0};
      break;
    case kRfence:
      // a0 = hart mask, a1 = mask base, a2/a3 = start and size of the range (sfence.vma).
      if (fid == 0) {
        r = {remote_fence(caller, a[0], a[1], [](cpu::Hart& t) { return t.post_fence_i(); },
                          [](cpu::Hart& t) { t.fence_i(); }), 0};
      } else if (fid <= 2) {  // sfence.vma, with or without ASID: every address space (3..6 need the H extension)
        const uint64_t start = a[2], size = a[3];
        r = {remote_fence(caller, a[0], a[1], [&](cpu::Hart& t) { return t.post_tlb_flush(start, size); },
                          [&](cpu::Hart& t) {
                            t.post_tlb_flush(start, size);
                            t.serve_requests();
                          }), 0};
      }
      break;
    case kHsm: r = hsm(caller, fid, a[0], a[1], a[2]); break;
    case kSrst:
      if (fid == 0) {
        const uint64_t type = a[0] & 0xffffffff, reason = a[1] & 0xffffffff;
        if (type > 2 || (reason > 1 && reason < 0xf0000000)) {
          r = {kErrInvalidParam, 0};
          break;
        }
        p_.reset(type == 0 ? (reason == 1 ? SbiPlatform::Reset::ShutdownFailure : SbiPlatform::Reset::Shutdown)
                           : SbiPlatform::Reset::Reboot);
        r = {kSuccess, 0};
      }
      break;
    case kDbcn: r = dbcn(fid, a[0], a[1], a[2]); break;
    default: break;
  }
  a[0] = static_cast<uint64_t>(r.error);
  a[1] = r.value;
}

}  // namespace rvisor::board
