// CSR rules that the ISA tests reach only indirectly: WARL legalisation, views, counters.
#include "hart_fixture.h"

using namespace rvisor::cpu;
using rvisor::test::HartTest;

namespace {
bool traps(std::function<void()> f) {
  try {
    f();
  } catch (const Trap& t) {
    return t.cause == Cause::IllegalInsn;
  }
  return false;
}
}  // namespace

using CsrTest = HartTest;

TEST_F(CsrTest, MisaReportsRv64gcSU) {
  uint64_t misa = csr_read(hart, csr::misa);
  EXPECT_EQ(misa >> 62, 2u);
  for (char c : {'I', 'M', 'A', 'F', 'D', 'C', 'S', 'U'}) EXPECT_TRUE((misa >> (c - 'A')) & 1) << c;
  EXPECT_FALSE((misa >> ('H' - 'A')) & 1);
  EXPECT_FALSE((misa >> ('V' - 'A')) & 1);
}

TEST_F(CsrTest, SstatusIsARestrictedViewOfMstatus) {
  csr_write(hart, csr::mstatus, mstatus::MIE | mstatus::SIE | mstatus::TVM | mstatus::SUM);
  uint64_t s = csr_read(hart, csr::sstatus);
  EXPECT_TRUE(s & mstatus::SIE);
  EXPECT_TRUE(s & mstatus::SUM);
  EXPECT_FALSE(s & mstatus::MIE);
  EXPECT_FALSE(s & mstatus::TVM);
  csr_write(hart, csr::sstatus, 0);  // clears the S bits only
  uint64_t m = csr_read(hart, csr::mstatus);
  EXPECT_TRUE(m & mstatus::MIE);
  EXPECT_TRUE(m & mstatus::TVM);
  EXPECT_FALSE(m & mstatus::SIE);
}

TEST_F(CsrTest, MppRejectsReservedValueAndSdFollowsFs) {
  csr_write(hart, csr::mstatus, 1ull << mstatus::MPP_SHIFT);
  csr_write(hart, csr::mstatus, 2ull << mstatus::MPP_SHIFT);  // 2 is reserved: keeps S
  EXPECT_EQ((csr_read(hart, csr::mstatus) & mstatus::MPP) >> mstatus::MPP_SHIFT, 1u);
  csr_write(hart, csr::mstatus, mstatus::FS);
  EXPECT_TRUE(csr_read(hart, csr::mstatus) & mstatus::SD);
  EXPECT_EQ(csr_read(hart, csr::mstatus) >> 32 & 0xf, 0xau);  // UXL = SXL = 64-bit
}

TEST_F(CsrTest, SatpIgnoresUnsupportedModes) {
  csr_write(hart, csr::satp, (9ull << 60) | 0x1234);
  EXPECT_EQ(csr_read(hart, csr::satp), (9ull << 60) | 0x1234);
  csr_write(hart, csr::satp, (11ull << 60) | 0x5);  // Sv64: not supported, no effect
  EXPECT_EQ(csr_read(hart, csr::satp), (9ull << 60) | 0x1234);
  csr_write(hart, csr::satp, (10ull << 60) | (0xffffull << 44));  // Sv57 with a 16-bit ASID
  EXPECT_EQ(csr_read(hart, csr::satp) >> 44, (10ull << 16) | 0xffff);
}

TEST_F(CsrTest, TvecKeepsOldValueOnReservedMode) {
  csr_write(hart, csr::mtvec, 0x80001001);
  csr_write(hart, csr::mtvec, 0x80002002);
  EXPECT_EQ(csr_read(hart, csr::mtvec), 0x80001001u);
}

TEST_F(CsrTest, DelegationMasks) {
  csr_write(hart, csr::mideleg, ~0ull);
  EXPECT_EQ(csr_read(hart, csr::mideleg), (1u << SSI) | (1u << STI) | (1u << SEI));
  csr_write(hart, csr::medeleg, ~0ull);
  EXPECT_FALSE((csr_read(hart, csr::medeleg) >> 11) & 1);  // ecall from M is never delegated
  EXPECT_TRUE((csr_read(hart, csr::medeleg) >> 8) & 1);
}

TEST_F(CsrTest, SipAndSieSeeOnlyDelegatedBits) {
  csr_write(hart, csr::mie, (1u << MTI) | (1u << STI));
  EXPECT_EQ(csr_read(hart, csr::sie), 0u);
  csr_write(hart, csr::mideleg, 1u << STI);
  EXPECT_EQ(csr_read(hart, csr::sie), 1u << STI);
  hart.set_pending(MTI, true);
  hart.set_pending(STI, true);
  EXPECT_EQ(csr_read(hart, csr::sip), 1u << STI);
}

TEST_F(CsrTest, MipHardwareBitsAreReadOnly) {
  csr_write(hart, csr::mip, ~0ull);
  EXPECT_EQ(csr_read(hart, csr::mip), (1u << SSI) | (1u << STI) | (1u << SEI));
}

TEST_F(CsrTest, MinstretWriteIsSeenByTheNextInstruction) {
  csr_write(hart, csr::minstret, 1000);
  hart.retired += 1;  // the csrw itself retires
  EXPECT_EQ(csr_read(hart, csr::minstret), 1000u);
  hart.retired += 5;
  EXPECT_EQ(csr_read(hart, csr::minstret), 1005u);
}

TEST_F(CsrTest, CountInhibitFreezesInstret) {
  hart.retired = 50;
  csr_write(hart, csr::mcountinhibit, 4);  // IR
  hart.retired += 1;
  uint64_t frozen = csr_read(hart, csr::minstret);
  hart.retired += 100;
  EXPECT_EQ(csr_read(hart, csr::minstret), frozen);
  EXPECT_EQ(csr_read(hart, csr::mcycle), hart.retired);  // CY still counts
}

TEST_F(CsrTest, CounterEnablesGateLowerModes) {
  clock.now = 777;
  hart.priv = Priv::S;
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::time); }));
  hart.csrs.mcounteren = 2;
  EXPECT_EQ(csr_read(hart, csr::time), 777u);
  hart.priv = Priv::U;
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::time); }));
  hart.csrs.scounteren = 2;
  EXPECT_EQ(csr_read(hart, csr::time), 777u);
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::cycle); }));
}

TEST_F(CsrTest, PrivilegeAndReadOnlyChecks) {
  hart.priv = Priv::S;
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::mstatus); }));
  EXPECT_TRUE(traps([&] { csr_write(hart, csr::mscratch, 1); }));
  hart.priv = Priv::M;
  EXPECT_TRUE(traps([&] { csr_write(hart, csr::mhartid, 1); }));
  EXPECT_TRUE(traps([&] { csr_read(hart, 0x7ff); }));  // no such CSR
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::pmpcfg0 + 1); }));  // odd pmpcfg: RV32 only
  hart.csrs.mstatus |= mstatus::TVM;
  hart.priv = Priv::S;
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::satp); }));
}

TEST_F(CsrTest, FpCsrsNeedFs) {
  EXPECT_TRUE(traps([&] { csr_read(hart, csr::fcsr); }));
  csr_write(hart, csr::mstatus, 1ull << mstatus::FS_SHIFT);  // Initial
  csr_write(hart, csr::fcsr, 0xff);
  EXPECT_EQ(csr_read(hart, csr::frm), 7u);
  EXPECT_EQ(csr_read(hart, csr::fflags), 0x1fu);
  EXPECT_EQ(hart.csrs.mstatus & mstatus::FS, mstatus::FS);  // now Dirty
}

TEST_F(CsrTest, PmpRegistersAreWritableAndLockable) {
  csr_write(hart, csr::pmpaddr0 + 3, ~0ull);
  EXPECT_EQ(csr_read(hart, csr::pmpaddr0 + 3), (1ull << 54) - 1);
  csr_write(hart, csr::pmpcfg0, 0x0f | (0x80ull << 8) | (0x02ull << 16));  // entry1 locked; entry2 W without R
  uint64_t cfg = csr_read(hart, csr::pmpcfg0);
  EXPECT_EQ(cfg & 0xff, 0x0fu);
  EXPECT_EQ((cfg >> 16) & 0xff, 0u);  // reserved W-only made inaccessible
  csr_write(hart, csr::pmpcfg0, 0);
  EXPECT_EQ((csr_read(hart, csr::pmpcfg0) >> 8) & 0xff, 0x80u);  // locked entry unchanged
}

TEST_F(CsrTest, SstcRaisesStipFromStimecmp) {
  csr_write(hart, csr::menvcfg, 1ull << 63);
  clock.now = 100;
  csr_write(hart, csr::stimecmp, 150);
  EXPECT_FALSE(csr_read(hart, csr::mip) & (1u << STI));
  clock.now = 150;
  hart.update_sstc();
  EXPECT_TRUE(csr_read(hart, csr::mip) & (1u << STI));
  csr_write(hart, csr::mip, 0);  // software cannot clear a Sstc-driven STIP
  EXPECT_TRUE(csr_read(hart, csr::mip) & (1u << STI));
}
