// Helpers shared by the 9P server's source files (p9_server.cpp: session and attributes,
// p9_io.cpp: open files, p9_dir_ops.cpp: directory entries). Internal to the server.
#pragma once
#include <fcntl.h>
#include <sys/stat.h>

#include <string>

#include "virtio/p9_wire.h"

namespace rvisor::virtio::p9::detail {

constexpr uint32_t kNoFid = 0xffffffff;
constexpr uint16_t kMaxWalkNames = 16;  // MAXWELEM
constexpr size_t kReadReplyOverhead = kHeaderSize + 4;  // header + count[4]
constexpr uint64_t kGetattrBasic = 0x7ff;

// Tsetattr valid bits.
enum : uint32_t {
  kSetMode = 1, kSetUid = 2, kSetGid = 4, kSetSize = 8, kSetAtime = 0x10, kSetMtime = 0x20,
  kSetAtimeSet = 0x80, kSetMtimeSet = 0x100,
};

inline Qid qid_from_stat(const struct stat& st) {
  Qid q;
  q.type = S_ISDIR(st.st_mode) ? kQtDir : S_ISLNK(st.st_mode) ? kQtSymlink : kQtFile;
  q.path = st.st_ino;
  return q;
}

// /proc/self/fd/N names the inode an O_PATH fd holds, wherever it is: no path lookup again.
inline std::string proc_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// 9P2000.L open flags are Linux's generic values; keep only those that are safe to pass on.
inline int host_open_flags(uint32_t flags) {
  int f = static_cast<int>(flags & 3);
  if (flags & 01000) f |= O_TRUNC;
  if (flags & 02000) f |= O_APPEND;
  if (flags & 0200) f |= O_EXCL;
  if (flags & 010000) f |= O_DSYNC;
  if (flags & 04000000) f |= O_SYNC;
  if (flags & 0200000) f |= O_DIRECTORY;
  return f | O_NONBLOCK;  // a FIFO in the share must never block the vCPU thread
}

inline bool opens_for_writing(int flags) { return (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC); }

// Permission bits the guest may set on a host file: no set-user-ID or set-group-ID, which
// would let a guest plant a privileged program on the host. (Directories keep set-group-ID,
// which only steers group inheritance.)
constexpr mode_t kFileModeMask = 01777, kDirModeMask = 03777;

}  // namespace rvisor::virtio::p9::detail
