// Holds guest RAM's writers still, for the monitor to change what backs a page (the zero-page
// reclaimer, src/host/zero_pages.h). Every thread that writes guest RAM holds the gate while
// it does: a hart for each time slice it runs, a device thread for each batch it serves.
// close() waits until no one holds it; while closed, new holders wait.
//
// close() gives up after a deadline rather than wait for ever: a holder may itself be waiting
// for a thread that is queued at the closed gate (a hart's remote fence waits for another hart
// to serve it), and only the closer can break that cycle.
#pragma once
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace rvisor::host {

class RamGate {
 public:
  class Hold {
   public:
    explicit Hold(RamGate* gate) : gate_(gate) {
      if (gate_) gate_->enter();
    }
    ~Hold() {
      if (gate_) gate_->leave();
    }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    RamGate* gate_;
  };

  // Waits until no one holds the gate, up to `patience`; true: closed (call open() after),
  // false: still held, and left open.
  bool close(std::chrono::microseconds patience) {
    std::unique_lock lock(mu_);
    closed_ = true;
    if (cv_.wait_for(lock, patience, [this] { return holders_ == 0; })) return true;
    closed_ = false;
    cv_.notify_all();
    return false;
  }
  void open() {
    std::lock_guard lock(mu_);
    closed_ = false;
    cv_.notify_all();
  }
  unsigned holders() {
    std::lock_guard lock(mu_);
    return holders_;
  }

 private:
  void enter() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return !closed_; });
    ++holders_;
  }
  void leave() {
    std::lock_guard lock(mu_);
    if (--holders_ == 0 && closed_) cv_.notify_all();
  }

  std::mutex mu_;
  std::condition_variable cv_;
  unsigned holders_ = 0;
  bool closed_ = false;
};

}  // namespace rvisor::host
