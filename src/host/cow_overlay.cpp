#include "host/cow_overlay.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace rvisor::host {

namespace {
constexpr char kMagic[8] = {'R', 'V', 'I', 'S', 'C', 'O', 'W', '\n'};

struct Header {
  char magic[8];
  uint32_t version, cluster_bits;
  uint64_t base_size, clusters, bitmap_offset, data_offset;
};
static_assert(sizeof(Header) == 48);

uint64_t round_up(uint64_t v, uint64_t to) { return (v + to - 1) / to * to; }
}  // namespace

CowOverlay::CowOverlay(std::unique_ptr<RawFile> base, const std::string& path, bool read_only)
    : base_(std::move(base)), size_(base_->size()), clusters_((size_ + kCluster - 1) / kCluster),
      read_only_(read_only), bitmap_((clusters_ + 7) / 8), scratch_(kCluster) {
  if (path.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/rvisor-snapshot-XXXXXX";
    fd_ = mkostemp(templ.data(), O_CLOEXEC);
    if (fd_ < 0) throw DiskError(fmt::format("{}: cannot create a snapshot overlay: {}", templ, std::strerror(errno)));
    unlink(templ.c_str());  // gone at exit whatever happens
    create_header(templ);
    return;
  }
  fd_ = ::open(path.c_str(), (read_only ? O_RDONLY : O_RDWR | O_CREAT) | O_CLOEXEC, 0644);
  if (fd_ < 0) throw DiskError(fmt::format("{}: {}", path, std::strerror(errno)));
  const uint64_t file_size = require_regular_and_lock(fd_, path, read_only);
  try {
    if (file_size == 0 && !read_only)
      create_header(path);
    else
      load_header(path);
  } catch (...) {
    ::close(fd_);
    throw;
  }
}

CowOverlay::~CowOverlay() {
  if (fd_ < 0) return;
  if (bitmap_dirty_ && fdatasync(fd_) == 0) write_bitmap();
  ::close(fd_);
}

void CowOverlay::create_header(const std::string& path) {
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.cluster_bits = kClusterBits;
  h.base_size = size_;
  h.clusters = clusters_;
  h.bitmap_offset = kHeaderSize;
  h.data_offset = round_up(kHeaderSize + bitmap_.size(), kCluster);
  data_offset_ = h.data_offset;
  std::vector<uint8_t> block(kHeaderSize + bitmap_.size());
  std::memcpy(block.data(), &h, sizeof h);
  if (pwrite_all(fd_, block.data(), block.size(), 0) < 0 || ftruncate(fd_, static_cast<off_t>(data_offset_)) != 0)
    throw DiskError(fmt::format("{}: cannot write the overlay header: {}", path, std::strerror(errno)));
}

void CowOverlay::load_header(const std::string& path) {
  Header h{};
  struct stat st;
  fstat(fd_, &st);
  if (static_cast<uint64_t>(st.st_size) < kHeaderSize || pread_all(fd_, &h, sizeof h, 0) < 0 ||
      std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
    throw DiskError(fmt::format("{}: not an rvisor overlay (bad magic)", path));
  if (h.version != kVersion || h.cluster_bits != kClusterBits)
    throw DiskError(fmt::format("{}: overlay version {} with {}-bit clusters is not supported", path, h.version, h.cluster_bits));
  if (h.base_size != size_)
    throw DiskError(fmt::format("{}: overlay was made for a base of {} bytes, but the base has {}", path, h.base_size, size_));
  if (h.clusters != clusters_ || h.bitmap_offset != kHeaderSize ||
      h.data_offset != round_up(kHeaderSize + bitmap_.size(), kCluster))
    throw DiskError(fmt::format("{}: corrupt overlay header", path));
  data_offset_ = h.data_offset;
  if (pread_all(fd_, bitmap_.data(), bitmap_.size(), kHeaderSize) < 0)
    throw DiskError(fmt::format("{}: cannot read the overlay bitmap: {}", path, std::strerror(errno)));
}

void CowOverlay::allocate(uint64_t cluster) {
  bitmap_[cluster / 8] |= static_cast<uint8_t>(1u << (cluster % 8));
  bitmap_dirty_ = true;
}

int CowOverlay::write_bitmap() {
  if (int r = pwrite_all(fd_, bitmap_.data(), bitmap_.size(), kHeaderSize); r < 0) return r;
  bitmap_dirty_ = false;
  return 0;
}

int CowOverlay::read(uint64_t offset, void* buf, size_t len) {
  auto* out = static_cast<uint8_t*>(buf);
  while (len > 0) {
    const uint64_t cluster = offset / kCluster;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(len, kCluster - offset % kCluster));
    int r = allocated(cluster) ? pread_all(fd_, out, n, data_at(offset)) : base_->read(offset, out, n);
    if (r < 0) return r;
    out += n;
    offset += n;
    len -= n;
  }
  return 0;
}

int CowOverlay::write(uint64_t offset, const void* buf, size_t len) {
  if (read_only_) return -EROFS;
  auto* in = static_cast<const uint8_t*>(buf);
  while (len > 0) {
    const uint64_t cluster = offset / kCluster, start = cluster * kCluster;
    const size_t n = static_cast<size_t>(std::min<uint64_t>(len, kCluster - offset % kCluster));
    if (allocated(cluster) || n == kCluster) {
      if (int r = pwrite_all(fd_, in, n, data_at(offset)); r < 0) return r;
    } else {
      // First write to a cluster: copy it up from the base, merged with the new bytes.
      const size_t have = static_cast<size_t>(std::min<uint64_t>(kCluster, size_ - start));
      if (int r = base_->read(start, scratch_.data(), have); r < 0) return r;
      std::memcpy(scratch_.data() + (offset - start), in, n);
      if (int r = pwrite_all(fd_, scratch_.data(), have, data_at(start)); r < 0) return r;
    }
    allocate(cluster);
    in += n;
    offset += n;
    len -= n;
  }
  return 0;
}

int CowOverlay::discard(uint64_t offset, uint64_t len) {
  if (read_only_) return -EROFS;
  while (len > 0) {
    const uint64_t cluster = offset / kCluster;
    const uint64_t n = std::min<uint64_t>(len, kCluster - offset % kCluster);
    if (n == kCluster || allocated(cluster)) {
      // A hole in the overlay reads as zeros, and the bitmap bit hides the base.
      if (int r = punch_or_zero(fd_, data_at(offset), n); r < 0) return r;
      allocate(cluster);
    } else {
      static const std::vector<uint8_t> zeros(kCluster);  // write() uses scratch_ itself
      if (int r = write(offset, zeros.data(), static_cast<size_t>(n)); r < 0) return r;
    }
    offset += n;
    len -= n;
  }
  return 0;
}

int CowOverlay::flush() {
  if (read_only_) return 0;
  if (fdatasync(fd_) != 0) return -errno;  // the data first, then the bitmap that points at it
  if (!bitmap_dirty_) return 0;
  if (int r = write_bitmap(); r < 0) return r;
  return fdatasync(fd_) == 0 ? 0 : -errno;
}

std::unique_ptr<BlockBackend> open_drive(const DriveSpec& spec) {
  const bool layered = spec.snapshot || !spec.overlay.empty();
  auto base = std::make_unique<RawFile>(spec.file, spec.read_only || layered);
  if (!layered) return base;
  return std::make_unique<CowOverlay>(std::move(base), spec.snapshot ? std::string() : spec.overlay, spec.read_only);
}

}  // namespace rvisor::host
