// The virtio device options of `rvisor run`, rvisor's spellings and QEMU's:
//   --netdev user[,hostfwd=RULE]...[,restrict=on][,mac=MAC][,id=ID]   a virtio-net card on libslirp
//   --netdev tap,ifname=NAME[,mac=MAC][,id=ID]           a virtio-net card on a tap interface
//   --nic none | --nic user,... | --nic tap,...          QEMU's -nic (none removes every card)
//   --device virtio-net-device,netdev=ID[,mac=MAC]       QEMU's -device: sets that card's MAC
//   --device virtio-balloon-device                       a balloon that starts empty
//   --share PATH[,tag=TAG][,readonly=on|off]             virtio-9p, read-only unless readonly=off
//   --virtfs local,path=PATH,mount_tag=TAG[,readonly=on][,security_model=...]
//                                                        QEMU's -virtfs (read-write by default, as QEMU)
//   --balloon size=SIZE | --balloon on                   virtio-balloon asking for SIZE of RAM
#pragma once
#include <string>
#include <vector>

#include "board/virt.h"

namespace rvisor::cli {

struct DeviceOptions {
  std::vector<std::string> netdev, nic, device, share, virtfs, balloon;
};

// Adds the devices to `vm`. Returns "" or a one-line reason naming the option at fault.
std::string apply_device_options(const DeviceOptions& opts, board::VirtConfig& vm);

}  // namespace rvisor::cli
