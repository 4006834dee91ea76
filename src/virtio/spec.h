// Numbers from the virtio 1.2 specification shared by the transport, the queue and devices.
#pragma once
#include <cstdint>

namespace rvisor::virtio {

// Device status bits (2.1).
enum Status : uint32_t {
  kAcknowledge = 1,
  kDriver = 2,
  kDriverOk = 4,
  kFeaturesOk = 8,
  kDeviceNeedsReset = 64,
  kFailed = 128,
};

// Reserved feature bits (6) that the transport or the queue implement.
enum FeatureBit : unsigned {
  kFIndirectDesc = 28,
  kFEventIdx = 29,
  kFVersion1 = 32,
};
constexpr uint64_t bit(unsigned n) { return 1ull << n; }

// Device IDs (5).
enum DeviceId : uint32_t { kIdNet = 1, kIdBlock = 2, kIdConsole = 3, kIdEntropy = 4, kIdBalloon = 5, kId9p = 9 };

// Split virtqueue descriptor flags (2.7.5) and ring flags (2.7.6, 2.7.8).
enum DescFlags : uint16_t { kDescNext = 1, kDescWrite = 2, kDescIndirect = 4 };
constexpr uint16_t kAvailNoInterrupt = 1;
constexpr uint16_t kUsedNoNotify = 1;

// InterruptStatus bits (4.2.2).
enum Interrupt : uint32_t { kUsedBuffer = 1, kConfigChange = 2 };

}  // namespace rvisor::virtio
