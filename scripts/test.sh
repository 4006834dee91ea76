#!/usr/bin/env bash
# Run every test: installs what is missing, builds with warnings as errors, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DRVISOR_WERROR=ON
ninja -C build
scripts/build-guest.sh build/guest  # the boot tests' guest (fast when up to date)
ctest --test-dir build --output-on-failure --timeout 1200 -j"$(nproc)"  # --timeout: for any test without its own
