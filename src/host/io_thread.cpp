#include "host/io_thread.h"

namespace rvisor::host {

IoThread::IoThread(std::function<void()> work) : work_(std::move(work)), thread_([this] { loop(); }) {}

IoThread::~IoThread() {
  {
    std::lock_guard lock(mu_);
    quit_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void IoThread::kick() {
  {
    std::lock_guard lock(mu_);
    if (paused_) return;
    kicked_ = true;
  }
  cv_.notify_all();
}

void IoThread::pause() {
  std::unique_lock lock(mu_);
  paused_ = true;
  kicked_ = false;
  cv_.wait(lock, [this] { return !running_; });
}

void IoThread::resume() {
  std::lock_guard lock(mu_);
  paused_ = false;
}

void IoThread::loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    cv_.wait(lock, [this] { return quit_ || kicked_; });
    if (quit_) return;
    kicked_ = false;
    running_ = true;
    lock.unlock();
    work_();
    lock.lock();
    running_ = false;
    cv_.notify_all();  // a pause() may be waiting
  }
}

}  // namespace rvisor::host
