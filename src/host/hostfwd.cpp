// QEMU's hostfwd=[tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport, parsed strictly.
#include <arpa/inet.h>

#include <charconv>

#include "host/net_backend.h"

namespace rvisor::host {

namespace {

bool parse_port(const std::string& s, uint16_t& port) {
  unsigned v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || v == 0 || v > 65535) return false;
  port = static_cast<uint16_t>(v);
  return true;
}

bool parse_addr(const std::string& s, uint32_t& addr) {
  if (s.empty()) {
    addr = 0;
    return true;
  }
  in_addr a{};
  if (inet_pton(AF_INET, s.c_str(), &a) != 1) return false;
  addr = ntohl(a.s_addr);
  return true;
}

}  // namespace

std::optional<HostForward> parse_hostfwd(const std::string& text, std::string& error) {
  HostForward f;
  std::string rest = text;
  // The protocol is optional ("tcp" by default) but, when given, is followed by ':'.
  if (rest.rfind("tcp:", 0) == 0) {
    rest.erase(0, 4);
  } else if (rest.rfind("udp:", 0) == 0) {
    f.udp = true;
    rest.erase(0, 4);
  } else if (rest.empty() || rest[0] != ':') {
    error = "expected tcp:, udp: or : at the start";
    return std::nullopt;
  } else {
    rest.erase(0, 1);
  }
  auto dash = rest.find('-');
  if (dash == std::string::npos) {
    error = "expected HOSTADDR:HOSTPORT-GUESTADDR:GUESTPORT";
    return std::nullopt;
  }
  std::string host = rest.substr(0, dash), guest = rest.substr(dash + 1);
  auto hc = host.rfind(':'), gc = guest.rfind(':');
  if (hc == std::string::npos || gc == std::string::npos) {
    error = "expected HOSTADDR:HOSTPORT-GUESTADDR:GUESTPORT";
    return std::nullopt;
  }
  if (!parse_addr(host.substr(0, hc), f.host_addr) || !parse_addr(guest.substr(0, gc), f.guest_addr)) {
    error = "not an IPv4 address";
    return std::nullopt;
  }
  if (!parse_port(host.substr(hc + 1), f.host_port) || !parse_port(guest.substr(gc + 1), f.guest_port)) {
    error = "not a port number (1-65535)";
    return std::nullopt;
  }
  return f;
}

}  // namespace rvisor::host
