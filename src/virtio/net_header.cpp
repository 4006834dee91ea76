#include "virtio/net_header.h"

namespace rvisor::virtio {

namespace {
uint16_t le16(std::span<const uint8_t> b, size_t at) { return static_cast<uint16_t>(b[at] | b[at + 1] << 8); }
}  // namespace

std::optional<std::vector<uint8_t>> frame_from_tx(std::span<const uint8_t> packet, std::string& why) {
  if (packet.size() < kNetHeaderSize) {
    why = "transmit buffer shorter than the 12-byte virtio_net_hdr";
    return std::nullopt;
  }
  const uint8_t flags = packet[0], gso_type = packet[1];
  const uint16_t csum_start = le16(packet, 6), csum_offset = le16(packet, 8);
  auto frame_bytes = packet.subspan(kNetHeaderSize);
  if (gso_type != kNetGsoNone) {
    why = "segmentation offload (gso_type " + std::to_string(gso_type) + ") was not negotiated";
    return std::nullopt;
  }
  if (frame_bytes.size() > kMaxFrameSize) {
    why = "frame of " + std::to_string(frame_bytes.size()) + " bytes is larger than any Ethernet frame";
    return std::nullopt;
  }
  std::vector<uint8_t> frame(frame_bytes.begin(), frame_bytes.end());
  if (flags & kNetHdrNeedsCsum) {
    // The Internet checksum over [csum_start, end), stored at csum_start + csum_offset.
    const size_t start = csum_start, at = size_t{csum_start} + csum_offset;
    if (start > frame.size() || at + 2 > frame.size()) {
      why = "checksum position outside the frame";
      return std::nullopt;
    }
    uint32_t sum = 0;
    for (size_t i = start; i < frame.size(); i += 2)
      sum += static_cast<uint32_t>(frame[i] << 8 | (i + 1 < frame.size() ? frame[i + 1] : 0));
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    // The driver put the pseudo-header sum in the checksum field, so it is part of the sum.
    uint16_t folded = static_cast<uint16_t>(~sum);
    frame[at] = static_cast<uint8_t>(folded >> 8);
    frame[at + 1] = static_cast<uint8_t>(folded);
  }
  return frame;
}

std::array<uint8_t, kNetHeaderSize> rx_header() {
  std::array<uint8_t, kNetHeaderSize> h{};
  h[10] = 1;  // num_buffers
  return h;
}

}  // namespace rvisor::virtio
