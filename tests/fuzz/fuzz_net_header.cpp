// libFuzzer: the virtio_net_hdr + frame of a transmitted buffer, and MAC address parsing.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "virtio/net_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string why;
  auto frame = rvisor::virtio::frame_from_tx({data, size}, why);
  if (frame && frame->size() != size - rvisor::virtio::kNetHeaderSize) abort();
  if (!frame && why.empty()) abort();
  return 0;
}
