#include "host/raw_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace rvisor::host {

uint64_t require_regular_and_lock(int fd, const std::string& path, bool read_only) {
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw DiskError(fmt::format("{}: not a regular file", path));
  }
  if (flock(fd, (read_only ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
    ::close(fd);
    throw DiskError(fmt::format("{}: in use by another process or drive (locked)", path));
  }
  return static_cast<uint64_t>(st.st_size);
}

int pread_all(int fd, void* buf, size_t len, uint64_t offset) {
  auto* p = static_cast<uint8_t*>(buf);
  while (len > 0) {
    ssize_t n = ::pread(fd, p, len, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -errno;
    if (n == 0) {  // past the end of the file: zeros
      std::memset(p, 0, len);
      return 0;
    }
    p += n;
    len -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return 0;
}

int pwrite_all(int fd, const void* buf, size_t len, uint64_t offset) {
  auto* p = static_cast<const uint8_t*>(buf);
  while (len > 0) {
    ssize_t n = ::pwrite(fd, p, len, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -errno;
    if (n == 0) return -EIO;
    p += n;
    len -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return 0;
}

int punch_or_zero(int fd, uint64_t offset, uint64_t len) {
  if (len == 0) return 0;
  if (fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, static_cast<off_t>(offset), static_cast<off_t>(len)) == 0)
    return 0;
  if (errno != EOPNOTSUPP && errno != ENOSYS) return -errno;
  static const std::vector<uint8_t> zeros(1 << 20);
  while (len > 0) {
    size_t n = static_cast<size_t>(std::min<uint64_t>(len, zeros.size()));
    if (int r = pwrite_all(fd, zeros.data(), n, offset); r < 0) return r;
    offset += n;
    len -= n;
  }
  return 0;
}

RawFile::RawFile(const std::string& path, bool read_only) : read_only_(read_only) {
  fd_ = ::open(path.c_str(), (read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC);
  if (fd_ < 0) {
    int err = errno;
    struct stat st;
    if (err == EISDIR || (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)))
      throw DiskError(fmt::format("{}: is a directory, not a disk image", path));
    if ((err == EACCES || err == EROFS) && !read_only && access(path.c_str(), R_OK) == 0)
      throw DiskError(fmt::format("{}: {} (readonly=on opens it read-only)", path, std::strerror(err)));
    throw DiskError(fmt::format("{}: {}", path, std::strerror(err)));
  }
  size_ = require_regular_and_lock(fd_, path, read_only);
}

RawFile::~RawFile() {
  if (fd_ >= 0) ::close(fd_);
}

int RawFile::read(uint64_t offset, void* buf, size_t len) { return pread_all(fd_, buf, len, offset); }

int RawFile::write(uint64_t offset, const void* buf, size_t len) {
  if (read_only_) return -EROFS;
  return pwrite_all(fd_, buf, len, offset);
}

int RawFile::flush() {
  if (read_only_) return 0;
  return fdatasync(fd_) == 0 ? 0 : -errno;
}

int RawFile::discard(uint64_t offset, uint64_t len) {
  if (read_only_) return -EROFS;
  return punch_or_zero(fd_, offset, len);
}

int RawFile::write_zeroes(uint64_t offset, uint64_t len) { return discard(offset, len); }

}  // namespace rvisor::host
