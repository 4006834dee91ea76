#include "cli/devices.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>

#include "cli/size.h"
#include "virtio/net.h"
#include "virtio/p9_device.h"

namespace rvisor::cli {

namespace {

// "word,key=value,key=value": the leading word (if it has no '='), then the pairs in order.
struct Spec {
  std::string word;
  std::vector<std::pair<std::string, std::string>> pairs;
};

Spec split(const std::string& text) {
  Spec s;
  size_t start = 0;
  bool first = true;
  for (;;) {
    size_t comma = text.find(',', start);
    std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    auto eq = part.find('=');
    if (first && eq == std::string::npos)
      s.word = part;
    else if (eq == std::string::npos)
      s.pairs.emplace_back(part, "");
    else
      s.pairs.emplace_back(part.substr(0, eq), part.substr(eq + 1));
    first = false;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return s;
}

std::optional<bool> on_off(const std::string& v) {
  if (v == "on" || v == "yes" || v == "true") return true;
  if (v == "off" || v == "no" || v == "false") return false;
  return std::nullopt;
}

struct Nic {
  board::NicConfig config;
  std::string id;
};

// --netdev/--nic value -> a card, or an error.
std::string parse_nic(const std::string& opt, const std::string& text, Nic& nic) {
  Spec s = split(text);
  auto where = [&](const std::string& why) { return fmt::format("{} {}: {}", opt, text, why); };
  if (s.word == "user") {
    nic.config.backend = board::NicConfig::Backend::kUser;
  } else if (s.word == "tap") {
    nic.config.backend = board::NicConfig::Backend::kTap;
  } else {
    return where(s.word.empty() ? "expected user or tap first" : fmt::format("unknown network back-end '{}' (user or tap)", s.word));
  }
  for (const auto& [key, value] : s.pairs) {
    if (key == "id") {
      nic.id = value;
    } else if (key == "mac") {
      auto mac = virtio::parse_mac(value);
      if (!mac) return where(fmt::format("mac={}: not a unicast MAC address like 52:54:00:12:34:56", value));
      nic.config.mac = *mac;
    } else if (key == "hostfwd" && nic.config.backend == board::NicConfig::Backend::kUser) {
      std::string why;
      auto f = host::parse_hostfwd(value, why);
      if (!f) return where(fmt::format("hostfwd={}: {}", value, why));
      nic.config.forwards.push_back(*f);
    } else if (key == "restrict" && nic.config.backend == board::NicConfig::Backend::kUser) {
      auto b = on_off(value);
      if (!b) return where(fmt::format("restrict={}: expected on or off", value));
      nic.config.restrict = *b;
    } else if (key == "ifname" && nic.config.backend == board::NicConfig::Backend::kTap) {
      nic.config.ifname = value;
    } else if ((key == "script" || key == "downscript") && nic.config.backend == board::NicConfig::Backend::kTap) {
      if (value != "no") return where(fmt::format("{}={}: rvisor runs no scripts (use {}=no)", key, value, key));
    } else if (key == "model" && opt == "--nic") {
      if (value != "virtio" && value != "virtio-net-device") return where(fmt::format("model={}: only virtio", value));
    } else {
      return where(fmt::format("unknown option '{}'", key));
    }
  }
  if (nic.config.backend == board::NicConfig::Backend::kTap && nic.config.ifname.empty())
    return where("tap needs ifname=NAME");
  return "";
}

std::string parse_share(const std::string& text, board::ShareConfig& share) {
  Spec s = split(text);
  auto where = [&](const std::string& why) { return fmt::format("--share {}: {}", text, why); };
  share.path = s.word;
  share.tag = "host";
  share.readonly = true;
  if (share.path.empty()) return where("expected the host directory first");
  for (const auto& [key, value] : s.pairs) {
    if (key == "tag") {
      share.tag = value;
    } else if (key == "readonly") {
      auto b = on_off(value);
      if (!b) return where(fmt::format("readonly={}: expected on or off", value));
      share.readonly = *b;
    } else {
      return where(fmt::format("unknown option '{}'", key));
    }
  }
  return "";
}

std::string parse_virtfs(const std::string& text, board::ShareConfig& share) {
  Spec s = split(text);
  auto where = [&](const std::string& why) { return fmt::format("--virtfs {}: {}", text, why); };
  if (s.word != "local") return where("only the 'local' file system driver exists");
  share.readonly = false;  // QEMU's default
  for (const auto& [key, value] : s.pairs) {
    if (key == "path") {
      share.path = value;
    } else if (key == "mount_tag") {
      share.tag = value;
    } else if (key == "readonly") {
      auto b = value.empty() ? std::optional<bool>(true) : on_off(value);
      if (!b) return where(fmt::format("readonly={}: expected on or off", value));
      share.readonly = *b;
    } else if (key == "security_model" || key == "id") {
      // rvisor always works as QEMU's security_model=none/passthrough: host permissions apply.
    } else {
      return where(fmt::format("unknown option '{}'", key));
    }
  }
  if (share.path.empty() || share.tag.empty()) return where("needs path= and mount_tag=");
  return "";
}

std::string check_share(const std::string& opt, const board::ShareConfig& share) {
  if (share.tag.empty() || share.tag.size() > virtio::P9Device::kMaxTagLength)
    return fmt::format("{} {}: tag must be 1-{} characters", opt, share.path, virtio::P9Device::kMaxTagLength);
  struct stat st;
  if (stat(share.path.c_str(), &st) != 0) return fmt::format("{} {}: {}", opt, share.path, std::strerror(errno));
  if (!S_ISDIR(st.st_mode)) return fmt::format("{} {}: not a directory", opt, share.path);
  return "";
}

}  // namespace

std::string apply_device_options(const DeviceOptions& opts, board::VirtConfig& vm) {
  std::vector<Nic> nics;
  bool no_nic = false;
  for (const std::string& text : opts.netdev) {
    Nic n;
    if (auto err = parse_nic("--netdev", text, n); !err.empty()) return err;
    nics.push_back(n);
  }
  for (const std::string& text : opts.nic) {
    if (text == "none") {
      no_nic = true;
      continue;
    }
    Nic n;
    if (auto err = parse_nic("--nic", text, n); !err.empty()) return err;
    nics.push_back(n);
  }
  bool balloon_device = false;
  for (const std::string& text : opts.device) {
    Spec s = split(text);
    if (s.word == "virtio-balloon-device" && s.pairs.empty()) {
      balloon_device = true;
      continue;
    }
    if (s.word != "virtio-net-device")
      return fmt::format("--device {}: unknown device (virtio-net-device, virtio-balloon-device)", text);
    std::string netdev;
    std::optional<virtio::MacAddress> mac;
    for (const auto& [key, value] : s.pairs) {
      if (key == "netdev") {
        netdev = value;
      } else if (key == "mac") {
        mac = virtio::parse_mac(value);
        if (!mac) return fmt::format("--device {}: mac={}: not a unicast MAC address like 52:54:00:12:34:56", text, value);
      } else {
        return fmt::format("--device {}: unknown option '{}'", text, key);
      }
    }
    auto it = std::find_if(nics.begin(), nics.end(), [&](const Nic& n) { return !n.id.empty() && n.id == netdev; });
    if (it == nics.end()) return fmt::format("--device {}: no --netdev with id={}", text, netdev);
    if (mac) it->config.mac = *mac;
  }
  if (!no_nic)
    for (const Nic& n : nics) vm.nics.push_back(n.config);

  for (const std::string& text : opts.share) {
    board::ShareConfig share;
    if (auto err = parse_share(text, share); !err.empty()) return err;
    if (auto err = check_share("--share", share); !err.empty()) return err;
    vm.shares.push_back(share);
  }
  for (const std::string& text : opts.virtfs) {
    board::ShareConfig share;
    if (auto err = parse_virtfs(text, share); !err.empty()) return err;
    if (auto err = check_share("--virtfs", share); !err.empty()) return err;
    vm.shares.push_back(share);
  }

  if (opts.balloon.size() > 1) return "--balloon: give it once";
  if (!opts.balloon.empty()) {
    const std::string& text = opts.balloon[0];
    board::BalloonConfig b;
    if (text != "on") {
      Spec s = split(text);
      if (!s.word.empty() || s.pairs.size() != 1 || s.pairs[0].first != "size")
        return fmt::format("--balloon {}: expected size=SIZE (e.g. size=256M) or on", text);
      auto size = parse_size(s.pairs[0].second);
      if (!size) return fmt::format("--balloon {}: not a size (examples: 256M, 1G)", text);
      if (*size >= vm.ram_size) return fmt::format("--balloon {}: must be less than the guest's RAM", text);
      b.size_bytes = *size;
    }
    vm.balloon = b;
  } else if (balloon_device) {
    vm.balloon = board::BalloonConfig{};
  }
  return "";
}

}  // namespace rvisor::cli
