// 9P requests that change directory entries: Tmkdir, Tsymlink, Tmknod, Tlink,
// Treadlink, Tunlinkat, Trenameat (and the fids that follow a rename).
#include "virtio/p9_server.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "virtio/p9_detail.h"

namespace rvisor::virtio::p9 {

using namespace detail;

namespace {
// The reply to a request that made an entry: the qid of `name` in `dirfd`, not following it.
// Returns 0 or an errno, as Server::Errno.
int reply_entry_qid(int dirfd, const std::string& name, Writer& out) {
  struct stat st;
  if (fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) return errno;
  out.qid(qid_from_stat(st));
  return 0;
}
}  // namespace

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
  return reply_entry_qid(fd.get(), name, out);
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
  return reply_entry_qid(fd.get(), name, out);
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
  return reply_entry_qid(fd.get(), name, out);
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

}  // namespace rvisor::virtio::p9
