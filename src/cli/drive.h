// The --drive option (and QEMU's -drive): comma-separated key=value pairs, ",," for a comma
// inside a value, as QEMU writes them.
//   file=PATH (required)  format=raw  readonly=on|off  serial=S  overlay=PATH  snapshot=on|off
//   if=virtio|none, id=..., media=disk, cache=...: accepted for QEMU command lines, no effect
#pragma once
#include <stdexcept>
#include <string_view>

#include "host/block_backend.h"

namespace rvisor::cli {

struct DriveSyntaxError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws DriveSyntaxError with a message naming the offending part.
host::DriveSpec parse_drive(std::string_view text);

}  // namespace rvisor::cli
