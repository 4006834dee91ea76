// virtio-balloon (virtio 1.2, 5.5): the host asks the guest to give up `target` 4 KiB pages
// (config num_pages); the guest inflates (PFNs on the inflate queue) or deflates. Inflated
// pages and pages the guest reports free (VIRTIO_BALLOON_F_REPORTING) go back to the host
// with madvise(MADV_DONTNEED). Offered: STATS_VQ (the guest's memory statistics, asked for
// every kStatsInterval), DEFLATE_ON_OOM (the guest may take pages back under memory
// pressure), REPORTING. Not offered: MUST_TELL_HOST, FREE_PAGE_HINT, PAGE_POISON.
#pragma once
#include <atomic>
#include <chrono>
#include <map>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "virtio/balloon_state.h"
#include "virtio/device.h"

namespace rvisor::virtio {

class BalloonDevice : public Device {
 public:
  static constexpr unsigned kFStatsVq = 1, kFDeflateOnOom = 2, kFReporting = 5;
  static constexpr auto kStatsInterval = std::chrono::seconds(2);

  // Guest RAM at `ram_base`, `ram_size` bytes, mapped at `ram`; the balloon starts with a
  // target of `target_pages`.
  BalloonDevice(uint8_t* ram, uint64_t ram_base, uint64_t ram_size, uint32_t target_pages);
  ~BalloonDevice() override;

  uint32_t id() const override;
  std::string_view name() const override { return "virtio-balloon"; }
  uint64_t features() const override;
  unsigned queue_count() const override { return 4; }
  void read_config(uint64_t offset, std::span<uint8_t> out) const override;
  void write_config(uint64_t offset, std::span<const uint8_t> in) override;
  void start() override;
  void notify(unsigned queue) override;
  void reset() override;

  // From the host: a new target (config-change interrupt).
  void set_target(uint32_t pages);
  uint32_t actual_pages() const { return actual_.load(); }
  uint32_t inflated_pages();
  std::map<uint16_t, uint64_t> stats();

 private:
  enum class Role { kInflate, kDeflate, kStats, kReporting, kNone };
  Role role(unsigned queue) const;
  void pfns(unsigned queue, bool inflate);
  void take_stats(unsigned queue);
  void reporting(unsigned queue);
  void stats_loop();

  std::atomic<uint32_t> target_, actual_{0};
  std::mutex mu_;  // state_, the held stats buffer, and running_ (vCPU thread vs stats thread)
  BalloonState state_;
  bool running_ = false;
  std::optional<uint16_t> stats_head_;  // the guest's stats buffer, held until we want more
  unsigned stats_queue_ = 2;
  std::condition_variable cv_;
  bool quit_ = false;
  std::thread stats_thread_;
};

}  // namespace rvisor::virtio
