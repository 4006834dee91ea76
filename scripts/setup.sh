#!/usr/bin/env bash
# Set up rvisor on Debian 12: install the Debian packages it needs (idempotent, and quick when
# they are already there), build it, and run the default job.
#   scripts/setup.sh              install, build (release), run the default job
#   scripts/setup.sh --deps-only  install only
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config python3            # build
  libfmt-dev libcli11-dev zlib1g-dev libfdt-dev        # libraries
  libgtest-dev libgmock-dev libbenchmark-dev           # tests and benchmarks
  gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu     # building the guest-side test programs
  qemu-system-misc device-tree-compiler                # the differential-testing reference
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
# The default job, until rvisor boots Linux: run a bare-metal program on the emulated hart.
./build/src/rvisor test-elf build/tests/cli/hello.elf
