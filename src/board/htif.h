// Spike's host-target interface: the guest writes commands to the `tohost` word in RAM.
// device 0 with bit 0 set: exit with code value >> 1; device 1 command 1: putchar.
#pragma once
#include <cstdint>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace rvisor::board {

struct HtifError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Htif {
 public:
  // tohost/fromhost: host pointers to the two 64-bit words in guest RAM (fromhost may be null).
  Htif(uint64_t* tohost, uint64_t* fromhost, std::FILE* console) : tohost_(tohost), fromhost_(fromhost), out_(console) {}
  // Handle whatever the guest wrote; returns the exit code once the guest asks to exit.
  // Throws HtifError for a command this host does not implement.
  std::optional<uint64_t> poll();

 private:
  uint64_t* tohost_;
  uint64_t* fromhost_;
  std::FILE* out_;
};

}  // namespace rvisor::board
