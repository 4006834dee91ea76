#include "virtio/balloon.h"

#include <cstring>

#include "virtio/chain_io.h"
#include "virtio/spec.h"
#include "virtio/transport.h"

namespace rvisor::virtio {

BalloonDevice::BalloonDevice(uint8_t* ram, uint64_t ram_base, uint64_t ram_size, uint32_t target_pages)
    : target_(target_pages), state_(ram, ram_base, ram_size) {
  stats_thread_ = std::thread([this] { stats_loop(); });
}

BalloonDevice::~BalloonDevice() {
  {
    std::lock_guard lock(mu_);
    quit_ = true;
  }
  cv_.notify_all();
  stats_thread_.join();
}

uint32_t BalloonDevice::id() const { return kIdBalloon; }

uint64_t BalloonDevice::features() const { return bit(kFStatsVq) | bit(kFDeflateOnOom) | bit(kFReporting); }

void BalloonDevice::read_config(uint64_t offset, std::span<uint8_t> out) const {
  // struct virtio_balloon_config: le32 num_pages, le32 actual, le32 free_page_hint_cmd_id,
  // le32 poison_val.
  uint32_t words[4] = {target_.load(), actual_.load(), 0, 0};
  uint8_t cfg[16];
  for (int i = 0; i < 4; ++i)
    for (int b = 0; b < 4; ++b) cfg[i * 4 + b] = static_cast<uint8_t>(words[i] >> (8 * b));
  for (size_t i = 0; i < out.size(); ++i) out[i] = offset + i < sizeof cfg ? cfg[offset + i] : 0;
}

void BalloonDevice::write_config(uint64_t offset, std::span<const uint8_t> in) {
  // Only `actual` (bytes 4..7) is the driver's to write.
  uint32_t a = actual_.load();
  for (size_t i = 0; i < in.size(); ++i) {
    uint64_t at = offset + i;
    if (at >= 4 && at < 8) a = (a & ~(0xffu << (8 * (at - 4)))) | uint32_t{in[i]} << (8 * (at - 4));
  }
  actual_ = a;
}

// Queues exist in this order, each only if its feature was negotiated: inflate, deflate,
// stats (STATS_VQ), free page hints (FREE_PAGE_HINT, never), reporting (REPORTING).
BalloonDevice::Role BalloonDevice::role(unsigned queue) const {
  std::vector<Role> roles = {Role::kInflate, Role::kDeflate};
  if (transport().has_feature(kFStatsVq)) roles.push_back(Role::kStats);
  if (transport().has_feature(kFReporting)) roles.push_back(Role::kReporting);
  return queue < roles.size() ? roles[queue] : Role::kNone;
}

void BalloonDevice::start() {
  std::lock_guard lock(mu_);
  running_ = true;
  stats_head_.reset();
  stats_queue_ = transport().has_feature(kFStatsVq) ? 2 : ~0u;
}

void BalloonDevice::reset() {
  std::lock_guard lock(mu_);
  running_ = false;
  stats_head_.reset();
  state_.reset();
  actual_ = 0;
}

void BalloonDevice::set_target(uint32_t pages) {
  target_ = pages;
  if (transport().status() & kDriverOk) transport().config_changed();
}

uint32_t BalloonDevice::inflated_pages() {
  std::lock_guard lock(mu_);
  return state_.pages();
}

std::map<uint16_t, uint64_t> BalloonDevice::stats() {
  std::lock_guard lock(mu_);
  return state_.stats();
}

void BalloonDevice::notify(unsigned queue) {
  switch (role(queue)) {
    case Role::kInflate: pfns(queue, true); break;
    case Role::kDeflate: pfns(queue, false); break;
    case Role::kStats: take_stats(queue); break;
    case Role::kReporting: reporting(queue); break;
    case Role::kNone: break;
  }
}

void BalloonDevice::pfns(unsigned queue, bool inflate) {
  Chain c;
  std::vector<uint32_t> frames;
  bool any = false;
  while (transport().pop(queue, c)) {
    any = true;
    if (!c.writable.empty() || c.readable_bytes % 4 || c.readable_bytes > 4 * 65536) {
      transport().device_error("balloon page list is not a device-readable array of le32 frame numbers");
      return;
    }
    frames.resize(c.readable_bytes / 4);
    ChainReader r(transport().memory(), c);
    r.read(frames.data(), c.readable_bytes);  // little-endian host, as the guest
    bool ok;
    {
      std::lock_guard lock(mu_);
      ok = inflate ? state_.inflate(frames) : state_.deflate(frames);
    }
    if (!ok) {
      transport().device_error("balloon page frame number outside guest RAM");
      return;
    }
    transport().push(queue, c.head, 0);
  }
  if (any) transport().interrupt_if_needed(queue);
}

void BalloonDevice::take_stats(unsigned queue) {
  Chain c;
  while (transport().pop(queue, c)) {
    if (!c.writable.empty() || c.readable_bytes > 10 * 64) {
      transport().device_error("balloon stats buffer is not a device-readable list of tag/value pairs");
      return;
    }
    std::vector<uint8_t> bytes(c.readable_bytes);
    ChainReader r(transport().memory(), c);
    r.read(bytes.data(), bytes.size());
    auto parsed = parse_balloon_stats(bytes);
    if (!parsed) {
      transport().device_error("balloon stats buffer length is not a multiple of 10");
      return;
    }
    std::lock_guard lock(mu_);
    state_.set_stats(std::move(*parsed));
    if (stats_head_) {
      // A driver posts one buffer at a time; a second one means the first came back to us.
      transport().push(queue, *stats_head_, 0);
    }
    stats_head_ = c.head;  // returned by stats_loop when fresh figures are wanted
  }
}

void BalloonDevice::reporting(unsigned queue) {
  Chain c;
  bool any = false;
  while (transport().pop(queue, c)) {
    any = true;
    // Each device-writable buffer is a free range; the device only takes note of it.
    bool ok = c.readable.empty();
    {
      std::lock_guard lock(mu_);
      for (const Buffer& b : c.writable) ok = ok && state_.report_free(b.addr, b.len);
    }
    if (!ok) {
      transport().device_error("free page report is not a page-aligned range of guest RAM");
      return;
    }
    transport().push(queue, c.head, 0);
  }
  if (any) transport().interrupt_if_needed(queue);
}

void BalloonDevice::stats_loop() {
  std::unique_lock lock(mu_);
  while (!quit_) {
    cv_.wait_for(lock, kStatsInterval);
    if (quit_ || !running_ || !stats_head_) continue;
    lock.unlock();  // the gate comes before the device's lock
    {
      const auto hold = hold_writers();
      std::lock_guard relock(mu_);
      if (!quit_ && running_ && stats_head_) {
        transport().push(stats_queue_, *stats_head_, 0);
        stats_head_.reset();
        transport().interrupt_if_needed(stats_queue_);
      }
    }
    lock.lock();
  }
}

}  // namespace rvisor::virtio
