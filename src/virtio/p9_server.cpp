#include "virtio/p9_server.h"

#include <dirent.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rvisor::virtio::p9 {

namespace {

constexpr uint32_t kNoFid = 0xffffffff;
constexpr uint16_t kMaxWalkNames = 16;  // MAXWELEM
constexpr size_t kReadReplyOverhead = kHeaderSize + 4;  // header + count[4]
constexpr uint64_t kGetattrBasic = 0x7ff;

// Tsetattr valid bits.
enum : uint32_t {
  kSetMode = 1, kSetUid = 2, kSetGid = 4, kSetSize = 8, kSetAtime = 0x10, kSetMtime = 0x20,
  kSetAtimeSet = 0x80, kSetMtimeSet = 0x100,
};

Qid qid_from_stat(const struct stat& st) {
  Qid q;
  q.type = S_ISDIR(st.st_mode) ? kQtDir : S_ISLNK(st.st_mode) ? kQtSymlink : kQtFile;
  q.path = st.st_ino;
  return q;
}

std::string proc_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// 9P2000.L open flags are Linux's generic values; keep only those that are safe to pass on.
int host_open_flags(uint32_t flags) {
  int f = static_cast<int>(flags & 3);
  if (flags & 01000) f |= O_TRUNC;
  if (flags & 02000) f |= O_APPEND;
  if (flags & 0200) f |= O_EXCL;
  if (flags & 010000) f |= O_DSYNC;
  if (flags & 04000000) f |= O_SYNC;
  if (flags & 0200000) f |= O_DIRECTORY;
  return f | O_NONBLOCK;  // a FIFO in the share must never block the vCPU thread
}

bool opens_for_writing(int flags) { return (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC); }

// Permission bits the guest may set on a host file: no set-user-ID or set-group-ID, which
// would let a guest plant a privileged program on the host. (Directories keep set-group-ID,
// which only steers group inheritance.)
constexpr mode_t kFileModeMask = 01777, kDirModeMask = 03777;

}  // namespace

bool valid_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
         name.find('\0') == std::string::npos;
}

std::string join(const std::string& dir, const std::string& name) { return dir.empty() ? name : dir + "/" + name; }

std::vector<uint8_t> Server::handle(std::span<const uint8_t> request, size_t reply_limit) {
  reply_limit_ = std::min<size_t>(reply_limit, msize_);
  Reader head(request);
  uint32_t size = head.u32();
  uint8_t type = head.u8();
  uint16_t tag = head.u16();
  Writer out;
  out.u32(0);  // size, patched below
  out.u8(static_cast<uint8_t>(type + 1));
  out.u16(tag);
  Errno err = EINVAL;
  if (head.ok() && size >= kHeaderSize && size <= request.size()) {
    Reader body(request.subspan(kHeaderSize, size - kHeaderSize));
    err = dispatch(type, body, out);
    if (err == 0 && !body.ok()) err = EINVAL;  // a field ran past the end of the message
  }
  if (err != 0) {
    Writer e;
    e.u32(kHeaderSize + 4);
    e.u8(kRlerror);
    e.u16(tag);
    e.u32(static_cast<uint32_t>(err));
    return std::move(e.buffer());
  }
  out.patch_u32(0, static_cast<uint32_t>(out.size()));
  return std::move(out.buffer());
}

Server::Errno Server::dispatch(uint8_t type, Reader& in, Writer& out) {
  switch (type) {
    case kTversion: return version(in, out);
    case kTattach: return attach(in, out);
    case kTwalk: return walk(in, out);
    case kTgetattr: return getattr(in, out);
    case kTsetattr: return setattr(in);
    case kTlopen: return lopen(in, out);
    case kTlcreate: return lcreate(in, out);
    case kTread: return read(in, out);
    case kTwrite: return write(in, out);
    case kTreaddir: return readdir(in, out);
    case kTstatfs: return statfs(in, out);
    case kTmkdir: return mkdir(in, out);
    case kTsymlink: return symlink(in, out);
    case kTmknod: return mknod(in, out);
    case kTlink: return link(in);
    case kTreadlink: return readlink(in, out);
    case kTunlinkat: return unlinkat(in);
    case kTrenameat: return renameat(in);
    case kTfsync: return fsync(in);
    case kTclunk: return clunk(in);
    case kTflush: in.u16(); return 0;  // requests are answered synchronously: nothing to cancel
    case kTxattrwalk: return EOPNOTSUPP;
    default: return EOPNOTSUPP;
  }
}

Server::Fid* Server::find(uint32_t fid) {
  auto it = fids_.find(fid);
  return it == fids_.end() ? nullptr : &it->second;
}

size_t Server::open_fids() const {
  size_t n = 0;
  for (const auto& [id, f] : fids_) n += f.fd.valid();
  return n;
}

Server::Errno Server::qid_of(int fd, Qid& q) const {
  struct stat st;
  if (fstatat(fd, "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0) return errno;
  q = qid_from_stat(st);
  return 0;
}

Server::Errno Server::version(Reader& in, Writer& out) {
  uint32_t msize = in.u32();
  std::string version = in.str();
  if (!in.ok()) return EINVAL;
  if (msize < 4096) return EINVAL;
  msize_ = std::min(msize, kMaxMsize);
  fids_.clear();  // a new session
  out.u32(msize_);
  out.str(version == "9P2000.L" ? "9P2000.L" : "unknown");
  return 0;
}

Server::Errno Server::attach(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  in.u32();  // afid: no authentication
  in.str();  // uname
  in.str();  // aname: the share has one tree
  in.u32();  // n_uname
  if (!in.ok()) return EINVAL;
  if (fid == kNoFid || find(fid)) return EBADF;
  if (fids_.size() >= kMaxFids) return ENFILE;
  host::UniqueFd fd(open_path(""));
  if (!fd.valid()) return -fd.release();
  Qid q;
  if (Errno e = qid_of(fd.get(), q)) return e;
  fids_[fid].path = "";
  out.qid(q);
  return 0;
}

Server::Errno Server::walk(Reader& in, Writer& out) {
  uint32_t fid = in.u32(), newfid = in.u32();
  uint16_t n = in.u16();
  if (!in.ok() || n > kMaxWalkNames) return EINVAL;
  std::vector<std::string> names;
  for (uint16_t i = 0; i < n; ++i) names.push_back(in.str());
  if (!in.ok()) return EINVAL;
  Fid* from = find(fid);
  if (!from || newfid == kNoFid) return EBADF;
  if (newfid != fid && find(newfid)) return EBADF;
  if (newfid != fid && fids_.size() >= kMaxFids) return ENFILE;
  std::string path = from->path;
  std::vector<Qid> qids;
  Errno first_error = 0;
  for (const std::string& name : names) {
    std::string next;
    if (name == "..") {
      auto slash = path.rfind('/');
      next = slash == std::string::npos ? "" : path.substr(0, slash);  // the root's parent is the root
    } else if (!valid_name(name)) {
      first_error = ENOENT;
      break;
    } else {
      next = join(path, name);
    }
    host::UniqueFd fd(open_path(next));
    Qid q;
    Errno e = fd.valid() ? qid_of(fd.get(), q) : -fd.release();
    if (e) {
      first_error = e;
      break;
    }
    qids.push_back(q);
    path = next;
  }
  if (qids.empty() && !names.empty()) return first_error;
  out.u16(static_cast<uint16_t>(qids.size()));
  for (const Qid& q : qids) out.qid(q);
  if (qids.size() == names.size()) {
    if (newfid == fid) {
      from->path = path;
      from->fd.reset();
    } else {
      fids_[newfid].path = path;
    }
  }
  return 0;
}

Server::Errno Server::getattr(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  in.u64();  // request_mask: the basic set is always cheap to give
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  struct stat st;
  if (fstatat(fd.get(), "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0) return errno;
  out.u64(kGetattrBasic);
  out.qid(qid_from_stat(st));
  out.u32(st.st_mode);
  out.u32(st.st_uid);
  out.u32(st.st_gid);
  out.u64(st.st_nlink);
  out.u64(st.st_rdev);
  out.u64(static_cast<uint64_t>(st.st_size));
  out.u64(static_cast<uint64_t>(st.st_blksize));
  out.u64(static_cast<uint64_t>(st.st_blocks));
  for (const timespec& t : {st.st_atim, st.st_mtim, st.st_ctim}) {
    out.u64(static_cast<uint64_t>(t.tv_sec));
    out.u64(static_cast<uint64_t>(t.tv_nsec));
  }
  for (int i = 0; i < 4; ++i) out.u64(0);  // btime sec/nsec, gen, data_version
  return 0;
}

Server::Errno Server::setattr(Reader& in) {
  uint32_t fid = in.u32(), valid = in.u32(), mode = in.u32(), uid = in.u32(), gid = in.u32();
  uint64_t size = in.u64(), asec = in.u64(), ansec = in.u64(), msec = in.u64(), mnsec = in.u64();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  struct stat st;
  if (fstatat(fd.get(), "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0) return errno;
  // /proc/self/fd/N names the inode the O_PATH fd holds, wherever it is: no path lookup again.
  const std::string self = proc_path(fd.get());
  const mode_t mask = S_ISDIR(st.st_mode) ? kDirModeMask : kFileModeMask;
  if ((valid & kSetMode) && !S_ISLNK(st.st_mode) && chmod(self.c_str(), mode & mask) < 0) return errno;
  if (valid & (kSetUid | kSetGid)) {
    uid_t u = (valid & kSetUid) ? uid : static_cast<uid_t>(-1);
    gid_t g = (valid & kSetGid) ? gid : static_cast<gid_t>(-1);
    if (fchownat(fd.get(), "", u, g, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0) return errno;
  }
  if (valid & kSetSize) {
    if (!S_ISREG(st.st_mode)) return EINVAL;
    if (size > static_cast<uint64_t>(INT64_MAX)) return EFBIG;
    if (truncate(self.c_str(), static_cast<off_t>(size)) < 0) return errno;
  }
  if ((valid & (kSetAtime | kSetMtime)) && !S_ISLNK(st.st_mode)) {
    timespec times[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
    if (valid & kSetAtime)
      times[0] = (valid & kSetAtimeSet) ? timespec{static_cast<time_t>(asec), static_cast<long>(ansec % 1000000000)}
                                        : timespec{0, UTIME_NOW};
    if (valid & kSetMtime)
      times[1] = (valid & kSetMtimeSet) ? timespec{static_cast<time_t>(msec), static_cast<long>(mnsec % 1000000000)}
                                        : timespec{0, UTIME_NOW};
    if (utimensat(AT_FDCWD, self.c_str(), times, 0) < 0) return errno;
  }
  return 0;
}

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

Server::Errno Server::statfs(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  struct statfs s;
  if (fstatfs(fd.get(), &s) < 0) return errno;
  uint64_t fsid;
  std::memcpy(&fsid, &s.f_fsid, sizeof fsid);
  out.u32(static_cast<uint32_t>(s.f_type));
  out.u32(static_cast<uint32_t>(s.f_bsize));
  out.u64(s.f_blocks);
  out.u64(s.f_bfree);
  out.u64(s.f_bavail);
  out.u64(s.f_files);
  out.u64(s.f_ffree);
  out.u64(fsid);
  out.u32(static_cast<uint32_t>(s.f_namelen));
  return 0;
}

Server::Errno Server::mkdir(Reader& in, Writer& out) {
  uint32_t dfid = in.u32();
  std::string name = in.str();
  uint32_t mode = in.u32();
  in.u32();  // gid
  if (!in.ok()) return EINVAL;
  Fid* f = find(dfid);
  if (!f) return EBADF;
  if (!valid_name(name)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  if (mkdirat(fd.get(), name.c_str(), mode & kDirModeMask) < 0) return errno;
  struct stat st;
  if (fstatat(fd.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return errno;
  out.qid(qid_from_stat(st));
  return 0;
}

Server::Errno Server::symlink(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  std::string name = in.str(), target = in.str();
  in.u32();  // gid
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  if (!valid_name(name) || target.empty() || target.find('\0') != std::string::npos) return EINVAL;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  // The link's text is the guest's business: the host never follows links in the share.
  if (symlinkat(target.c_str(), fd.get(), name.c_str()) < 0) return errno;
  struct stat st;
  if (fstatat(fd.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return errno;
  out.qid(qid_from_stat(st));
  return 0;
}

Server::Errno Server::mknod(Reader& in, Writer& out) {
  uint32_t dfid = in.u32();
  std::string name = in.str();
  uint32_t mode = in.u32();
  in.u32();  // major
  in.u32();  // minor
  in.u32();  // gid
  if (!in.ok()) return EINVAL;
  Fid* f = find(dfid);
  if (!f) return EBADF;
  if (!valid_name(name)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  if (!S_ISFIFO(mode) && !S_ISSOCK(mode)) return EPERM;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  if (mknodat(fd.get(), name.c_str(), (mode & S_IFMT) | (mode & kFileModeMask), 0) < 0) return errno;
  struct stat st;
  if (fstatat(fd.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return errno;
  out.qid(qid_from_stat(st));
  return 0;
}

Server::Errno Server::link(Reader& in) {
  uint32_t dfid = in.u32(), fid = in.u32();
  std::string name = in.str();
  if (!in.ok()) return EINVAL;
  Fid* dir = find(dfid);
  Fid* target = find(fid);
  if (!dir || !target) return EBADF;
  if (!valid_name(name)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd d(open_path(dir->path)), t(open_path(target->path));
  if (!d.valid()) return -d.release();
  if (!t.valid()) return -t.release();
  struct stat st;
  if (fstatat(t.get(), "", &st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0) return errno;
  if (S_ISDIR(st.st_mode)) return EPERM;
  // Through /proc/self/fd: linkat(AT_EMPTY_PATH) would need CAP_DAC_READ_SEARCH. The link
  // names the inode the O_PATH fd holds, which is inside the share.
  if (S_ISLNK(st.st_mode)) return EOPNOTSUPP;  // following the proc link would link its target
  if (linkat(AT_FDCWD, proc_path(t.get()).c_str(), d.get(), name.c_str(), AT_SYMLINK_FOLLOW) < 0) return errno;
  return 0;
}

Server::Errno Server::readlink(Reader& in, Writer& out) {
  uint32_t fid = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(fid);
  if (!f) return EBADF;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  char buf[4096];
  ssize_t n = readlinkat(fd.get(), "", buf, sizeof buf);
  if (n < 0) return errno;
  if (static_cast<size_t>(n) == sizeof buf) return ENAMETOOLONG;
  out.str(std::string_view(buf, static_cast<size_t>(n)));
  return 0;
}

Server::Errno Server::unlinkat(Reader& in) {
  uint32_t dfid = in.u32();
  std::string name = in.str();
  uint32_t flags = in.u32();
  if (!in.ok()) return EINVAL;
  Fid* f = find(dfid);
  if (!f) return EBADF;
  if (!valid_name(name)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd fd(open_path(f->path));
  if (!fd.valid()) return -fd.release();
  if (::unlinkat(fd.get(), name.c_str(), (flags & AT_REMOVEDIR) ? AT_REMOVEDIR : 0) < 0) return errno;
  return 0;
}

Server::Errno Server::renameat(Reader& in) {
  uint32_t olddfid = in.u32();
  std::string oldname = in.str();
  uint32_t newdfid = in.u32();
  std::string newname = in.str();
  if (!in.ok()) return EINVAL;
  Fid* from = find(olddfid);
  Fid* to = find(newdfid);
  if (!from || !to) return EBADF;
  if (!valid_name(oldname) || !valid_name(newname)) return EINVAL;
  if (dir_.readonly()) return EROFS;
  host::UniqueFd a(open_path(from->path)), b(open_path(to->path));
  if (!a.valid()) return -a.release();
  if (!b.valid()) return -b.release();
  if (::renameat(a.get(), oldname.c_str(), b.get(), newname.c_str()) < 0) return errno;
  rename_fids(join(from->path, oldname), join(to->path, newname));
  return 0;
}

// Fids name paths, so the ones at or below a renamed entry follow it.
void Server::rename_fids(const std::string& from, const std::string& to) {
  for (auto& [id, f] : fids_) {
    if (f.path == from)
      f.path = to;
    else if (f.path.size() > from.size() && f.path.compare(0, from.size(), from) == 0 && f.path[from.size()] == '/')
      f.path = to + f.path.substr(from.size());
  }
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

Server::Errno Server::clunk(Reader& in) {
  uint32_t fid = in.u32();
  if (!in.ok()) return EINVAL;
  return fids_.erase(fid) ? 0 : EBADF;
}

}  // namespace rvisor::virtio::p9
