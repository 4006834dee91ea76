#include "cli/drive.h"

#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

namespace rvisor::cli {

namespace {
// Split at single commas; ",," is a literal comma (QEMU's escaping).
std::vector<std::string> split_options(std::string_view text) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ',') {
      parts.back() += text[i];
    } else if (i + 1 < text.size() && text[i + 1] == ',') {
      parts.back() += ',';
      ++i;
    } else {
      parts.emplace_back();
    }
  }
  return parts;
}

bool on_off(const std::string& key, const std::string& value) {
  if (value == "on" || value == "true" || value == "yes") return true;
  if (value == "off" || value == "false" || value == "no") return false;
  throw DriveSyntaxError(fmt::format("{}={}: expected on or off", key, value));
}
}  // namespace

host::DriveSpec parse_drive(std::string_view text) {
  host::DriveSpec spec;
  bool have_file = false;
  for (const std::string& part : split_options(text)) {
    size_t eq = part.find('=');
    if (part.empty()) continue;
    if (eq == std::string::npos) throw DriveSyntaxError(fmt::format("'{}' is not key=value", part));
    std::string key = part.substr(0, eq), value = part.substr(eq + 1);
    if (key == "file") {
      if (value.empty()) throw DriveSyntaxError("file= is empty");
      spec.file = value;
      have_file = true;
    } else if (key == "format") {
      if (value != "raw") throw DriveSyntaxError(fmt::format("format={} is not supported (only raw)", value));
    } else if (key == "readonly") {
      spec.read_only = on_off(key, value);
    } else if (key == "serial") {
      if (value.size() > 20) throw DriveSyntaxError(fmt::format("serial={}: longer than 20 characters", value));
      spec.serial = value;
    } else if (key == "overlay") {
      if (value.empty()) throw DriveSyntaxError("overlay= is empty");
      spec.overlay = value;
    } else if (key == "snapshot") {
      spec.snapshot = on_off(key, value);
    } else if (key == "if") {
      if (value != "virtio" && value != "none")
        throw DriveSyntaxError(fmt::format("if={} is not supported (virtio or none)", value));
    } else if (key == "media") {
      if (value != "disk") throw DriveSyntaxError(fmt::format("media={} is not supported (only disk)", value));
    } else if (key != "id" && key != "cache") {
      throw DriveSyntaxError(fmt::format("unknown option '{}'", key));
    }
  }
  if (!have_file) throw DriveSyntaxError("file= is required");
  if (spec.snapshot && !spec.overlay.empty()) throw DriveSyntaxError("overlay= and snapshot=on exclude each other");
  return spec;
}

}  // namespace rvisor::cli
