#include "host/poll_thread.h"

#include <fmt/format.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace rvisor::host {

PollThread::PollThread() : wake_fd_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
  if (wake_fd_ < 0) throw std::runtime_error(fmt::format("eventfd: {}", std::strerror(errno)));
}

PollThread::~PollThread() {
  stop();
  close(wake_fd_);
}

void PollThread::start(std::function<void()> loop) {
  running_ = true;
  thread_ = std::thread(std::move(loop));
}

void PollThread::stop() {
  if (!thread_.joinable()) return;
  running_ = false;
  wake();
  thread_.join();
}

void PollThread::wake() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(wake_fd_, &one, sizeof one);
}

void PollThread::drain_wake() {
  uint64_t v;
  [[maybe_unused]] ssize_t n = read(wake_fd_, &v, sizeof v);
}

}  // namespace rvisor::host
