// NS16550A UART: registers, DLAB, receive FIFO, and the IIR priority / THRE acknowledge rules.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "board/uart16550.h"

using rvisor::board::Uart16550;

namespace {
enum : uint64_t { RBR = 0, IER = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7 };
}

class UartTest : public ::testing::Test {
 protected:
  std::string out;
  std::vector<bool> edges;  // every level the UART drove
  bool level = false;
  Uart16550 uart{[this](uint8_t b) { out.push_back(static_cast<char>(b)); },
                 [this](bool l) { level = l; edges.push_back(l); }};

  uint64_t rd(uint64_t off) {
    uint64_t v = 0xdead;
    EXPECT_TRUE(uart.read(off, 1, v));
    return v;
  }
  void wr(uint64_t off, uint64_t v) { EXPECT_TRUE(uart.write(off, 1, v)); }
};

TEST_F(UartTest, ResetState) {
  EXPECT_EQ(rd(IER), 0u);
  EXPECT_EQ(rd(IIR), 0x01u);
  EXPECT_EQ(rd(LCR), 0u);
  EXPECT_EQ(rd(LSR), 0x60u);  // THRE | TEMT
  EXPECT_EQ(rd(MSR), 0xb0u);  // DCD | DSR | CTS
  EXPECT_FALSE(level);
  EXPECT_TRUE(edges.empty());
}

TEST_F(UartTest, TransmitGoesStraightOut) {
  wr(RBR, 'h');
  wr(RBR, 'i');
  EXPECT_EQ(out, "hi");
  EXPECT_EQ(rd(LSR), 0x60u);
  EXPECT_FALSE(level);  // ETBEI off: no interrupt
}

TEST_F(UartTest, DlabSelectsDivisorLatch) {
  wr(IER, 0x05);
  wr(LCR, 0x83);
  wr(RBR, 0x0c);
  wr(IER, 0x00);
  EXPECT_EQ(rd(RBR), 0x0cu);
  EXPECT_EQ(rd(IER), 0x00u);
  EXPECT_TRUE(out.empty());  // the DLL write was not a transmit
  wr(LCR, 0x03);
  EXPECT_EQ(rd(LCR), 0x03u);
  EXPECT_EQ(rd(IER), 0x05u);  // IER kept while DLAB was set
  wr(LCR, 0x83);
  EXPECT_EQ(rd(RBR), 0x0cu);
  EXPECT_EQ(rd(IER), 0x00u);
}

TEST_F(UartTest, ScratchAndIerMask) {
  wr(SCR, 0xa5);
  EXPECT_EQ(rd(SCR), 0xa5u);
  wr(IER, 0xf0);
  EXPECT_EQ(rd(IER), 0x00u);  // only the low nibble exists
}

TEST_F(UartTest, ReceiveFifoAndDataReady) {
  uart.push_input('a');
  uart.push_input('b');
  EXPECT_EQ(rd(LSR), 0x61u);
  EXPECT_FALSE(level);  // ERBFI off
  EXPECT_EQ(rd(RBR), uint64_t{'a'});
  EXPECT_EQ(rd(LSR), 0x61u);
  EXPECT_EQ(rd(RBR), uint64_t{'b'});
  EXPECT_EQ(rd(LSR), 0x60u);
  EXPECT_EQ(rd(RBR), 0u);  // empty
}

TEST_F(UartTest, ReceiveInterrupt) {
  wr(IER, 0x01);
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(IIR), 0x01u);
  uart.push_input('x');
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(IIR), 0x04u);
  EXPECT_EQ(rd(IIR), 0x04u);  // reading IIR does not acknowledge RX data
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(RBR), uint64_t{'x'});
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(IIR), 0x01u);
  EXPECT_EQ(edges, (std::vector<bool>{true, false}));
}

TEST_F(UartTest, ReceiveInterruptRaisedWhenEnabledLater) {
  uart.push_input('x');
  EXPECT_FALSE(level);
  wr(IER, 0x01);
  EXPECT_TRUE(level);
  wr(IER, 0x00);
  EXPECT_FALSE(level);
}

TEST_F(UartTest, ThreInterruptAndIirAcknowledge) {
  wr(IER, 0x02);  // rising ETBEI with THR empty: THRE pending
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(IIR), 0x02u);  // reports THRE ...
  EXPECT_FALSE(level);        // ... and that read clears it
  EXPECT_EQ(rd(IIR), 0x01u);
  EXPECT_EQ(rd(LSR), 0x60u);  // THR still empty
  wr(RBR, 'z');               // writing THR: empty again at once -> THRE pending again
  EXPECT_EQ(out, "z");
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(IIR), 0x02u);
  EXPECT_EQ(rd(IIR), 0x01u);
  EXPECT_FALSE(level);
}

TEST_F(UartTest, ThreRearmedOnlyByRisingEtbei) {
  wr(IER, 0x02);
  EXPECT_EQ(rd(IIR), 0x02u);
  wr(IER, 0x02);  // ETBEI already set: no new THRE
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(IIR), 0x01u);
  wr(IER, 0x00);
  wr(IER, 0x02);  // the 8250 driver's toggle: THRE again
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(IIR), 0x02u);
  EXPECT_FALSE(level);
}

TEST_F(UartTest, ThreMaskedByEtbeiOff) {
  wr(RBR, 'a');  // THRE condition exists, but ETBEI is off
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(IIR), 0x01u);
  wr(IER, 0x02);
  EXPECT_TRUE(level);
  wr(IER, 0x00);
  EXPECT_FALSE(level);
}

TEST_F(UartTest, IirPriorityRxOverThre) {
  wr(IER, 0x03);
  uart.push_input('q');
  EXPECT_EQ(rd(IIR), 0x04u);  // RX data outranks THRE; THRE is not acknowledged by this read
  EXPECT_EQ(rd(RBR), uint64_t{'q'});
  EXPECT_TRUE(level);         // THRE still pending
  EXPECT_EQ(rd(IIR), 0x02u);
  EXPECT_FALSE(level);
}

TEST_F(UartTest, FifoBitsInIir) {
  wr(FCR, 0x07);
  EXPECT_EQ(rd(IIR), 0xc1u);
  wr(IER, 0x02);
  EXPECT_EQ(rd(IIR), 0xc2u);
  EXPECT_EQ(rd(IIR), 0xc1u);
  wr(FCR, 0x00);
  EXPECT_EQ(rd(IIR), 0x01u);
}

TEST_F(UartTest, FcrClearsReceiveFifo) {
  uart.push_input('1');
  uart.push_input('2');
  wr(FCR, 0x03);
  EXPECT_EQ(rd(LSR), 0x60u);
}

TEST_F(UartTest, OverflowDropsAndReportsOverrun) {
  for (size_t i = 0; i < Uart16550::kFifoCapacity; ++i) uart.push_input(static_cast<uint8_t>(i));
  EXPECT_FALSE(uart.has_input_space());
  uart.push_input(0xff);  // dropped
  wr(IER, 0x05);          // ELSI | ERBFI
  EXPECT_EQ(rd(IIR), 0x06u);  // receiver line status outranks RX data
  EXPECT_EQ(rd(LSR), 0x63u);  // OE | DR | THRE | TEMT; the read clears OE
  EXPECT_EQ(rd(LSR), 0x61u);
  EXPECT_EQ(rd(IIR), 0x04u);
  for (size_t i = 0; i < Uart16550::kFifoCapacity; ++i) ASSERT_EQ(rd(RBR), i & 0xff);
  EXPECT_EQ(rd(LSR), 0x60u);
  EXPECT_TRUE(uart.has_input_space());
  EXPECT_FALSE(level);
}

TEST_F(UartTest, LoopbackEchoesAndMapsModemLines) {
  wr(MCR, 0x1a);  // loop | OUT2 | RTS: the 8250 autoconfig probe
  EXPECT_EQ(rd(MSR) & 0xf0, 0x90u);  // DCD | CTS
  EXPECT_EQ(rd(MSR), 0x90u);         // delta bits cleared by the previous read
  wr(RBR, 'L');
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(rd(LSR), 0x61u);
  EXPECT_EQ(rd(RBR), uint64_t{'L'});
  wr(MCR, 0x00);
  EXPECT_EQ(rd(MSR) & 0xf0, 0xb0u);
}

TEST_F(UartTest, ModemStatusInterruptLowestPriority) {
  wr(MCR, 0x10);
  rd(MSR);
  wr(IER, 0x0a);  // EDSSI | ETBEI
  wr(MCR, 0x11);  // DTR -> DSR changes: DDSR
  EXPECT_EQ(rd(IIR), 0x02u);  // THRE first (and acknowledged)
  EXPECT_TRUE(level);
  EXPECT_EQ(rd(IIR), 0x00u);  // modem status
  EXPECT_EQ(rd(MSR), 0x22u);  // DSR | DDSR
  EXPECT_FALSE(level);
  EXPECT_EQ(rd(IIR), 0x01u);
}

TEST_F(UartTest, HolesAndWideAccesses) {
  uint64_t v = 0;
  EXPECT_FALSE(uart.read(8, 1, v));
  EXPECT_FALSE(uart.write(8, 1, 0));
  EXPECT_FALSE(uart.read(~0ull, 8, v));
  EXPECT_FALSE(uart.write(0x1000, 4, 0));
  EXPECT_TRUE(uart.write(SCR, 4, 0x12345678));
  EXPECT_TRUE(uart.read(SCR, 4, v));
  EXPECT_EQ(v, 0x78u);
}

TEST_F(UartTest, ConcurrentInputIsSafe) {
  std::thread t([this] {
    for (int i = 0; i < 1000; ++i) uart.push_input('x');
  });
  size_t got = 0;
  while (got < 1000) {
    uint64_t lsr = 0;
    uart.read(LSR, 1, lsr);
    if (lsr & 1) {
      uint64_t b = 0;
      uart.read(RBR, 1, b);
      ASSERT_EQ(b, uint64_t{'x'});
      ++got;
    }
  }
  t.join();
  EXPECT_EQ(rd(LSR), 0x60u);
}
