// The 9P2000.L server against a temporary host directory: the requests the Linux client
// sends, confinement to the share, read-only shares, and malformed messages.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "virtio/p9_server.h"

namespace p9 = rvisor::virtio::p9;
namespace fs = std::filesystem;

namespace {

constexpr int kEROFS = 30, kENOENT = 2, kEINVAL = 22, kEBADF = 9, kEOPNOTSUPP = 95, kELOOP = 40;

struct Reply {
  uint8_t type = 0;
  uint16_t tag = 0;
  std::vector<uint8_t> bytes;
  uint32_t error() const {  // the Rlerror code, 0 if the reply is not Rlerror
    if (type != p9::kRlerror) return 0;
    p9::Reader r(std::span<const uint8_t>(bytes).subspan(7));
    return r.u32();
  }
  p9::Reader body() const { return p9::Reader(std::span<const uint8_t>(bytes).subspan(7)); }
};

// Parameter: true = openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), false = the fallback walk.
class P9Test : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/rvisor-p9-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    base_ = tmpl;
    root_ = base_ / "share";
    fs::create_directories(root_ / "sub");
    std::ofstream(root_ / "hello.txt") << "hello from the host\n";
    std::ofstream(base_ / "secret.txt") << "outside the share\n";
    fs::create_symlink("../secret.txt", root_ / "escape");
    fs::create_symlink(base_, root_ / "absdir");
  }
  void TearDown() override { fs::remove_all(base_); }

  void start(bool readonly) {
    dir_ = std::make_unique<rvisor::host::SharedDir>(root_.string(), readonly, GetParam());
    server_ = std::make_unique<p9::Server>(*dir_);
    p9::Writer v;
    v.u32(65536);
    v.str("9P2000.L");
    Reply r = call(p9::kTversion, v);
    ASSERT_EQ(r.type, p9::kTversion + 1);
    p9::Writer a;
    a.u32(1);           // fid
    a.u32(0xffffffff);  // afid
    a.str("root");
    a.str("");
    a.u32(0);
    r = call(p9::kTattach, a);
    ASSERT_EQ(r.type, p9::kTattach + 1) << r.error();
  }

  Reply call(uint8_t type, p9::Writer& body, uint16_t tag = 7) {
    p9::Writer m;
    m.u32(static_cast<uint32_t>(7 + body.size()));
    m.u8(type);
    m.u16(tag);
    m.bytes(body.buffer());
    return raw(m.buffer());
  }
  Reply raw(const std::vector<uint8_t>& msg) {
    Reply r;
    r.bytes = server_->handle(msg);
    p9::Reader h(r.bytes);
    uint32_t size = h.u32();
    r.type = h.u8();
    r.tag = h.u16();
    EXPECT_TRUE(h.ok());
    EXPECT_EQ(size, r.bytes.size());
    return r;
  }
  // Twalk from fid 1 (the root) to `newfid` through `names`.
  Reply walk(uint32_t newfid, std::vector<std::string> names, uint32_t from = 1) {
    p9::Writer w;
    w.u32(from);
    w.u32(newfid);
    w.u16(static_cast<uint16_t>(names.size()));
    for (auto& n : names) w.str(n);
    return call(p9::kTwalk, w);
  }
  Reply lopen(uint32_t fid, uint32_t flags) {
    p9::Writer w;
    w.u32(fid);
    w.u32(flags);
    return call(p9::kTlopen, w);
  }
  Reply read(uint32_t fid, uint64_t off, uint32_t count) {
    p9::Writer w;
    w.u32(fid);
    w.u64(off);
    w.u32(count);
    return call(p9::kTread, w);
  }
  Reply write(uint32_t fid, uint64_t off, const std::string& data) {
    p9::Writer w;
    w.u32(fid);
    w.u64(off);
    w.u32(static_cast<uint32_t>(data.size()));
    w.bytes(std::span(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
    return call(p9::kTwrite, w);
  }
  Reply lcreate(uint32_t fid, const std::string& name) {
    p9::Writer w;
    w.u32(fid);
    w.str(name);
    w.u32(2 | 0100);  // O_RDWR | O_CREAT
    w.u32(0644);
    w.u32(0);
    return call(p9::kTlcreate, w);
  }
  std::string read_all(uint32_t fid) {
    Reply r = read(fid, 0, 4096);
    EXPECT_EQ(r.type, p9::kTread + 1) << r.error();
    p9::Reader b = r.body();
    uint32_t n = b.u32();
    auto data = b.bytes(n);
    return std::string(data.begin(), data.end());
  }

  fs::path base_, root_;
  std::unique_ptr<rvisor::host::SharedDir> dir_;
  std::unique_ptr<p9::Server> server_;
};

TEST_P(P9Test, VersionNegotiatesMsizeAndRejectsOtherDialects) {
  start(true);
  EXPECT_EQ(server_->msize(), 65536u);
  p9::Writer v;
  v.u32(1u << 30);
  v.str("9P2000.u");
  Reply r = call(p9::kTversion, v);
  ASSERT_EQ(r.type, p9::kTversion + 1);
  p9::Reader b = r.body();
  EXPECT_EQ(b.u32(), p9::Server::kMaxMsize);
  EXPECT_EQ(b.str(), "unknown");
}

TEST_P(P9Test, WalkOpenReadAndGetattr) {
  start(true);
  Reply w = walk(2, {"hello.txt"});
  ASSERT_EQ(w.type, p9::kTwalk + 1) << w.error();
  EXPECT_EQ(w.body().u16(), 1);
  ASSERT_EQ(lopen(2, 0).type, p9::kTlopen + 1);
  EXPECT_EQ(read_all(2), "hello from the host\n");
  EXPECT_EQ(read(2, 6, 4).bytes.size(), 7u + 4 + 4);  // count 4, "from"

  p9::Writer g;
  g.u32(2);
  g.u64(0x7ff);
  Reply a = call(p9::kTgetattr, g);
  ASSERT_EQ(a.type, p9::kTgetattr + 1);
  p9::Reader b = a.body();
  EXPECT_EQ(b.u64(), 0x7ffu);
  b.u8(); b.u32(); b.u64();  // qid
  uint32_t mode = b.u32();
  EXPECT_TRUE(S_ISREG(mode));
  b.u32(); b.u32(); b.u64(); b.u64();
  EXPECT_EQ(b.u64(), 20u);  // size
}

TEST_P(P9Test, ReaddirListsEntriesAndResumesFromOffsets) {
  start(true);
  ASSERT_EQ(walk(2, {}).type, p9::kTwalk + 1);
  ASSERT_EQ(lopen(2, 0200000).type, p9::kTlopen + 1);  // O_DIRECTORY
  std::set<std::string> names;
  uint64_t offset = 0;
  for (int round = 0; round < 20; ++round) {
    p9::Writer w;
    w.u32(2);
    w.u64(offset);
    w.u32(60);  // room for about two entries: forces several rounds
    Reply r = call(p9::kTreaddir, w);
    ASSERT_EQ(r.type, p9::kTreaddir + 1) << r.error();
    p9::Reader b = r.body();
    uint32_t count = b.u32();
    if (count == 0) break;
    p9::Reader entries(b.bytes(count));
    while (entries.remaining() > 0) {
      entries.u8(); entries.u32(); entries.u64();
      offset = entries.u64();
      entries.u8();
      names.insert(entries.str());
    }
    ASSERT_TRUE(entries.ok());
  }
  EXPECT_EQ(names, (std::set<std::string>{".", "..", "hello.txt", "sub", "escape", "absdir"}));
}

TEST_P(P9Test, DotDotStopsAtTheRoot) {
  start(true);
  Reply w = walk(2, {"..", "..", "hello.txt"});
  ASSERT_EQ(w.type, p9::kTwalk + 1) << w.error();
  EXPECT_EQ(w.body().u16(), 3);
  ASSERT_EQ(lopen(2, 0).type, p9::kTlopen + 1);
  EXPECT_EQ(read_all(2), "hello from the host\n");
  // "../secret.txt" from the root is the root's own secret.txt, which does not exist.
  EXPECT_EQ(walk(3, {"..", "secret.txt"}).body().u16(), 1);  // partial walk: only ".."
}

TEST_P(P9Test, SymlinksAreNeverFollowedOnTheHost) {
  start(true);
  // The link itself can be walked to and read (the guest resolves it)...
  ASSERT_EQ(walk(2, {"escape"}).type, p9::kTwalk + 1);
  p9::Writer rl;
  rl.u32(2);
  Reply r = call(p9::kTreadlink, rl);
  ASSERT_EQ(r.type, p9::kTreadlink + 1);
  EXPECT_EQ(r.body().str(), "../secret.txt");
  // ...but never opened through, nor walked through as a directory.
  EXPECT_EQ(lopen(2, 0).error(), static_cast<uint32_t>(kELOOP));
  Reply through = walk(3, {"absdir", "secret.txt"});
  EXPECT_EQ(through.type, p9::kTwalk + 1);
  EXPECT_EQ(through.body().u16(), 1);  // stops at the link
  EXPECT_NE(walk(4, {"a/b"}).error(), 0u);
  EXPECT_EQ(walk(4, {"hello.txt", "x"}).error(), 0u);  // partial walks are not errors
}

TEST_P(P9Test, ReadOnlyShareAnswersEROFS) {
  start(true);
  ASSERT_EQ(walk(2, {"hello.txt"}).type, p9::kTwalk + 1);
  EXPECT_EQ(lopen(2, 1).error(), static_cast<uint32_t>(kEROFS));       // O_WRONLY
  EXPECT_EQ(lopen(2, 01000).error(), static_cast<uint32_t>(kEROFS));   // O_TRUNC
  ASSERT_EQ(walk(3, {}).type, p9::kTwalk + 1);
  EXPECT_EQ(lcreate(3, "new.txt").error(), static_cast<uint32_t>(kEROFS));
  p9::Writer m;
  m.u32(1);
  m.str("newdir");
  m.u32(0755);
  m.u32(0);
  EXPECT_EQ(call(p9::kTmkdir, m).error(), static_cast<uint32_t>(kEROFS));
  p9::Writer u;
  u.u32(1);
  u.str("hello.txt");
  u.u32(0);
  EXPECT_EQ(call(p9::kTunlinkat, u).error(), static_cast<uint32_t>(kEROFS));
  EXPECT_TRUE(fs::exists(root_ / "hello.txt"));
  EXPECT_FALSE(fs::exists(root_ / "new.txt"));
}

TEST_P(P9Test, WritableShareCreatesWritesRenamesAndRemoves) {
  start(false);
  ASSERT_EQ(walk(2, {"sub"}).type, p9::kTwalk + 1);
  ASSERT_EQ(lcreate(2, "f.txt").type, p9::kTlcreate + 1);
  Reply w = write(2, 0, "written by the guest");
  ASSERT_EQ(w.type, p9::kTwrite + 1) << w.error();
  EXPECT_EQ(w.body().u32(), 20u);
  p9::Writer s;
  s.u32(2);
  s.u32(0);
  ASSERT_EQ(call(p9::kTfsync, s).type, p9::kTfsync + 1);
  std::ifstream in(root_ / "sub" / "f.txt");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(text, "written by the guest");

  p9::Writer ren;
  ren.u32(1);
  ren.str("sub");
  ren.u32(1);
  ren.str("moved");
  ASSERT_EQ(call(p9::kTrenameat, ren).type, p9::kTrenameat + 1);
  EXPECT_TRUE(fs::exists(root_ / "moved" / "f.txt"));
  // The open fid followed the rename.
  p9::Writer g;
  g.u32(2);
  g.u64(0x7ff);
  EXPECT_EQ(call(p9::kTgetattr, g).type, p9::kTgetattr + 1);

  p9::Writer sl;
  sl.u32(1);
  sl.str("link");
  sl.str("/etc/passwd");
  sl.u32(0);
  ASSERT_EQ(call(p9::kTsymlink, sl).type, p9::kTsymlink + 1);
  EXPECT_EQ(fs::read_symlink(root_ / "link"), "/etc/passwd");

  p9::Writer set;  // truncate to 7 bytes
  set.u32(2); set.u32(8); set.u32(0); set.u32(0); set.u32(0); set.u64(7);
  for (int i = 0; i < 4; ++i) set.u64(0);
  ASSERT_EQ(call(p9::kTsetattr, set).type, p9::kTsetattr + 1);
  EXPECT_EQ(fs::file_size(root_ / "moved" / "f.txt"), 7u);

  p9::Writer u;
  u.u32(1);
  u.str("moved");
  u.u32(0x200);  // AT_REMOVEDIR
  EXPECT_NE(call(p9::kTunlinkat, u).error(), 0u);  // not empty
  fs::remove(root_ / "moved" / "f.txt");
  EXPECT_EQ(call(p9::kTunlinkat, u).type, p9::kTunlinkat + 1);
  EXPECT_FALSE(fs::exists(root_ / "moved"));
  // Names with a slash never reach the host.
  ASSERT_EQ(walk(3, {}).type, p9::kTwalk + 1);
  EXPECT_EQ(lcreate(3, "../out.txt").error(), static_cast<uint32_t>(kEINVAL));
  EXPECT_FALSE(fs::exists(base_ / "out.txt"));
}

TEST_P(P9Test, HardLinksAndFifosButNoDeviceNodes) {
  start(false);
  ASSERT_EQ(walk(2, {"hello.txt"}).type, p9::kTwalk + 1);
  p9::Writer l;
  l.u32(1);
  l.u32(2);
  l.str("again.txt");
  ASSERT_EQ(call(p9::kTlink, l).type, p9::kTlink + 1);
  EXPECT_EQ(fs::hard_link_count(root_ / "hello.txt"), 2u);
  p9::Writer fifo;
  fifo.u32(1);
  fifo.str("pipe");
  fifo.u32(S_IFIFO | 0644);
  fifo.u32(0);
  fifo.u32(0);
  fifo.u32(0);
  ASSERT_EQ(call(p9::kTmknod, fifo).type, p9::kTmknod + 1);
  EXPECT_TRUE(fs::is_fifo(root_ / "pipe"));
  // Opening and reading the FIFO must not block (nobody writes to it).
  ASSERT_EQ(walk(3, {"pipe"}).type, p9::kTwalk + 1);
  ASSERT_EQ(lopen(3, 0).type, p9::kTlopen + 1);
  EXPECT_EQ(read_all(3), "");
  p9::Writer dev;
  dev.u32(1);
  dev.str("disk");
  dev.u32(S_IFBLK | 0600);
  dev.u32(8);
  dev.u32(0);
  dev.u32(0);
  EXPECT_EQ(call(p9::kTmknod, dev).error(), 1u);  // EPERM
  EXPECT_FALSE(fs::exists(root_ / "disk"));
  // The link through a symlink fid would link the symlink's target: refused.
  ASSERT_EQ(walk(4, {"escape"}).type, p9::kTwalk + 1);
  p9::Writer ls;
  ls.u32(1);
  ls.u32(4);
  ls.str("secret-link");
  EXPECT_NE(call(p9::kTlink, ls).error(), 0u);
  EXPECT_FALSE(fs::exists(root_ / "secret-link"));
}

TEST_P(P9Test, NoSetuidOrSetgidFilesOnTheHost) {
  start(false);
  ASSERT_EQ(walk(2, {"hello.txt"}).type, p9::kTwalk + 1);
  p9::Writer set;
  set.u32(2); set.u32(1); set.u32(06755); set.u32(0); set.u32(0); set.u64(0);
  for (int i = 0; i < 4; ++i) set.u64(0);
  ASSERT_EQ(call(p9::kTsetattr, set).type, p9::kTsetattr + 1);
  EXPECT_EQ(fs::status(root_ / "hello.txt").permissions(), static_cast<fs::perms>(0755));
  ASSERT_EQ(walk(3, {}).type, p9::kTwalk + 1);
  p9::Writer c;
  c.u32(3);
  c.str("tool");
  c.u32(2 | 0100);
  c.u32(04755);
  c.u32(0);
  ASSERT_EQ(call(p9::kTlcreate, c).type, p9::kTlcreate + 1);
  struct stat st;
  ASSERT_EQ(stat((root_ / "tool").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07000, 0u);
}

TEST_P(P9Test, OpenFidsAreBounded) {
  start(true);
  uint32_t fid = 100;
  for (size_t i = 0; i < p9::Server::kMaxOpenFids; ++i, ++fid) {
    ASSERT_EQ(walk(fid, {"hello.txt"}).type, p9::kTwalk + 1);
    ASSERT_EQ(lopen(fid, 0).type, p9::kTlopen + 1) << i;
  }
  ASSERT_EQ(walk(fid, {"hello.txt"}).type, p9::kTwalk + 1);
  EXPECT_EQ(lopen(fid, 0).error(), 24u);  // EMFILE
  p9::Writer c;
  c.u32(100);
  ASSERT_EQ(call(p9::kTclunk, c).type, p9::kTclunk + 1);
  EXPECT_EQ(lopen(fid, 0).type, p9::kTlopen + 1);  // room again
}

TEST_P(P9Test, StatfsClunkAndUnknownFids) {
  start(true);
  p9::Writer s;
  s.u32(1);
  EXPECT_EQ(call(p9::kTstatfs, s).type, p9::kTstatfs + 1);
  p9::Writer c;
  c.u32(1);
  EXPECT_EQ(call(p9::kTclunk, c).type, p9::kTclunk + 1);
  EXPECT_EQ(call(p9::kTclunk, c).error(), static_cast<uint32_t>(kEBADF));
  EXPECT_EQ(walk(5, {"hello.txt"}).error(), static_cast<uint32_t>(kEBADF));
  EXPECT_EQ(read(99, 0, 10).error(), static_cast<uint32_t>(kEBADF));
}

TEST_P(P9Test, MalformedMessagesAreAnsweredNotTrusted) {
  start(true);
  // A Twalk whose name count promises more than the message holds.
  p9::Writer w;
  w.u32(1);
  w.u32(2);
  w.u16(5);
  w.str("hello.txt");
  Reply r = call(p9::kTwalk, w, 42);
  EXPECT_EQ(r.tag, 42);
  EXPECT_EQ(r.error(), static_cast<uint32_t>(kEINVAL));
  // A string length running past the end.
  std::vector<uint8_t> bad = {0, 0, 0, 0, p9::kTversion, 1, 0, 0, 0, 1, 0, 0xff, 0xff, 'x'};
  bad[0] = static_cast<uint8_t>(bad.size());
  EXPECT_EQ(raw(bad).error(), static_cast<uint32_t>(kEINVAL));
  // A size field larger than the buffer, and a buffer shorter than a header.
  std::vector<uint8_t> lying = {0xff, 0, 0, 0, p9::kTclunk, 1, 0, 1, 0, 0, 0};
  EXPECT_EQ(raw(lying).error(), static_cast<uint32_t>(kEINVAL));
  EXPECT_EQ(raw({1, 2}).error(), static_cast<uint32_t>(kEINVAL));
  // Too many walk names, unknown requests, xattrs.
  std::vector<std::string> many(17, "sub");
  EXPECT_EQ(walk(2, many).error(), static_cast<uint32_t>(kEINVAL));
  p9::Writer nothing;
  EXPECT_EQ(call(122 /* Tremove */, nothing).error(), static_cast<uint32_t>(kEOPNOTSUPP));
  EXPECT_EQ(walk(2, {"nope"}).error(), static_cast<uint32_t>(kENOENT));
}

INSTANTIATE_TEST_SUITE_P(Resolvers, P9Test, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& i) { return i.param ? "openat2" : "components"; });

TEST(SharedDirTest, MissingOrNonDirectoryRootIsAClearError) {
  EXPECT_THROW(rvisor::host::SharedDir("/nonexistent/share", true), std::runtime_error);
  try {
    rvisor::host::SharedDir("/etc/passwd", true);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "/etc/passwd: not a directory");
  }
}

}  // namespace
