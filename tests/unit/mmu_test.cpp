// Page walker: Sv39/Sv48/Sv57 walks, superpages, A/D updates, permission faults, TLB flushes.
#include "hart_fixture.h"

using namespace rvisor::cpu;
using rvisor::test::HartTest;

namespace {
constexpr uint64_t V = 1, R = 2, W = 4, X = 8, U = 16, A = 64, D = 128;
uint64_t pte_to(uint64_t pa, uint64_t flags) { return ((pa >> 12) << 10) | flags; }

struct Fault {
  bool raised = false;
  Cause cause{};
  uint64_t tval = 0;
};
}  // namespace

class MmuTest : public HartTest {
 protected:
  static constexpr uint64_t kRoot = 0x80100000;
  uint64_t next_table = 0x80101000;

  // Map va -> pa with a leaf at `leaf_level` (0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB) in a table of
  // `levels` levels, allocating intermediate tables as needed.
  void map(unsigned levels, uint64_t va, uint64_t pa, uint64_t flags, unsigned leaf_level = 0) {
    uint64_t table = kRoot;
    for (int level = static_cast<int>(levels) - 1; level > static_cast<int>(leaf_level); --level) {
      uint64_t slot = table + ((va >> (12 + 9 * level)) & 0x1ff) * 8;
      if (!(get64(slot) & V)) {
        put64(slot, pte_to(next_table, V));
        next_table += 0x1000;
      }
      table = (get64(slot) >> 10) << 12;
    }
    put64(table + ((va >> (12 + 9 * leaf_level)) & 0x1ff) * 8, pte_to(pa, flags));
  }
  uint64_t leaf_pte(unsigned levels, uint64_t va, unsigned leaf_level = 0) {
    uint64_t table = kRoot;
    for (int level = static_cast<int>(levels) - 1; level > static_cast<int>(leaf_level); --level)
      table = (get64(table + ((va >> (12 + 9 * level)) & 0x1ff) * 8) >> 10) << 12;
    return get64(table + ((va >> (12 + 9 * leaf_level)) & 0x1ff) * 8);
  }
  void enable(unsigned mode, Priv p = Priv::S) {
    csr_write(hart, csr::satp, (uint64_t{mode} << 60) | (kRoot >> 12));
    hart.priv = p;
    hart.flush_tlb();
  }
  Fault translate_fault(uint64_t va, Access a) {
    Fault f;
    try {
      hart.translate(va, a, hart.priv);
    } catch (const Trap& t) {
      f = {true, t.cause, t.tval};
    }
    return f;
  }
};

TEST_F(MmuTest, Sv39FourKiBPageAndAdUpdates) {
  map(3, 0x40001000, 0x80200000, V | R | W);
  enable(8);
  EXPECT_EQ(hart.translate(0x40001234, Access::Load, Priv::S), 0x80200234u);
  EXPECT_EQ(leaf_pte(3, 0x40001000) & (A | D), A);  // a load sets A only
  hart.store<uint32_t>(0x40001010, 0xdeadbeef);
  EXPECT_EQ(leaf_pte(3, 0x40001000) & (A | D), A | D);
  EXPECT_EQ(hart.load<uint32_t>(0x40001010), 0xdeadbeefu);
  uint64_t raw;
  std::memcpy(&raw, &ram[0x200010], 8);
  EXPECT_EQ(raw & 0xffffffff, 0xdeadbeefu);
}

TEST_F(MmuTest, Sv48WalksFourLevels) {
  const uint64_t va = 0x0000700012345000ull;  // uses VPN[3]
  map(4, va, 0x80300000, V | R | A);
  enable(9);
  EXPECT_EQ(hart.translate(va | 0x678, Access::Load, Priv::S), 0x80300678u);
  // The same VA in Sv39 is not canonical: bits 63..39 are not copies of bit 38.
  csr_write(hart, csr::satp, (8ull << 60) | (kRoot >> 12));
  Fault f = translate_fault(va, Access::Load);
  EXPECT_TRUE(f.raised);
  EXPECT_EQ(f.cause, Cause::LoadPageFault);
  EXPECT_EQ(f.tval, va);
}

TEST_F(MmuTest, Sv57WalksFiveLevels) {
  const uint64_t va = 0x00f0000012345000ull;  // uses VPN[4]
  map(5, va, 0x80400000, V | R | W | A | D);
  enable(10);
  EXPECT_EQ(hart.translate(va + 8, Access::Store, Priv::S), 0x80400008u);
  EXPECT_TRUE(translate_fault(0x0100000000000000ull, Access::Load).raised);  // bit 56 set, not sign-extended
}

TEST_F(MmuTest, NegativeCanonicalAddressesWork) {
  const uint64_t va = 0xffffffffc0000000ull;  // Sv39 top gigabyte, as the kernel uses
  map(3, va, 0x80000000, V | R | W | X | A | D, 2);
  enable(8);
  EXPECT_EQ(hart.translate(va + 0x123456, Access::Fetch, Priv::S), 0x80123456u);
}

TEST_F(MmuTest, SuperpagesAndMisalignedSuperpage) {
  map(3, 0x40200000, 0x80600000, V | R | A, 1);  // 2 MiB page
  enable(8);
  EXPECT_EQ(hart.translate(0x402abcde, Access::Load, Priv::S), 0x806abcdeu);
  map(3, 0x40400000, 0x80601000, V | R | A, 1);  // PPN[0] != 0: misaligned superpage
  Fault f = translate_fault(0x40400000, Access::Load);
  EXPECT_TRUE(f.raised);
  EXPECT_EQ(f.cause, Cause::LoadPageFault);
}

TEST_F(MmuTest, PermissionFaults) {
  map(3, 0x1000, 0x80700000, V | R | A | D | U);        // user read-only
  map(3, 0x2000, 0x80701000, V | X | A);                // supervisor execute-only
  map(3, 0x3000, 0x80702000, V | W | A | D);            // W without R: reserved
  enable(8);
  EXPECT_EQ(translate_fault(0x1000, Access::Load).cause, Cause::LoadPageFault);  // S, U page, no SUM
  hart.csrs.mstatus |= mstatus::SUM;
  EXPECT_FALSE(translate_fault(0x1000, Access::Load).raised);
  EXPECT_EQ(translate_fault(0x1000, Access::Fetch).cause, Cause::InsnPageFault);  // never with SUM
  EXPECT_EQ(translate_fault(0x1000, Access::Store).cause, Cause::StorePageFault);
  EXPECT_EQ(translate_fault(0x2000, Access::Load).cause, Cause::LoadPageFault);
  hart.csrs.mstatus |= mstatus::MXR;
  EXPECT_FALSE(translate_fault(0x2000, Access::Load).raised);
  EXPECT_TRUE(translate_fault(0x3000, Access::Load).raised);
  hart.priv = Priv::U;
  EXPECT_EQ(translate_fault(0x2000, Access::Fetch).cause, Cause::InsnPageFault);  // not a U page
  EXPECT_FALSE(translate_fault(0x1000, Access::Load).raised);
}

TEST_F(MmuTest, MprvTranslatesMachineModeData) {
  map(3, 0x5000, 0x80703000, V | R | W | A | D);
  csr_write(hart, csr::satp, (8ull << 60) | (kRoot >> 12));
  hart.priv = Priv::M;
  put32(0x80703010, 0x11223344);
  csr_write(hart, csr::mstatus, mstatus::MPRV | (1ull << mstatus::MPP_SHIFT));
  EXPECT_EQ(hart.load<uint32_t>(0x5010), 0x11223344u);
  csr_write(hart, csr::mstatus, 0);
  EXPECT_THROW(hart.load<uint32_t>(0x5010), MmioExitSignal);  // bare: 0x5010 is not RAM
}

TEST_F(MmuTest, SfenceMakesNewMappingVisible) {
  map(3, 0x6000, 0x80704000, V | R | A);
  put32(0x80704000, 1);
  put32(0x80705000, 2);
  enable(8);
  EXPECT_EQ(hart.load<uint32_t>(0x6000), 1u);
  map(3, 0x6000, 0x80705000, V | R | A);
  hart.flush_tlb();  // what sfence.vma does
  EXPECT_EQ(hart.load<uint32_t>(0x6000), 2u);
}

TEST_F(MmuTest, PageTableOutsideRamIsAccessFault) {
  csr_write(hart, csr::satp, (8ull << 60) | (0x1000 >> 12));  // root at 0x1000: no RAM there
  hart.priv = Priv::S;
  Fault f = translate_fault(0x0, Access::Store);
  EXPECT_EQ(f.cause, Cause::StoreAccessFault);
}

TEST_F(MmuTest, MisalignedStoreAcrossPagesIsAllOrNothing) {
  map(3, 0x7000, 0x80706000, V | R | W | A | D);  // next page 0x8000 unmapped
  enable(8);
  put64(0x80706ff8, 0);
  EXPECT_THROW(hart.store<uint64_t>(0x7ffc, ~0ull), Trap);
  EXPECT_EQ(get64(0x80706ff8), 0u);  // nothing written to the first page
}
