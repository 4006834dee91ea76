#!/usr/bin/env bash
# Set up rvisor on Debian 12: install the Debian packages it needs (idempotent, and quick when
# they are already there), build it, build the default Debian guest, and boot it to a shell.
#   scripts/setup.sh              install, build (release), build the guest, boot it
#   scripts/setup.sh --deps-only  install only
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config python3            # build
  libfmt-dev libcli11-dev zlib1g-dev libfdt-dev libxbyak-dev  # libraries
  libslirp-dev                                         # user-mode networking (--netdev user)
  iproute2 util-linux                                  # tap tests: ip and unshare, in a private network namespace
  libgtest-dev libgmock-dev libbenchmark-dev           # tests and benchmarks
  gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu     # building the guest-side test programs
  libc6-dev-riscv64-cross                              # static glibc for them (tests/guest)
  qemu-system-misc device-tree-compiler opensbi        # QEMU reference, dtc, real firmware for --bios
  apt dpkg xz-utils cpio gzip kmod e2fsprogs debian-archive-keyring  # scripts/build-guest.sh
  clang libclang-rt-14-dev                             # libFuzzer targets (tests/fuzz)
  util-linux                                           # setpriv: the unreadable-disk test as root
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ "${1:-}" = "--deps-only" ] && exit 0

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
ninja -C build
scripts/build-guest.sh build/guest
# The default job: boot Debian's kernel to a busybox shell on this terminal. `poweroff` (or
# Ctrl-A x) ends it.
echo "setup: booting the guest; type 'poweroff' or Ctrl-A x to leave"
exec ./build/src/rvisor run --kernel build/guest/Image --initrd build/guest/initramfs.cpio.gz \
  --append 'console=ttyS0 panic=-1 rvguest.run=shell'
