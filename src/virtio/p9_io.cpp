// 9P requests on open files: Tlopen, Tlcreate, Tread, Twrite, Treaddir, Tfsync.
#include "virtio/p9_server.h"

#include <dirent.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "virtio/p9_detail.h"

namespace rvisor::virtio::p9 {

using namespace detail;

Server::Errno Server::lopen(Reader& in, Writer& out) {
  uint32_t fid = in.u32(), flags = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  if (f->fd.valid()) return EBADF;  // already open
  int hf = host_open_flags(flags);
  if (dir_.readonly() && opens_for_writing(hf)) return EROFS;
  if (open_fids() >= kMaxOpenFids) return EMFILE;
  host::UniqueFd fd(dir_.open(f->path, hf));
  if (!fd.valid()) return -fd.release();
  Qid q;
  if (Errno e = qid_of(fd.get(), q)) return e;
  f->fd = std::move(fd);
  out.qid(q);
  out.u32(0);  // iounit: up to msize
  return 0;
}

Server::Errno Server::lcreate(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  std::string name = in.str();
  uint32_t flags = in.u32(), mode = in.u32();
  in.u32();  // gid: files belong to the user rvisor runs as
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  if (f->fd.valid()) return EBADF;
  if (!valid_name(name)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  if (open_fids() >= kMaxOpenFids) return EMFILE;
  std::string path = join(f->path, name);
  host::UniqueFd fd(dir_.open(path, host_open_flags(flags) | O_CREAT, mode & kFileModeMask));
  if (!fd.valid()) return -fd.release();
  Qid q;
  if (Errno e = qid_of(fd.get(), q)) return e;
  f->path = path;
  f->fd = std::move(fd);
  out.qid(q);
  out.u32(0);
  return 0;
}

Server::Errno Server::read(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  uint64_t offset = in.u64();
  uint32_t count = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f || !f->fd.valid()) return EBADF;
  if (offset > static_cast<uint64_t>(INT64_MAX)) return EINVAL;
  if (reply_limit_ < kReadReplyOverhead) return ENOBUFS;
  count = static_cast<uint32_t>(std::min<size_t>(count, reply_limit_ - kReadReplyOverhead));
  size_t at = out.size();
  out.u32(0);
  auto& buf = out.buffer();
  buf.resize(at + 4 + count);
  ssize_t n = pread(f->fd.get(), buf.data() + at + 4, count, static_cast<off_t>(offset));
  if (n < 0 && errno == ESPIPE) n = ::read(f->fd.get(), buf.data() + at + 4, count);  // a FIFO or socket
  if (n < 0 && errno == EAGAIN) n = 0;  // an empty FIFO: nothing to read now
  if (n < 0) return errno;
  buf.resize(at + 4 + static_cast<size_t>(n));
  out.patch_u32(at, static_cast<uint32_t>(n));
  return 0;
}

Server::Errno Server::write(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  uint64_t offset = in.u64();
  uint32_t count = in.u32();
  auto data = in.bytes(count);
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f || !f->fd.valid()) return EBADF;
  if (dir_.readonly()) return EROFS;
  if (offset > static_cast<uint64_t>(INT64_MAX)) return EINVAL;
  ssize_t n = pwrite(f->fd.get(), data.data(), data.size(), static_cast<off_t>(offset));
  if (n < 0 && errno == ESPIPE) n = ::write(f->fd.get(), data.data(), data.size());
  if (n < 0) return errno;
  out.u32(static_cast<uint32_t>(n));
  return 0;
}

Server::Errno Server::readdir(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  uint64_t offset = in.u64();
  uint32_t count = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f || !f->fd.valid()) return EBADF;
  if (reply_limit_ < kReadReplyOverhead) return ENOBUFS;
  count = static_cast<uint32_t>(std::min<size_t>(count, reply_limit_ - kReadReplyOverhead));
  // The offsets are the host's own d_off cookies: seek to the one the guest last saw.
  if (lseek(f->fd.get(), static_cast<off_t>(offset), SEEK_SET) < 0) return errno;
  size_t at = out.size();
  out.u32(0);
  uint32_t used = 0;
  alignas(8) uint8_t buf[16384];
  for (;;) {
    long got = syscall(SYS_getdents64, f->fd.get(), buf, sizeof buf);
    if (got < 0) return errno;
    if (got == 0) break;
    bool full = false;
    for (long pos = 0; pos < got;) {
      auto* d = reinterpret_cast<struct dirent64*>(buf + pos);
      std::string name = d->d_name;
      size_t entry = 13 + 8 + 1 + 2 + name.size();
      if (used + entry > count) {
        full = true;
        break;
      }
      Qid q;
      q.type = d->d_type == DT_DIR ? kQtDir : d->d_type == DT_LNK ? kQtSymlink : kQtFile;
      q.path = d->d_ino;
      out.qid(q);
      out.u64(static_cast<uint64_t>(d->d_off));
      out.u8(d->d_type);
      out.str(name);
      used += static_cast<uint32_t>(entry);
      pos += d->d_reclen;
    }
    if (full) break;
  }
  out.patch_u32(at, used);
  return 0;
}

Server::Errno Server::fsync(Reader& in) {
  uint32_t fid = in.u32();
  uint32_t datasync = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f || !f->fd.valid()) return EBADF;
  if ((datasync ? fdatasync(f->fd.get()) : ::fsync(f->fd.get())) < 0) return errno;
  return 0;
}

}  // namespace rvisor::virtio::p9
