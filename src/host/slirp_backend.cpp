// User-mode networking with libslirp. libslirp is not thread-safe, so every slirp_* call
// happens on the back-end's own thread (or in the constructor, before that thread exists):
// frames from the guest are queued and the thread is woken through an eventfd.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <poll.h>
#include <slirp/libslirp.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <list>
#include <mutex>
#include <stdexcept>

#include "host/net_backend.h"
#include "host/poll_thread.h"

namespace rvisor::host {

namespace {

constexpr size_t kMaxQueuedFrames = 256;  // from the guest, waiting for the slirp thread
constexpr int kMaxPollMs = 100;
constexpr unsigned kMaxGuestErrorLines = 10;

in_addr ipv4(const char* text) {
  in_addr a{};
  inet_pton(AF_INET, text, &a);
  return a;
}

class SlirpBackend : public NetBackend {
 public:
  explicit SlirpBackend(const SlirpOptions& options);
  ~SlirpBackend() override {
    stop();
    slirp_cleanup(slirp_);
  }
  void start(FrameSink to_guest) override {
    to_guest_ = std::move(to_guest);
    io_.start([this] { loop(); });
  }
  void stop() override { io_.stop(); }
  void send(std::span<const uint8_t> frame) override {
    {
      std::lock_guard lock(mu_);
      if (from_guest_.size() >= kMaxQueuedFrames) return;  // dropped: TCP retransmits
      from_guest_.emplace_back(frame.begin(), frame.end());
    }
    io_.wake();
  }

 private:
  struct Timer {
    SlirpTimerCb cb;
    void* opaque;
    int64_t expire_ms = -1;  // -1: not armed
  };

  static int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  void loop();
  void run_timers();

  // libslirp callbacks (opaque = this).
  static ssize_t cb_send(const void* buf, size_t len, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    if (self->to_guest_) self->to_guest_({static_cast<const uint8_t*>(buf), len});
    return static_cast<ssize_t>(len);
  }
  // The guest decides how often this happens: log the first few, then say that we stopped.
  static void cb_guest_error(const char* msg, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    if (self->guest_errors_ < kMaxGuestErrorLines) fmt::print(stderr, "rvisor: slirp: {}\n", msg);
    if (++self->guest_errors_ == kMaxGuestErrorLines)
      fmt::print(stderr, "rvisor: slirp: further complaints about the guest's packets are not shown\n");
  }
  static int64_t cb_clock(void*) { return now_ns(); }
  static void* cb_timer_new(SlirpTimerCb cb, void* cb_opaque, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    self->timers_.push_back(Timer{cb, cb_opaque});
    return &self->timers_.back();
  }
  static void cb_timer_free(void* timer, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    self->timers_.remove_if([timer](const Timer& t) { return &t == timer; });
  }
  static void cb_timer_mod(void* timer, int64_t expire_ms, void*) { static_cast<Timer*>(timer)->expire_ms = expire_ms; }
  static void cb_register_fd(int, void*) {}
  static void cb_unregister_fd(int, void*) {}
  static void cb_notify(void* opaque) { static_cast<SlirpBackend*>(opaque)->io_.wake(); }

  static int cb_add_poll(int fd, int events, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    short ev = 0;
    if (events & SLIRP_POLL_IN) ev |= POLLIN;
    if (events & SLIRP_POLL_OUT) ev |= POLLOUT;
    if (events & SLIRP_POLL_PRI) ev |= POLLPRI;
    self->pollfds_.push_back({fd, ev, 0});
    return static_cast<int>(self->pollfds_.size() - 1);
  }
  static int cb_get_revents(int idx, void* opaque) {
    auto* self = static_cast<SlirpBackend*>(opaque);
    if (idx < 0 || static_cast<size_t>(idx) >= self->pollfds_.size()) return 0;
    short r = self->pollfds_[static_cast<size_t>(idx)].revents;
    int out = 0;
    if (r & POLLIN) out |= SLIRP_POLL_IN;
    if (r & POLLOUT) out |= SLIRP_POLL_OUT;
    if (r & POLLPRI) out |= SLIRP_POLL_PRI;
    if (r & POLLERR) out |= SLIRP_POLL_ERR;
    if (r & POLLHUP) out |= SLIRP_POLL_HUP;
    return out;
  }

  PollThread io_;
  SlirpCb callbacks_{};
  Slirp* slirp_ = nullptr;
  FrameSink to_guest_;
  std::mutex mu_;
  std::deque<std::vector<uint8_t>> from_guest_;
  std::list<Timer> timers_;  // a list: slirp keeps pointers to its timers
  std::vector<pollfd> pollfds_;
  unsigned guest_errors_ = 0;
};

SlirpBackend::SlirpBackend(const SlirpOptions& options) {
  callbacks_.send_packet = cb_send;
  callbacks_.guest_error = cb_guest_error;
  callbacks_.clock_get_ns = cb_clock;
  callbacks_.timer_new = cb_timer_new;
  callbacks_.timer_free = cb_timer_free;
  callbacks_.timer_mod = cb_timer_mod;
  callbacks_.register_poll_fd = cb_register_fd;
  callbacks_.unregister_poll_fd = cb_unregister_fd;
  callbacks_.notify = cb_notify;

  // QEMU's defaults for -netdev user.
  SlirpConfig cfg{};
  cfg.version = 1;
  cfg.restricted = options.restrict;
  cfg.in_enabled = true;
  cfg.vnetwork = ipv4("10.0.2.0");
  cfg.vnetmask = ipv4("255.255.255.0");
  cfg.vhost = ipv4("10.0.2.2");
  cfg.vdhcp_start = ipv4("10.0.2.15");
  cfg.vnameserver = ipv4("10.0.2.3");
  cfg.vhostname = "rvisor";
  cfg.if_mtu = 1500;
  cfg.if_mru = 1500;
  slirp_ = slirp_new(&cfg, &callbacks_, this);
  if (!slirp_) {
    throw std::runtime_error("libslirp could not start");
  }
  for (const HostForward& f : options.forwards) {
    in_addr host{htonl(f.host_addr)};
    in_addr guest{htonl(f.guest_addr ? f.guest_addr : ntohl(cfg.vdhcp_start.s_addr))};
    if (slirp_add_hostfwd(slirp_, f.udp, host, f.host_port, guest, f.guest_port) < 0) {
      std::string err = std::strerror(errno);
      slirp_cleanup(slirp_);
      char addr[INET_ADDRSTRLEN] = "";
      inet_ntop(AF_INET, &host, addr, sizeof addr);
      throw std::runtime_error(fmt::format("hostfwd {}:{}:{}: cannot listen on the host ({})", f.udp ? "udp" : "tcp",
                                           f.host_addr ? addr : "", f.host_port, err));
    }
  }
}

void SlirpBackend::run_timers() {
  const int64_t now_ms = now_ns() / 1000000;
  // A callback may arm, re-arm or free timers: collect the due ones first.
  std::vector<Timer*> due;
  for (Timer& t : timers_)
    if (t.expire_ms >= 0 && t.expire_ms <= now_ms) due.push_back(&t);
  for (Timer* t : due) {
    bool alive = std::any_of(timers_.begin(), timers_.end(), [t](const Timer& x) { return &x == t; });
    if (!alive || t->expire_ms < 0 || t->expire_ms > now_ms) continue;
    t->expire_ms = -1;
    t->cb(t->opaque);
  }
}

void SlirpBackend::loop() {
  while (io_.running()) {
    std::deque<std::vector<uint8_t>> frames;
    {
      std::lock_guard lock(mu_);
      frames.swap(from_guest_);
    }
    for (const auto& f : frames) slirp_input(slirp_, f.data(), static_cast<int>(f.size()));

    uint32_t timeout = kMaxPollMs;
    pollfds_.clear();
    pollfds_.push_back({io_.wake_fd(), POLLIN, 0});
    slirp_pollfds_fill(slirp_, &timeout, cb_add_poll, this);
    const int64_t now_ms = now_ns() / 1000000;
    for (const Timer& t : timers_)
      if (t.expire_ms >= 0) timeout = static_cast<uint32_t>(std::clamp<int64_t>(t.expire_ms - now_ms, 0, timeout));
    int n = poll(pollfds_.data(), pollfds_.size(), static_cast<int>(std::min<uint32_t>(timeout, kMaxPollMs)));
    if (pollfds_[0].revents & POLLIN) io_.drain_wake();
    slirp_pollfds_poll(slirp_, n < 0, cb_get_revents, this);
    run_timers();
  }
}

}  // namespace

std::unique_ptr<NetBackend> make_slirp_backend(const SlirpOptions& options) {
  return std::make_unique<SlirpBackend>(options);
}

}  // namespace rvisor::host
