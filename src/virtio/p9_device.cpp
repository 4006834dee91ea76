#include "virtio/p9_device.h"

#include <vector>

#include "virtio/chain_io.h"
#include "virtio/spec.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

P9Device::P9Device(const std::string& path, std::string tag, bool readonly)
    : dir_(path, readonly), server_(dir_), tag_(std::move(tag)), name_("virtio-9p " + tag_) {}

uint32_t P9Device::id() const { return kId9p; }

void P9Device::read_config(uint64_t offset, std::span<uint8_t> out) const {
  // struct virtio_9p_config { le16 tag_len; u8 tag[tag_len]; }
  std::vector<uint8_t> cfg = {static_cast<uint8_t>(tag_.size()), static_cast<uint8_t>(tag_.size() >> 8)};
  cfg.insert(cfg.end(), tag_.begin(), tag_.end());
  for (size_t i = 0; i < out.size(); ++i) out[i] = offset + i < cfg.size() ? cfg[offset + i] : 0;
}

void P9Device::notify(unsigned) {
  Chain c;
  std::vector<uint8_t> request;
  bool any = false;
  while (transport().pop(0, c)) {
    any = true;
    // A request never needs more than msize bytes; more is the driver's mistake.
    if (c.readable_bytes < p9::kHeaderSize || c.readable_bytes > p9::Server::kMaxMsize) {
      transport().device_error("9p request of " + std::to_string(c.readable_bytes) + " bytes");
      return;
    }
    request.resize(c.readable_bytes);
    ChainReader r(transport().memory(), c);
    r.read(request.data(), request.size());
    std::vector<uint8_t> reply = server_.handle(request, c.writable_bytes);
    if (reply.size() > c.writable_bytes) {
      transport().device_error("no room for a " + std::to_string(reply.size()) + "-byte 9p reply in " +
                               std::to_string(c.writable_bytes) + " bytes");
      return;
    }
    ChainWriter w(transport().memory(), c);
    w.write(reply.data(), reply.size());
    transport().push(0, c.head, static_cast<uint32_t>(reply.size()));
  }
  if (any) transport().interrupt_if_needed(0);
}

}  // namespace rvisor::virtio
