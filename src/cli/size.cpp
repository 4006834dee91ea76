#include "cli/size.h"

#include <cctype>
#include <limits>

namespace rvisor::cli {

std::optional<uint64_t> parse_size(const std::string& text) {
  size_t i = 0;
  uint64_t n = 0;
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
    if (n > (std::numeric_limits<uint64_t>::max() - 9) / 10) return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(text[i] - '0');
  }
  std::string suffix = text.substr(i);
  unsigned shift;
  if (suffix.empty() || suffix == "M" || suffix == "m" || suffix == "MiB") shift = 20;
  else if (suffix == "G" || suffix == "g" || suffix == "GiB") shift = 30;
  else if (suffix == "K" || suffix == "k" || suffix == "KiB") shift = 10;
  else if (suffix == "B" || suffix == "b") shift = 0;
  else return std::nullopt;
  if (shift && n > (std::numeric_limits<uint64_t>::max() >> shift)) return std::nullopt;
  return n << shift;
}

}  // namespace rvisor::cli
