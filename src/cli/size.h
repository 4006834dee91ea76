// Memory sizes as users write them: 1G, 512M, 65536K, 4096 (bytes), as QEMU's -m accepts
// (a bare number there means MiB; we follow QEMU: no suffix = MiB).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace rvisor::cli {
std::optional<uint64_t> parse_size(const std::string& text);
}
