// How a virtio device plugs into rvisor.
//
// A device (virtio-blk, -rng, -console, -net, ...) derives from virtio::Device and is handed
// to a virtio::Transport (transport.h), the virtio-mmio v2 register block the board maps into
// a slot. The transport does everything generic: the status state machine, feature
// negotiation (it adds VIRTIO_F_VERSION_1, EVENT_IDX and INDIRECT_DESC to the device's own
// bits and refuses drivers without VERSION_1), the queue registers and their validation,
// InterruptStatus/ACK, ConfigGeneration, and reset. The device supplies:
//   id()/features()/queue_count()/queue_max_size()  what it is and offers;
//   read_config()/write_config()                    its config space (byte offsets from 0x100);
//   accept_features(f)                              at FEATURES_OK: may refuse a combination;
//   start()                                         at DRIVER_OK: the queues are set up;
//   notify(q)                                       the driver's QueueNotify. Runs on the vCPU
//                                                   thread: do small work inline (rng), or
//                                                   wake an I/O thread (blk);
//   reset()                                         Status=0 (and teardown): stop touching the
//                                                   queues; on return no thread of the device
//                                                   may use them until the next start().
//
// Inside notify() or its I/O thread a device serves requests through the Transport it is
// attached to (the `transport()` accessor):
//   Chain c; while (transport().pop(q, c)) { ...read c.readable, write c.writable (ChainReader/
//   ChainWriter in chain_io.h)...; transport().push(q, c.head, bytes_written); }
//   transport().interrupt_if_needed(q);   // honours EVENT_IDX / NO_INTERRUPT
// pop() returns false when the queue is empty or broken. A malformed chain (bad address, loop,
// wrong direction order, ...) is found by the queue walker; a request the device cannot parse
// because of how the driver built it (e.g. a blk request without a status byte) is the
// device's to report with transport().device_error("why"). Either way the transport sets
// DEVICE_NEEDS_RESET, raises a config-change interrupt, logs one line on stderr, and pop()
// returns false until the driver resets the device. pop/push/interrupt_if_needed/device_error
// may be called from any thread.
//
// On the board, VirtMachine::attach_virtio_devices (src/board/virt.cpp) builds the devices from
// VirtConfig and wraps each in a Transport for a slot (PLIC source 1 + slot); slots are used from
// the top down. A new device type needs a VirtConfig field and one line there. Host-side work
// that may block (disk, network) belongs on a host::IoThread (src/host/io_thread.h), kicked
// from notify(), paused in reset() and resumed in start(), as BlockDevice does.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "host/ram_gate.h"

namespace rvisor::virtio {

class Transport;

class Device {
 public:
  virtual ~Device() = default;

  virtual uint32_t id() const = 0;              // virtio device ID (spec.h: kIdBlock, ...)
  virtual std::string_view name() const = 0;    // for log lines, e.g. "virtio-blk vda.img"
  virtual uint64_t features() const = 0;        // device-specific feature bits offered
  virtual unsigned queue_count() const = 0;
  virtual uint16_t queue_max_size(unsigned /*queue*/) const { return 256; }

  // Config space, at byte `offset` from the start of the device's config structure. Bytes
  // beyond it read as zero; writes to read-only fields are ignored.
  virtual void read_config(uint64_t /*offset*/, std::span<uint8_t> out) const {
    for (uint8_t& b : out) b = 0;
  }
  virtual void write_config(uint64_t /*offset*/, std::span<const uint8_t> /*in*/) {}

  virtual bool accept_features(uint64_t /*negotiated*/) { return true; }
  virtual void start() {}
  virtual void notify(unsigned queue) = 0;
  virtual void reset() {}

  Transport& transport() const { return *transport_; }
  // A device's own thread (not a hart's, which holds it already) holds guest RAM's writer
  // gate (host/ram_gate.h) around work that writes RAM, before it takes any lock of its own.
  [[nodiscard]] host::RamGate::Hold hold_writers() const;

 private:
  friend class Transport;
  Transport* transport_ = nullptr;
};

}  // namespace rvisor::virtio
