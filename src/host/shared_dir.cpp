#include "host/shared_dir.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace rvisor::host {

SharedDir::SharedDir(const std::string& path, bool readonly, bool use_openat2)
    : readonly_(readonly), use_openat2_(use_openat2) {
  root_.reset(::open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root_.valid()) {
    int err = errno;
    struct stat st;
    if (err == ENOTDIR || (stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)))
      throw std::runtime_error(fmt::format("{}: not a directory", path));
    throw std::runtime_error(fmt::format("{}: {}", path, std::strerror(err)));
  }
}

int SharedDir::open(const std::string& rel, int flags, mode_t mode) const {
  flags |= O_NOFOLLOW | O_CLOEXEC;
#ifdef SYS_openat2
  if (use_openat2_) {
    open_how how{};
    how.flags = static_cast<uint64_t>(flags);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    long fd = syscall(SYS_openat2, root_.get(), rel.empty() ? "." : rel.c_str(), &how, sizeof how);
    if (fd >= 0) return static_cast<int>(fd);
    if (errno != ENOSYS) return -errno;
    use_openat2_ = false;
  }
#endif
  return open_by_components(rel, flags, mode);
}

// The fallback for kernels before 5.6: walk one component at a time, never following a link.
int SharedDir::open_by_components(const std::string& rel, int flags, mode_t mode) const {
  if (rel.empty()) {
    int fd = openat(root_.get(), ".", flags, mode);
    return fd >= 0 ? fd : -errno;
  }
  UniqueFd dir(fcntl(root_.get(), F_DUPFD_CLOEXEC, 0));
  if (!dir.valid()) return -errno;
  size_t start = 0;
  for (;;) {
    size_t slash = rel.find('/', start);
    std::string name = rel.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (name.empty() || name == "." || name == "..") return -EINVAL;
    if (slash == std::string::npos) {
      int fd = openat(dir.get(), name.c_str(), flags, mode);
      return fd >= 0 ? fd : -errno;
    }
    int next = openat(dir.get(), name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (next < 0) return -errno;
    dir.reset(next);
    start = slash + 1;
  }
}

}  // namespace rvisor::host
