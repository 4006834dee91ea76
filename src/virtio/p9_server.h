// A 9P2000.L file server over a SharedDir: one request message in, one reply message out.
// It knows nothing about virtio; the virtio-9p device feeds it the bytes of each request.
//
// Every field is bounds-checked (sizes, string lengths, counts); a request that does not
// parse is answered with Rlerror(EINVAL), never trusted. With a read-only share, everything
// that would change the host answers EROFS. Unsupported requests (locks, xattrs, Tremove and
// the other 9P2000/9P2000.u requests) answer Rlerror(EOPNOTSUPP). Tmknod makes FIFOs and
// sockets only: a device node in a host directory would be a hole in the host.
#pragma once
#include <fcntl.h>

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "host/shared_dir.h"
#include "virtio/p9_wire.h"

namespace rvisor::virtio::p9 {

class Server {
 public:
  static constexpr uint32_t kMaxMsize = 512 * 1024;
  static constexpr size_t kMaxFids = 16384;
  // Host file descriptors the guest may hold open through fids: well below the process's
  // usual limit of 1024, so a guest opening files without end cannot starve the monitor.
  static constexpr size_t kMaxOpenFids = 512;

  explicit Server(host::SharedDir& dir) : dir_(dir) {}
  // The reply to one request. `request` is the whole message, size field included. Replies
  // are kept within `reply_limit` bytes (the room the client gave) as well as msize.
  std::vector<uint8_t> handle(std::span<const uint8_t> request, size_t reply_limit = SIZE_MAX);
  uint32_t msize() const { return msize_; }

 private:
  struct Fid {
    std::string path;   // below the share root, "" for the root
    host::UniqueFd fd;  // opened by Tlopen/Tlcreate, else invalid
  };
  using Errno = int;  // 0 = success, else a Linux errno for Rlerror

  Errno dispatch(uint8_t type, Reader& in, Writer& out);
  Errno version(Reader& in, Writer& out);
  Errno attach(Reader& in, Writer& out);
  Errno walk(Reader& in, Writer& out);
  Errno getattr(Reader& in, Writer& out);
  Errno setattr(Reader& in);
  Errno lopen(Reader& in, Writer& out);
  Errno lcreate(Reader& in, Writer& out);
  Errno read(Reader& in, Writer& out);
  Errno write(Reader& in, Writer& out);
  Errno readdir(Reader& in, Writer& out);
  Errno statfs(Reader& in, Writer& out);
  Errno mkdir(Reader& in, Writer& out);
  Errno symlink(Reader& in, Writer& out);
  Errno mknod(Reader& in, Writer& out);
  Errno link(Reader& in);
  Errno readlink(Reader& in, Writer& out);
  Errno unlinkat(Reader& in);
  Errno renameat(Reader& in);
  Errno fsync(Reader& in);
  Errno clunk(Reader& in);

  Fid* find(uint32_t fid);
  size_t open_fids() const;
  // An O_PATH fd for `path`, or -errno.
  int open_path(const std::string& path) const { return dir_.open(path, O_PATH); }
  Errno qid_of(int fd, Qid& q) const;
  void rename_fids(const std::string& from, const std::string& to);

  host::SharedDir& dir_;
  uint32_t msize_ = 8192;
  size_t reply_limit_ = 8192;  // min(msize, the request's reply room), for Rread/Rreaddir
  std::unordered_map<uint32_t, Fid> fids_;
};

// A name inside a directory as the guest gives it: non-empty, no '/', no NUL, not "." or "..".
bool valid_name(const std::string& name);
// `dir`/`name` for paths relative to the share root.
std::string join(const std::string& dir, const std::string& name);

}  // namespace rvisor::virtio::p9
