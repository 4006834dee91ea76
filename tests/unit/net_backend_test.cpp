// Net back-ends: hostfwd parsing, libslirp answering ARP and forwarding a host port, and a
// tap interface inside a network namespace this test creates (no traffic leaves it).
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "host/net_backend.h"

using rvisor::host::parse_hostfwd;

namespace {

const uint8_t kGuestMac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

// An ARP request "who has `target`? tell `sender`" from the guest's MAC.
std::vector<uint8_t> arp_request(const char* sender, const char* target) {
  std::vector<uint8_t> f(42, 0);
  std::fill(f.begin(), f.begin() + 6, 0xff);
  std::copy(kGuestMac, kGuestMac + 6, f.begin() + 6);
  f[12] = 0x08, f[13] = 0x06;                            // ARP
  f[14] = 0, f[15] = 1, f[16] = 0x08, f[17] = 0, f[18] = 6, f[19] = 4, f[20] = 0, f[21] = 1;  // request
  std::copy(kGuestMac, kGuestMac + 6, f.begin() + 22);
  in_addr s{}, t{};
  inet_pton(AF_INET, sender, &s);
  inet_pton(AF_INET, target, &t);
  std::memcpy(&f[28], &s, 4);
  std::memcpy(&f[38], &t, 4);
  return f;
}

bool is_arp_reply_from(const std::vector<uint8_t>& f, const char* ip) {
  in_addr a{};
  inet_pton(AF_INET, ip, &a);
  return f.size() >= 42 && f[12] == 0x08 && f[13] == 0x06 && f[21] == 2 && std::memcmp(&f[28], &a, 4) == 0 &&
         std::memcmp(&f[0], kGuestMac, 6) == 0;
}

// Collects frames for the guest; wait_for() blocks until one matches or time runs out.
class Collector {
 public:
  rvisor::host::FrameSink sink() {
    return [this](std::span<const uint8_t> f) {
      std::lock_guard lock(mu_);
      frames_.emplace_back(f.begin(), f.end());
      cv_.notify_all();
    };
  }
  template <class Pred>
  bool wait_for(Pred pred, std::chrono::milliseconds limit = std::chrono::milliseconds(5000)) {
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, limit, [&] {
      for (const auto& f : frames_)
        if (pred(f)) return true;
      return false;
    });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::vector<uint8_t>> frames_;
};

uint16_t free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

TEST(HostFwdTest, ParsesQemuSyntax) {
  std::string err;
  auto f = parse_hostfwd("tcp:127.0.0.1:2222-:22", err);
  ASSERT_TRUE(f) << err;
  EXPECT_FALSE(f->udp);
  EXPECT_EQ(f->host_addr, 0x7f000001u);
  EXPECT_EQ(f->host_port, 2222);
  EXPECT_EQ(f->guest_addr, 0u);
  EXPECT_EQ(f->guest_port, 22);
  f = parse_hostfwd("udp::5353-10.0.2.15:53", err);
  ASSERT_TRUE(f) << err;
  EXPECT_TRUE(f->udp);
  EXPECT_EQ(f->host_addr, 0u);
  EXPECT_EQ(f->guest_addr, 0x0a00020fu);
  f = parse_hostfwd("::8080-:80", err);
  ASSERT_TRUE(f) << err;
  EXPECT_EQ(f->host_port, 8080);
}

TEST(HostFwdTest, RejectsMalformedForwards) {
  for (const char* bad : {"", "tcp", "sctp:1-:2", "tcp:127.0.0.1:2222", "tcp:127.0.0.1:0-:22", "tcp::70000-:22",
                          "tcp:1.2.3:22-:22", "tcp::22-:x", "tcp::22-22", "tcp::-:22"}) {
    std::string err;
    EXPECT_FALSE(parse_hostfwd(bad, err)) << bad;
    EXPECT_FALSE(err.empty()) << bad;
  }
}

TEST(SlirpBackendTest, AnswersArpAndForwardsAHostPortToTheGuest) {
  uint16_t port = free_port();
  rvisor::host::SlirpOptions opt;
  std::string err;
  opt.forwards.push_back(*parse_hostfwd("tcp:127.0.0.1:" + std::to_string(port) + "-:22", err));
  auto net = rvisor::host::make_slirp_backend(opt);
  Collector got;
  net->start(got.sink());
  net->send(arp_request("10.0.2.15", "10.0.2.2"));
  EXPECT_TRUE(got.wait_for([](const auto& f) { return is_arp_reply_from(f, "10.0.2.2"); }));

  // A host connection to the forwarded port becomes a TCP SYN to the guest's port 22.
  int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  EXPECT_TRUE(got.wait_for([](const auto& f) {
    return f.size() >= 54 && f[12] == 0x08 && f[13] == 0x00 && f[23] == 6 /* TCP */ &&
           f[14 + 20 + 2] == 0 && f[14 + 20 + 3] == 22 && (f[14 + 20 + 13] & 0x02) /* SYN */;
  }));
  close(s);
  net->stop();
}

// An IPv4/UDP frame from the guest (10.0.2.15:5555) to `dst`:`port` (UDP checksum 0: none).
std::vector<uint8_t> udp_frame(const char* dst, uint16_t port, const std::string& payload) {
  std::vector<uint8_t> f(14 + 20 + 8);
  const uint8_t gw_mac[6] = {0x52, 0x55, 0x0a, 0x00, 0x02, 0x02};  // slirp's own
  std::copy(gw_mac, gw_mac + 6, f.begin());
  std::copy(kGuestMac, kGuestMac + 6, f.begin() + 6);
  f[12] = 0x08, f[13] = 0x00;
  uint8_t* ip = &f[14];
  const size_t total = 20 + 8 + payload.size();
  ip[0] = 0x45, ip[2] = static_cast<uint8_t>(total >> 8), ip[3] = static_cast<uint8_t>(total), ip[8] = 64, ip[9] = 17;
  in_addr s{}, d{};
  inet_pton(AF_INET, "10.0.2.15", &s);
  inet_pton(AF_INET, dst, &d);
  std::memcpy(ip + 12, &s, 4);
  std::memcpy(ip + 16, &d, 4);
  uint32_t sum = 0;
  for (int i = 0; i < 20; i += 2) sum += static_cast<uint32_t>(ip[i] << 8 | ip[i + 1]);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  ip[10] = static_cast<uint8_t>(~sum >> 8), ip[11] = static_cast<uint8_t>(~sum);
  uint8_t* udp = ip + 20;
  udp[0] = 5555 >> 8, udp[1] = 5555 & 0xff, udp[2] = static_cast<uint8_t>(port >> 8), udp[3] = static_cast<uint8_t>(port);
  udp[4] = static_cast<uint8_t>((8 + payload.size()) >> 8), udp[5] = static_cast<uint8_t>(8 + payload.size());
  f.insert(f.end(), payload.begin(), payload.end());
  return f;
}

// Outbound UDP to the gateway reaches the host's loopback, unless restrict=on.
TEST(SlirpBackendTest, OutboundUdpReachesTheHostUnlessRestricted) {
  for (bool restrict : {false, true}) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    socklen_t len = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
    timeval tv{1, 0};
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    rvisor::host::SlirpOptions opt;
    opt.restrict = restrict;
    auto net = rvisor::host::make_slirp_backend(opt);
    Collector got;
    net->start(got.sink());
    net->send(udp_frame("10.0.2.2", ntohs(a.sin_port), "hello-udp"));
    char buf[64] = {};
    ssize_t n = recv(s, buf, sizeof buf, 0);
    if (restrict) {
      EXPECT_LT(n, 0) << "restrict=on let a datagram out";
    } else {
      ASSERT_EQ(n, 9);
      EXPECT_EQ(std::string(buf, 9), "hello-udp");
    }
    net->stop();
    close(s);
  }
}

TEST(SlirpBackendTest, ABusyHostPortIsAnError) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(listen(s, 1), 0);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  rvisor::host::SlirpOptions opt;
  std::string err;
  opt.forwards.push_back(*parse_hostfwd("tcp:127.0.0.1:" + std::to_string(ntohs(a.sin_port)) + "-:22", err));
  EXPECT_THROW(rvisor::host::make_slirp_backend(opt), std::runtime_error);
  close(s);
}

// In a child process with a network namespace of its own: create the tap, give the host
// side 10.9.0.1, and ask for its MAC over the tap.
TEST(TapBackendTest, ExchangesFramesWithTheHostKernelInAPrivateNamespace) {
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (unshare(CLONE_NEWNET) != 0) _exit(10);
    try {
      auto tap = rvisor::host::make_tap_backend("rvtap0");
      if (system("ip addr add 10.9.0.1/24 dev rvtap0 && ip link set rvtap0 up") != 0) _exit(11);
      Collector got;
      tap->start(got.sink());
      bool ok = false;
      for (int i = 0; i < 20 && !ok; ++i) {  // the link takes a moment to come up
        tap->send(arp_request("10.9.0.2", "10.9.0.1"));
        ok = got.wait_for([](const auto& f) { return is_arp_reply_from(f, "10.9.0.1"); }, std::chrono::milliseconds(250));
      }
      tap->stop();
      _exit(ok ? 0 : 12);
    } catch (const std::exception&) {
      _exit(13);
    }
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "10: unshare failed, 11: ip failed, 12: no ARP reply, 13: tap failed";
}

TEST(TapBackendTest, ABadInterfaceNameIsAnError) {
  EXPECT_THROW(rvisor::host::make_tap_backend("a-name-longer-than-ifnamsiz"), std::runtime_error);
  EXPECT_THROW(rvisor::host::make_tap_backend(""), std::runtime_error);
}

}  // namespace
