// libFuzzer: sequences of 9P2000.L messages against a real (temporary) shared directory.
// Each input is a run of messages, each framed by its own size field; a fresh server answers
// them after a Tversion/Tattach prelude, so the fuzzer starts with fid 1 at the root. The
// first input byte picks a read-only or writable share (bit 0) and the resolver (bit 1:
// the component-by-component fallback). After each input nothing may exist beside the
// share: the server must never create or rename anything outside it.
#include <dirent.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>

#include "host/shared_dir.h"
#include "virtio/p9_server.h"

namespace fs = std::filesystem;
namespace p9 = rvisor::virtio::p9;

static fs::path g_base, g_root;

static void cleanup() { fs::remove_all(g_base); }

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char tmpl[] = "/tmp/rvisor-fuzz-p9-XXXXXX";
  if (!mkdtemp(tmpl)) abort();
  g_base = tmpl;
  g_root = g_base / "share";
  fs::create_directories(g_root / "sub");
  std::ofstream(g_root / "hello.txt") << "hello\n";
  fs::create_symlink("../outside", g_root / "up");
  std::atexit(cleanup);
  return 0;
}

static std::vector<uint8_t> message(uint8_t type, const std::vector<uint8_t>& body) {
  p9::Writer w;
  w.u32(static_cast<uint32_t>(7 + body.size()));
  w.u8(type);
  w.u16(1);
  w.bytes(body);
  return std::move(w.buffer());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  rvisor::host::SharedDir dir(g_root.string(), data[0] & 1, !(data[0] & 2));
  p9::Server server(dir);
  {
    p9::Writer v;
    v.u32(8192);
    v.str("9P2000.L");
    server.handle(message(p9::kTversion, v.buffer()));
    p9::Writer a;
    a.u32(1);
    a.u32(~0u);
    a.str("");
    a.str("");
    a.u32(0);
    server.handle(message(p9::kTattach, a.buffer()));
  }
  std::span<const uint8_t> rest(data + 1, size - 1);
  while (rest.size() >= 4) {
    uint32_t len = rest[0] | rest[1] << 8 | rest[2] << 16 | static_cast<uint32_t>(rest[3]) << 24;
    size_t take = std::min<size_t>(std::max<uint32_t>(len, 4), rest.size());
    size_t limit = (rest[0] & 0x80) ? 64 : SIZE_MAX;  // sometimes a tiny reply buffer
    std::vector<uint8_t> reply = server.handle(rest.first(take), limit);
    if (reply.size() < 7) abort();
    uint32_t rsize = reply[0] | reply[1] << 8 | reply[2] << 16 | static_cast<uint32_t>(reply[3]) << 24;
    if (rsize != reply.size() || reply.size() > server.msize()) abort();
    rest = rest.subspan(take);
  }
  for (const auto& e : fs::directory_iterator(g_base))
    if (e.path().filename() != "share") abort();  // something escaped the share
  return 0;
}
