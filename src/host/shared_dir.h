// A host directory shared with the guest (virtio-9p). Every path the guest names is opened
// below the shared root without following any symlink on the host: the guest's 9p client
// resolves symlinks itself (Treadlink + Twalk), so the host never needs to, and no `..` or
// symlink can lead outside the root. openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS) when the
// kernel has it, else component-by-component openat(O_NOFOLLOW).
#pragma once
#include <sys/types.h>
#include <unistd.h>

#include <string>

namespace rvisor::host {

// Closes its file descriptor on destruction.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& o) noexcept : fd_(o.release()) {}
  UniqueFd& operator=(UniqueFd&& o) noexcept {
    if (this != &o) reset(o.release());
    return *this;
  }
  ~UniqueFd() { reset(); }
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int release() {
    int f = fd_;
    fd_ = -1;
    return f;
  }
  void reset(int fd = -1) {
    if (fd_ >= 0) close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

class SharedDir {
 public:
  // Throws std::runtime_error ("PATH: No such file or directory", "PATH: not a directory").
  // `use_openat2` false forces the component-by-component walk (tests exercise both).
  SharedDir(const std::string& path, bool readonly, bool use_openat2 = true);
  bool readonly() const { return readonly_; }
  // Opens `rel` ("" is the root; components separated by '/', none of them "", "." or "..")
  // with `flags` (O_NOFOLLOW and O_CLOEXEC are added). Returns the fd, or -errno: a symlink
  // in a directory position gives -ELOOP or -ENOTDIR; a trailing symlink with O_PATH gives
  // the link itself, without O_PATH -ELOOP.
  int open(const std::string& rel, int flags, mode_t mode = 0) const;

 private:
  int open_by_components(const std::string& rel, int flags, mode_t mode) const;
  UniqueFd root_;
  bool readonly_;
  mutable bool use_openat2_;  // cleared on the first ENOSYS
};

}  // namespace rvisor::host
