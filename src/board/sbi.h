// The monitor as firmware: the SBI (v2.0) calls an S-mode kernel makes with `ecall`, answered
// here as KVM answers hypercalls. Extensions: Base, TIME, IPI, RFENCE, HSM, SRST, DBCN and the
// legacy console/timer/shutdown calls.
#pragma once
#include <cstdint>
#include <string_view>

#include "cpu/hart.h"

namespace rvisor::board {

// What the SBI needs from the machine around it.
class SbiPlatform {
 public:
  enum class Reset { Shutdown, ShutdownFailure, Reboot };
  virtual ~SbiPlatform() = default;
  virtual unsigned hart_count() const = 0;
  virtual cpu::Hart& hart(unsigned id) = 0;
  virtual void console_write(std::string_view bytes) = 0;
  virtual int console_read_byte() = 0;  // -1 when nothing is waiting
  // The supervisor timer of `hart` fires (STIP) when mtime reaches `deadline`.
  virtual void set_timer(unsigned hart, uint64_t deadline) = 0;
  virtual void reset(Reset kind) = 0;
  // Guest-physical RAM for DBCN buffers; nullptr if [pa, pa+len) is not all RAM.
  virtual uint8_t* guest_ram(uint64_t pa, uint64_t len) = 0;
};

class Sbi {
 public:
  explicit Sbi(SbiPlatform& platform) : p_(platform) {}
  // Handle the ecall that `caller` just made (a7 = extension, a6 = function, a0..a5 = args);
  // writes the results into a0/a1.
  void handle(unsigned caller);
  // Initial M-mode state a firmware would leave for the kernel: delegation, counters, Sstc.
  static void prepare_hart_for_supervisor(cpu::Hart& hart);

 private:
  struct Result {
    int64_t error;
    uint64_t value;
  };
  Result base(uint64_t fid, uint64_t a0);
  Result hsm(uint64_t fid, uint64_t a0);
  Result dbcn(uint64_t fid, uint64_t a0, uint64_t a1, uint64_t a2);
  // Apply `op` to every hart selected by an SBI hart mask; INVALID_PARAM on a bad mask.
  template <typename Op>
  int64_t for_harts(uint64_t mask, uint64_t base, Op op);

  SbiPlatform& p_;
};

}  // namespace rvisor::board
