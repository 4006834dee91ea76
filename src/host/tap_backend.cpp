// A tap interface: each read() is one frame for the guest, each write() one frame from it.
// The fd is non-blocking, so send() from the vCPU thread drops a frame rather than wait
// when the host side is not keeping up.
#include <fcntl.h>
#include <fmt/format.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "host/net_backend.h"
#include "host/poll_thread.h"

namespace rvisor::host {

namespace {

class TapBackend : public NetBackend {
 public:
  explicit TapBackend(const std::string& ifname) {
    if (ifname.empty() || ifname.size() >= IFNAMSIZ)
      throw std::runtime_error(fmt::format("tap: interface name '{}' must be 1-{} characters", ifname, IFNAMSIZ - 1));
    fd_ = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error(fmt::format("tap: /dev/net/tun: {}", std::strerror(errno)));
    ifreq req{};
    req.ifr_flags = IFF_TAP | IFF_NO_PI;
    std::memcpy(req.ifr_name, ifname.data(), ifname.size());
    if (ioctl(fd_, TUNSETIFF, &req) < 0) {
      int err = errno;
      close(fd_);
      throw std::runtime_error(fmt::format("tap: cannot attach to {}: {}", ifname, std::strerror(err)));
    }
  }
  ~TapBackend() override {
    stop();
    close(fd_);
  }
  void start(FrameSink to_guest) override {
    to_guest_ = std::move(to_guest);
    io_.start([this] { loop(); });
  }
  void stop() override { io_.stop(); }
  void send(std::span<const uint8_t> frame) override {
    // EAGAIN (the interface is down or its queue full) drops the frame, like a busy wire.
    [[maybe_unused]] ssize_t n = write(fd_, frame.data(), frame.size());
  }

 private:
  void loop() {
    uint8_t buf[65536];
    while (io_.running()) {
      pollfd p[2] = {{fd_, POLLIN, 0}, {io_.wake_fd(), POLLIN, 0}};
      if (poll(p, 2, -1) < 0 && errno != EINTR) return;
      if (!(p[0].revents & POLLIN)) continue;
      for (;;) {
        ssize_t n = read(fd_, buf, sizeof buf);
        if (n <= 0) break;
        to_guest_({buf, static_cast<size_t>(n)});
      }
    }
  }

  PollThread io_;  // first: its eventfd exists before the tap is opened
  int fd_ = -1;
  FrameSink to_guest_;
};

}  // namespace

std::unique_ptr<NetBackend> make_tap_backend(const std::string& ifname) { return std::make_unique<TapBackend>(ifname); }

}  // namespace rvisor::host
