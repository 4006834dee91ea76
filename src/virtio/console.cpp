#include "virtio/console.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "virtio/chain_io.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

ConsoleOutcome collect_console_output(const GuestMemory& mem, const Chain& chain, std::string& out, size_t limit) {
  ConsoleOutcome r;
  if (!chain.writable.empty()) {
    r.malformed = true;
    r.why = fmt::format("transmit buffer {} is device-writable", chain.head);
    return r;
  }
  for (const Buffer& b : chain.readable) {
    const size_t n = std::min<size_t>(b.len, limit);
    const uint8_t* p = mem.span(b.addr, n);
    if (p) out.append(reinterpret_cast<const char*>(p), n);
    limit -= n;
  }
  return r;
}

void ConsoleDevice::start() {
  std::lock_guard lock(mu_);
  active_ = true;
  deliver_locked();
}

void ConsoleDevice::reset() {
  std::lock_guard lock(mu_);  // waits for a delivery in progress on the input thread
  active_ = false;
}

void ConsoleDevice::notify(unsigned queue) {
  if (queue == kReceiveQ) {
    std::lock_guard lock(mu_);
    deliver_locked();
    return;
  }
  if (queue != kTransmitQ) return;
  std::string text;
  Chain chain;
  while (transport().pop(kTransmitQ, chain)) {
    text.clear();
    ConsoleOutcome r = collect_console_output(transport().memory(), chain, text, kMaxChainOutput);
    if (r.malformed) {
      transport().device_error(r.why);
      break;
    }
    if (!text.empty()) output_(text);  // per chain, so at most kMaxChainOutput is held here
    transport().push(kTransmitQ, chain.head, 0);
  }
  transport().interrupt_if_needed(kTransmitQ);
}

void ConsoleDevice::push_input(uint8_t byte) {
  const auto hold = hold_writers();
  std::lock_guard lock(mu_);
  if (input_.size() < kInputCapacity) input_.push_back(byte);
  deliver_locked();
}

void ConsoleDevice::deliver_locked() {
  if (!active_) return;
  bool pushed = false;
  Chain chain;
  while (!input_.empty() && transport().pop(kReceiveQ, chain)) {
    if (!chain.readable.empty() || chain.writable_bytes == 0) {
      transport().device_error(fmt::format("receive buffer {} is not a device-writable buffer", chain.head));
      return;
    }
    std::vector<uint8_t> bytes;
    while (!input_.empty() && bytes.size() < chain.writable_bytes) {
      bytes.push_back(input_.front());
      input_.pop_front();
    }
    ChainWriter w(transport().memory(), chain);
    w.write(bytes.data(), bytes.size());
    transport().push(kReceiveQ, chain.head, static_cast<uint32_t>(bytes.size()));
    pushed = true;
  }
  if (pushed) transport().interrupt_if_needed(kReceiveQ);
}

}  // namespace rvisor::virtio
