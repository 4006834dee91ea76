// The 9P server's session and metadata requests: framing, dispatch, fids, Tversion,
// Tattach, Twalk, Tclunk, Tgetattr, Tsetattr, Tstatfs.
#include "virtio/p9_server.h"

#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "virtio/p9_detail.h"

namespace rvisor::virtio::p9 {

using namespace detail;

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

Server::Errno Server::clunk(Reader& in) {
  uint32_t fid = in.u32();
  if (!in.ok()) return EINVAL;
  return fids_.erase(fid) ? 0 : EBADF;
}

}  // namespace rvisor::virtio::p9
