// NS16550A UART (QEMU virt: 8-bit registers at stride 1). Transmit is immediate: each byte
// written to THR goes straight to `tx`, so THR is always empty. Input arrives from another
// thread through push_input() into a bounded FIFO.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>

#include "board/mmio.h"

namespace rvisor::board {

class Uart16550 : public MmioDevice {
 public:
  static constexpr uint64_t kSize = 8;
  static constexpr size_t kFifoCapacity = 4096;

  Uart16550(std::function<void(uint8_t)> tx, IrqLine irq);

  // Any size is accepted at offsets 0..7 (the low byte is the register); false elsewhere.
  bool read(uint64_t offset, unsigned size, uint64_t& value) override;
  bool write(uint64_t offset, unsigned size, uint64_t value) override;

  // From the console reader thread: never blocks; a byte beyond the FIFO's capacity is
  // dropped (and reported to the guest as an overrun).
  void push_input(uint8_t byte);
  bool has_input_space();

 private:
  uint8_t read_reg(unsigned reg);
  void write_reg(unsigned reg, uint8_t v);
  uint8_t modem_lines() const;  // the MSR status bits (upper nibble)
  uint8_t iir_cause() const;    // highest-priority pending cause, 0x01 when none
  void update_irq();            // with mu_ held

  std::function<void(uint8_t)> tx_;
  IrqLine irq_;
  std::mutex mu_;
  std::deque<uint8_t> rx_;
  uint8_t ier_ = 0, lcr_ = 0, mcr_ = 0, scr_ = 0, dll_ = 0, dlm_ = 0;
  uint8_t lsr_errors_ = 0;  // OE/PE/FE/BI: cleared by reading LSR
  uint8_t msr_delta_ = 0;   // DCTS/DDSR/TERI/DDCD: cleared by reading MSR
  bool fifo_enabled_ = false;
  bool thre_pending_ = false;  // THR-empty interrupt condition (cleared by reading IIR)
  bool irq_level_ = false;
};

}  // namespace rvisor::board
