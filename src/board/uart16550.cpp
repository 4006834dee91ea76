#include "board/uart16550.h"

namespace rvisor::board {

namespace {
enum Reg : unsigned { RBR_THR = 0, IER = 1, IIR_FCR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7 };
// IER bits
constexpr uint8_t kErbfi = 0x01, kEtbei = 0x02, kElsi = 0x04, kEdssi = 0x08;
// IIR causes
constexpr uint8_t kIirNone = 0x01, kIirRls = 0x06, kIirRda = 0x04, kIirThre = 0x02, kIirMsi = 0x00;
// LSR bits
constexpr uint8_t kDr = 0x01, kOe = 0x02, kThre = 0x20, kTemt = 0x40;
// LCR / MCR
constexpr uint8_t kDlab = 0x80, kLoop = 0x10;
}  // namespace

Uart16550::Uart16550(std::function<void(uint8_t)> tx, IrqLine irq) : tx_(std::move(tx)), irq_(std::move(irq)) {}

bool Uart16550::read(uint64_t offset, unsigned size, uint64_t& value) {
  (void)size;
  if (offset >= kSize) return false;
  std::lock_guard lock(mu_);
  value = read_reg(static_cast<unsigned>(offset));
  update_irq();
  return true;
}

bool Uart16550::write(uint64_t offset, unsigned size, uint64_t value) {
  (void)size;
  if (offset >= kSize) return false;
  std::lock_guard lock(mu_);
  write_reg(static_cast<unsigned>(offset), static_cast<uint8_t>(value));
  update_irq();
  return true;
}

void Uart16550::push_input(uint8_t byte) {
  std::lock_guard lock(mu_);
  if (rx_.size() >= kFifoCapacity)
    lsr_errors_ |= kOe;
  else
    rx_.push_back(byte);
  update_irq();
}

bool Uart16550::has_input_space() {
  std::lock_guard lock(mu_);
  return rx_.size() < kFifoCapacity;
}

uint8_t Uart16550::modem_lines() const {
  if (!(mcr_ & kLoop)) return 0xb0;  // DCD, DSR, CTS asserted: a connected terminal
  // Loopback: DTR->DSR, RTS->CTS, OUT1->RI, OUT2->DCD.
  return static_cast<uint8_t>(((mcr_ & 0x01) << 5) | ((mcr_ & 0x02) << 3) | ((mcr_ & 0x04) << 4) |
                              ((mcr_ & 0x08) << 4));
}

uint8_t Uart16550::iir_cause() const {
  if ((ier_ & kElsi) && lsr_errors_) return kIirRls;
  if ((ier_ & kErbfi) && !rx_.empty()) return kIirRda;
  if ((ier_ & kEtbei) && thre_pending_) return kIirThre;
  if ((ier_ & kEdssi) && msr_delta_) return kIirMsi;
  return kIirNone;
}

uint8_t Uart16550::read_reg(unsigned reg) {
  switch (reg) {
    case RBR_THR: {
      if (lcr_ & kDlab) return dll_;
      if (rx_.empty()) return 0;
      uint8_t b = rx_.front();
      rx_.pop_front();
      return b;
    }
    case IER: return (lcr_ & kDlab) ? dlm_ : ier_;
    case IIR_FCR: {
      uint8_t cause = iir_cause();
      if (cause == kIirThre) thre_pending_ = false;  // reading IIR acknowledges THRE
      return cause | (fifo_enabled_ ? 0xc0 : 0);
    }
    case LCR: return lcr_;
    case MCR: return mcr_;
    case LSR: {
      uint8_t v = lsr_errors_ | kThre | kTemt | (rx_.empty() ? 0 : kDr);
      lsr_errors_ = 0;
      return v;
    }
    case MSR: {
      uint8_t v = modem_lines() | msr_delta_;
      msr_delta_ = 0;
      return v;
    }
    default: return scr_;
  }
}

void Uart16550::write_reg(unsigned reg, uint8_t v) {
  switch (reg) {
    case RBR_THR:
      if (lcr_ & kDlab) {
        dll_ = v;
        return;
      }
      if (mcr_ & kLoop) {
        if (rx_.size() < kFifoCapacity) rx_.push_back(v); else lsr_errors_ |= kOe;
      } else if (tx_) {
        tx_(v);
      }
      thre_pending_ = true;  // sent at once: THR is empty again
      return;
    case IER: {
      if (lcr_ & kDlab) {
        dlm_ = v;
        return;
      }
      bool rising_etbei = (v & kEtbei) && !(ier_ & kEtbei);
      ier_ = v & 0x0f;
      if (rising_etbei) thre_pending_ = true;  // THR is always empty
      return;
    }
    case IIR_FCR:
      fifo_enabled_ = v & 0x01;
      if (v & 0x02) rx_.clear();
      return;
    case LCR: lcr_ = v; return;
    case MCR: {
      uint8_t before = modem_lines();
      mcr_ = v & 0x1f;
      uint8_t after = modem_lines(), changed = before ^ after;
      // Delta bits: CTS (bit 4) -> 0, DSR (5) -> 1, RI trailing edge (6) -> 2, DCD (7) -> 3.
      if (changed & 0x10) msr_delta_ |= 0x01;
      if (changed & 0x20) msr_delta_ |= 0x02;
      if ((before & 0x40) && !(after & 0x40)) msr_delta_ |= 0x04;
      if (changed & 0x80) msr_delta_ |= 0x08;
      return;
    }
    case LSR: case MSR: return;  // read-only
    default: scr_ = v; return;
  }
}

void Uart16550::update_irq() {
  bool level = iir_cause() != kIirNone;
  if (level == irq_level_) return;
  irq_level_ = level;
  if (irq_) irq_(level);  // under mu_: levels reach the controller in the order they were computed
}

}  // namespace rvisor::board
