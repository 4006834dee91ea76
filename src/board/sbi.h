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

  // HSM: the SBI's hart states (spec chapter 9), as the machine keeps them.
  enum class HartState : uint64_t { Started = 0, Stopped = 1, StartPending = 2, StopPending = 3 };
  virtual HartState hart_state(unsigned hart) = 0;
  // A stopped hart starts at `addr` in S-mode, MMU off, with a0 = its id and a1 = opaque.
  // False if it was not stopped.
  virtual bool start_hart(unsigned hart, uint64_t addr, uint64_t opaque) = 0;
  virtual void stop_hart(unsigned hart) = 0;  // the calling hart, once its ecall returns
  // True once the machine is stopping: a wait for another hart's thread gives up.
  virtual bool stopping() const = 0;
  // All harts run on one host thread, so a target is never running while the caller is: the
  // caller serves the target's requests itself instead of waiting for a thread that is its own.
  virtual bool harts_share_one_thread() const { return false; }
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
  Result hsm(unsigned caller, uint64_t fid, uint64_t a0, uint64_t a1, uint64_t a2);
  Result dbcn(uint64_t fid, uint64_t a0, uint64_t a1, uint64_t a2);
  // Apply `op` to every hart selected by an SBI hart mask; INVALID_PARAM on a bad mask.
  template <typename Op>
  int64_t for_harts(uint64_t mask, uint64_t base, Op op);
  // RFENCE: `post` a request to each selected hart but the caller, which `local` serves at
  // once; returns when every target served it (the caller then relies on it, as on
  // hardware), serving requests aimed at the caller meanwhile, so two harts fencing each
  // other do not wait forever.
  template <typename Post, typename Local>
  int64_t remote_fence(unsigned caller, uint64_t mask, uint64_t base, Post post, Local local);

  SbiPlatform& p_;
};

}  // namespace rvisor::board
