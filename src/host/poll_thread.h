// The thread of a back-end that waits in poll() on its own fds: it owns an eventfd that is
// part of every poll, so that other threads can wake it (new work, or stop()).
#pragma once
#include <atomic>
#include <functional>
#include <thread>

namespace rvisor::host {

class PollThread {
 public:
  PollThread();   // creates the eventfd; throws std::runtime_error
  ~PollThread();  // the owner stops it first (its loop uses the owner's members)
  PollThread(const PollThread&) = delete;
  PollThread& operator=(const PollThread&) = delete;

  void start(std::function<void()> loop);  // runs loop() on the thread; it returns once !running()
  void stop();                             // idempotent: running() turns false, wake, join
  void wake();                             // any thread
  bool running() const { return running_; }
  int wake_fd() const { return wake_fd_; }  // poll it for POLLIN
  void drain_wake();                        // after POLLIN on wake_fd(): consume the wake-ups

 private:
  int wake_fd_ = -1;
  std::atomic<bool> running_{false};
  std::thread thread_;
};

}  // namespace rvisor::host
