#include "virtio/rng.h"

#include <fmt/format.h>
#include <sys/random.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

#include "virtio/chain_io.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

void host_entropy(uint8_t* out, size_t len) {
  while (len > 0) {
    ssize_t n = getrandom(out, len, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("getrandom failed");  // not expected on Linux >= 3.17
    out += n;
    len -= static_cast<size_t>(n);
  }
}

RngOutcome serve_rng_request(const GuestMemory& mem, const Chain& chain, const EntropySource& entropy) {
  RngOutcome out;
  if (!chain.readable.empty()) {
    out.malformed = true;
    out.why = fmt::format("request {} has device-readable buffers", chain.head);
    return out;
  }
  if (chain.writable_bytes == 0) {
    out.malformed = true;
    out.why = fmt::format("request {} has no room for random bytes", chain.head);
    return out;
  }
  ChainWriter w(mem, chain);
  uint64_t want = std::min<uint64_t>(chain.writable_bytes, RngDevice::kMaxRequest);
  uint8_t buf[4096];
  while (want > 0) {
    size_t n = static_cast<size_t>(std::min<uint64_t>(want, sizeof buf));
    entropy(buf, n);
    out.written += static_cast<uint32_t>(w.write(buf, n));
    want -= n;
  }
  return out;
}

void RngDevice::notify(unsigned) {
  Chain chain;
  while (transport().pop(0, chain)) {
    RngOutcome r = serve_rng_request(transport().memory(), chain, entropy_);
    if (r.malformed) {
      transport().device_error(r.why);
      return;
    }
    transport().push(0, chain.head, r.written);
  }
  transport().interrupt_if_needed(0);
}

}  // namespace rvisor::virtio
