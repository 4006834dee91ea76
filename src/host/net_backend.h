// The host side of a guest network card: Ethernet frames in both directions.
//
// A back-end owns its own I/O thread. send() may be called from any thread and never blocks:
// it queues (bounded) or drops, as a real wire would under load. Frames for the guest arrive
// through the callback given to start(), on the back-end's thread; the device copies them
// into its own bounded queue and delivers them from the vCPU thread.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rvisor::host {

using FrameSink = std::function<void(std::span<const uint8_t> frame)>;

class NetBackend {
 public:
  virtual ~NetBackend() = default;
  // Start the I/O thread; frames for the guest go to `to_guest` from then on until stop().
  virtual void start(FrameSink to_guest) = 0;
  // Stop the I/O thread (idempotent; the destructor calls it too).
  virtual void stop() = 0;
  // A frame from the guest (without the virtio-net header).
  virtual void send(std::span<const uint8_t> frame) = 0;
};

// A port forward in QEMU's hostfwd syntax: [tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport.
struct HostForward {
  bool udp = false;
  uint32_t host_addr = 0;   // IPv4, host byte order; 0 = any
  uint16_t host_port = 0;
  uint32_t guest_addr = 0;  // 0 = the guest's DHCP address (10.0.2.15)
  uint16_t guest_port = 0;
};
// Parses one hostfwd value; nullopt (and `error` set) when it is malformed.
std::optional<HostForward> parse_hostfwd(const std::string& text, std::string& error);

struct SlirpOptions {
  std::vector<HostForward> forwards;
  bool restrict = false;  // QEMU's restrict=on: the guest reaches nothing but its forwards
};

// User-mode networking (libslirp): 10.0.2.0/24, gateway 10.0.2.2, DNS 10.0.2.3, the guest
// gets 10.0.2.15 by DHCP. Throws std::runtime_error when a forward cannot be set up (e.g.
// the host port is taken).
std::unique_ptr<NetBackend> make_slirp_backend(const SlirpOptions& options);

// A tap interface (/dev/net/tun, IFF_TAP | IFF_NO_PI). Throws std::runtime_error when the
// interface cannot be opened (no permission, no /dev/net/tun).
std::unique_ptr<NetBackend> make_tap_backend(const std::string& ifname);

}  // namespace rvisor::host
