#include "virtio/net.h"

#include <cctype>
#include <cstdio>

#include "virtio/chain_io.h"
#include "virtio/net_header.h"
#include "virtio/spec.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

namespace {
constexpr uint16_t kLinkUp = 1;
}

NetDevice::NetDevice(std::unique_ptr<host::NetBackend> backend, MacAddress mac) : backend_(std::move(backend)), mac_(mac) {
  // The back-end runs from power-on; frames that arrive before the driver is ready are dropped.
  backend_->start([this](std::span<const uint8_t> f) { from_backend(f); });
}

NetDevice::~NetDevice() { backend_->stop(); }

uint32_t NetDevice::id() const { return kIdNet; }

uint64_t NetDevice::features() const { return bit(kFMac) | bit(kFStatus); }

void NetDevice::read_config(uint64_t offset, std::span<uint8_t> out) const {
  // struct virtio_net_config: mac[6], le16 status, then fields for features not offered.
  std::array<uint8_t, 8> cfg{};
  std::copy(mac_.begin(), mac_.end(), cfg.begin());
  cfg[6] = kLinkUp;
  for (size_t i = 0; i < out.size(); ++i) out[i] = offset + i < cfg.size() ? cfg[offset + i] : 0;
}

void NetDevice::start() {
  std::lock_guard lock(rx_mu_);
  running_ = true;
}

void NetDevice::reset() {
  std::lock_guard lock(rx_mu_);  // waits for a delivery in progress on the back-end thread
  running_ = false;
  pending_.clear();
}

void NetDevice::notify(unsigned queue) {
  if (queue == kTxQueue) {
    transmit();
    return;
  }
  // New receive buffers: hand over what waited for them.
  std::lock_guard lock(rx_mu_);
  if (!running_) return;
  bool any = false;
  while (!pending_.empty() && deliver_locked(pending_.front())) {
    pending_.pop_front();
    any = true;
  }
  if (any) transport().interrupt_if_needed(kRxQueue);
}

void NetDevice::from_backend(std::span<const uint8_t> frame) {
  {
    // The back-end runs before the transport is attached: look at it only once running.
    std::lock_guard lock(rx_mu_);
    if (!running_) {
      ++dropped_;
      return;
    }
  }
  const auto hold = hold_writers();
  std::lock_guard lock(rx_mu_);
  if (!running_) {
    ++dropped_;
    return;
  }
  std::vector<uint8_t> copy(frame.begin(), frame.end());
  if (pending_.empty() && deliver_locked(copy)) {
    transport().interrupt_if_needed(kRxQueue);
    return;
  }
  if (pending_.size() >= kMaxPendingFrames) {
    pending_.pop_front();  // the oldest goes: TCP recovers, and stale ARP is worth least
    ++dropped_;
  }
  pending_.push_back(std::move(copy));
}

bool NetDevice::deliver_locked(const std::vector<uint8_t>& frame) {
  Chain c;
  if (!transport().pop(kRxQueue, c)) return false;
  const auto header = rx_header();
  if (!c.readable.empty() || c.writable_bytes < kNetHeaderSize + frame.size()) {
    if (!c.readable.empty()) {
      transport().device_error("receive buffer with device-readable descriptors");
      return false;
    }
    // Too small for this frame (a driver may post small buffers only with MRG_RXBUF, which is
    // not offered): drop the frame, give the buffer back unused.
    ++dropped_;
    transport().push(kRxQueue, c.head, 0);
    return true;
  }
  ChainWriter w(transport().memory(), c);
  w.write(header.data(), header.size());
  w.write(frame.data(), frame.size());
  transport().push(kRxQueue, c.head, static_cast<uint32_t>(header.size() + frame.size()));
  ++received_;
  return true;
}

void NetDevice::transmit() {
  Chain c;
  bool any = false;
  std::vector<uint8_t> packet;
  while (transport().pop(kTxQueue, c)) {
    any = true;
    if (!c.writable.empty()) {
      transport().device_error("transmit buffer with device-writable descriptors");
      return;
    }
    if (c.readable_bytes < kNetHeaderSize) {
      transport().device_error("transmit buffer shorter than the virtio_net_hdr");
      return;
    }
    std::string why;
    if (c.readable_bytes > kNetHeaderSize + kMaxFrameSize) {
      ++dropped_;
    } else {
      packet.resize(c.readable_bytes);
      ChainReader r(transport().memory(), c);
      r.read(packet.data(), packet.size());
      if (auto frame = frame_from_tx(packet, why)) {
        backend_->send(*frame);
        ++sent_;
      } else {
        ++dropped_;
      }
    }
    transport().push(kTxQueue, c.head, 0);
  }
  if (any) transport().interrupt_if_needed(kTxQueue);
}

std::optional<MacAddress> parse_mac(const std::string& text) {
  MacAddress m{};
  unsigned b[6];
  char tail;
  if (text.size() != 17 ||
      std::sscanf(text.c_str(), "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5], &tail) != 6)
    return std::nullopt;
  for (int i = 0; i < 6; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(text[i * 3])) || !std::isxdigit(static_cast<unsigned char>(text[i * 3 + 1])))
      return std::nullopt;
    if (i < 5 && text[i * 3 + 2] != ':') return std::nullopt;
    m[i] = static_cast<uint8_t>(b[i]);
  }
  if (m[0] & 1) return std::nullopt;  // multicast
  if (m == MacAddress{}) return std::nullopt;
  return m;
}

}  // namespace rvisor::virtio
