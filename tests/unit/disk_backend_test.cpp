// Disk back-ends on real files: raw images (errors, hole punching, locking) and the
// copy-on-write overlay format (fall-through reads, base untouched, persistence, refusals).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "host/cow_overlay.h"
#include "host/raw_file.h"

using namespace rvisor::host;
namespace fs = std::filesystem;

namespace {

DriveSpec drive(const std::string& file, bool read_only = false, const std::string& overlay = "") {
  DriveSpec s;
  s.file = file;
  s.read_only = read_only;
  s.overlay = overlay;
  return s;
}

class DiskFiles : public ::testing::Test {
 protected:
  fs::path dir;
  void SetUp() override {
    std::string templ = (fs::temp_directory_path() / "rvisor-disk-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(templ.data()), nullptr);
    dir = templ;
  }
  void TearDown() override { fs::remove_all(dir); }
  // A base image whose byte i is pattern(i).
  static uint8_t pattern(uint64_t i) { return static_cast<uint8_t>(i * 13 + (i >> 9)); }
  std::string make_image(const char* name, uint64_t bytes) {
    std::vector<uint8_t> data(bytes);
    for (uint64_t i = 0; i < bytes; ++i) data[i] = pattern(i);
    std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(bytes));
    return path;
  }
  static std::vector<uint8_t> slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
  }
  std::string message(const DriveSpec& spec) {
    try {
      open_drive(spec);
    } catch (const DiskError& e) {
      return e.what();
    }
    return "";
  }
};

TEST_F(DiskFiles, RawErrors) {
  EXPECT_EQ(message(drive((dir / "missing.img").string())), (dir / "missing.img").string() + ": No such file or directory");
  EXPECT_EQ(message(drive(dir.string())), dir.string() + ": is a directory, not a disk image");
  std::string img = make_image("a.img", 4096);
  auto first = open_drive(drive(img));
  EXPECT_NE(message(drive(img)).find("locked"), std::string::npos);  // a second writer
}

TEST_F(DiskFiles, RawReadWriteDiscard) {
  std::string img = make_image("a.img", 1 << 20);
  {
    auto d = open_drive(drive(img));
    EXPECT_EQ(d->size(), 1u << 20);
    uint8_t buf[512];
    ASSERT_EQ(d->read(512, buf, 512), 0);
    EXPECT_EQ(buf[0], pattern(512));
    std::memset(buf, 0x5a, sizeof buf);
    ASSERT_EQ(d->write(4096, buf, 512), 0);
    ASSERT_EQ(d->discard(65536, 65536), 0);
    ASSERT_EQ(d->flush(), 0);
  }
  std::vector<uint8_t> data = slurp(img);
  ASSERT_EQ(data.size(), 1u << 20);  // KEEP_SIZE
  EXPECT_EQ(data[4096], 0x5a);
  EXPECT_EQ(data[65536], 0);
  EXPECT_EQ(data[131071], 0);
  EXPECT_EQ(data[131072], pattern(131072));
}

TEST_F(DiskFiles, ReadOnlyRawRefusesWrites) {
  std::string img = make_image("a.img", 4096);
  auto d = open_drive(drive(img, true));
  EXPECT_TRUE(d->read_only());
  uint8_t b = 1;
  EXPECT_LT(d->write(0, &b, 1), 0);
  auto second = open_drive(drive(img, true));  // shared locks coexist
}

TEST_F(DiskFiles, OverlayKeepsBaseAndFallsThrough) {
  const uint64_t size = 3 * 65536 + 4096;  // a partial last cluster
  std::string img = make_image("base.img", size), cow = (dir / "run.cow").string();
  std::vector<uint8_t> before = slurp(img);
  std::vector<uint8_t> chunk(1000, 0xc3);
  {
    auto d = open_drive(drive(img, false, cow));
    EXPECT_FALSE(d->read_only());
    ASSERT_EQ(d->write(65536 + 100, chunk.data(), chunk.size()), 0);  // partial: copy-up
    ASSERT_EQ(d->write(3 * 65536 + 10, chunk.data(), 100), 0);        // into the short last cluster
    std::vector<uint8_t> got(65536 * 2);
    ASSERT_EQ(d->read(0, got.data(), got.size()), 0);
    EXPECT_EQ(got[5], pattern(5));                        // cluster 0 from the base
    EXPECT_EQ(got[65536 + 99], pattern(65536 + 99));      // copied-up bytes around the write
    EXPECT_EQ(got[65536 + 100], 0xc3);
    EXPECT_EQ(got[65536 + 1100], pattern(65536 + 1100));
    ASSERT_EQ(d->discard(2 * 65536, 65536), 0);  // a whole cluster: reads zeros, base hidden
    uint8_t z = 1;
    ASSERT_EQ(d->read(2 * 65536 + 7, &z, 1), 0);
    EXPECT_EQ(z, 0);
    ASSERT_EQ(d->flush(), 0);
  }
  EXPECT_EQ(slurp(img), before);  // the base is never written
  // The header as documented.
  std::vector<uint8_t> raw = slurp(cow);
  ASSERT_GE(raw.size(), 4096u);
  EXPECT_EQ(std::string(raw.begin(), raw.begin() + 8), "RVISCOW\n");
  uint64_t base_size;
  std::memcpy(&base_size, raw.data() + 16, 8);
  EXPECT_EQ(base_size, size);
  EXPECT_EQ(raw[4096], 0b1110);  // clusters 1, 2, 3 allocated
  // Reopened, the overlay still holds the writes.
  auto again = open_drive(drive(img, false, cow));
  uint8_t b = 0;
  ASSERT_EQ(again->read(65536 + 100, &b, 1), 0);
  EXPECT_EQ(b, 0xc3);
  ASSERT_EQ(again->read(3 * 65536 + 10, &b, 1), 0);
  EXPECT_EQ(b, 0xc3);
}

TEST_F(DiskFiles, OverlayRefusals) {
  std::string img = make_image("base.img", 65536), other = make_image("other.img", 2 * 65536);
  std::string cow = (dir / "run.cow").string();
  { auto d = open_drive(drive(img, false, cow)); }
  std::string err = message(drive(other, false, cow));
  EXPECT_NE(err.find("made for a base of 65536 bytes, but the base has 131072"), std::string::npos) << err;
  std::string bogus = make_image("bogus.cow", 8192);
  EXPECT_NE(message(drive(img, false, bogus)).find("not an rvisor overlay"), std::string::npos);
}

TEST_F(DiskFiles, SnapshotLeavesNothingBehind) {
  std::string img = make_image("base.img", 65536);
  std::vector<uint8_t> before = slurp(img);
  setenv("TMPDIR", dir.c_str(), 1);
  {
    DriveSpec spec = drive(img);
    spec.snapshot = true;
    auto d = open_drive(spec);
    uint8_t b = 0x77;
    ASSERT_EQ(d->write(10, &b, 1), 0);
    uint8_t r = 0;
    ASSERT_EQ(d->read(10, &r, 1), 0);
    EXPECT_EQ(r, 0x77);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);  // only base.img
  }
  unsetenv("TMPDIR");
  EXPECT_EQ(slurp(img), before);
}

}  // namespace
