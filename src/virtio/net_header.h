// struct virtio_net_hdr (virtio 1.2, 5.1.6): 12 bytes in front of every frame on both queues
// (num_buffers is always present with VERSION_1). rvisor offers no checksum or segmentation
// offload, so a conforming driver sends flags = 0 and gso_type = NONE; a NEEDS_CSUM frame is
// still completed in software (cheap, and older drivers get it wrong), anything with GSO is
// refused.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rvisor::virtio {

constexpr size_t kNetHeaderSize = 12;
constexpr size_t kMaxFrameSize = 65535 + 14;  // the largest frame a back-end can carry
constexpr uint8_t kNetHdrNeedsCsum = 1;
constexpr uint8_t kNetGsoNone = 0;

// A transmitted buffer (header + frame) -> the frame to send, or nullopt with `why` set
// when the header asks for something that was not negotiated or does not fit the frame.
std::optional<std::vector<uint8_t>> frame_from_tx(std::span<const uint8_t> packet, std::string& why);

// The header the device writes in front of a received frame (no offloads, one buffer).
std::array<uint8_t, kNetHeaderSize> rx_header();

}  // namespace rvisor::virtio
