#!/usr/bin/env bash
# tests/fuzz/run.sh build                  configure and build the fuzz targets in build-fuzz (clang)
# tests/fuzz/run.sh TARGET [SECONDS]       run fuzz_TARGET for SECONDS (default 20) on its seed
#                                          corpus (tests/fuzz/corpus/TARGET, not modified: new
#                                          inputs go to a temporary directory); fails on a crash
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${RVISOR_FUZZ_BUILD:-$root/build-fuzz}
if [ "$1" = build ]; then
  cmake -S "$here" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  exec ninja -C "$out" -j2
fi
target=$1 seconds=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cd "$work"
set +e
"$out/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  -max_len=8300 -rss_limit_mb=1024 "$work/corpus" "$here/corpus/$target" >"$work/log" 2>&1
rc=$?
set -e
grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work/log" | sed "s/^/fuzz_$target: /"
if [ $rc -ne 0 ] || ls "$work/artifacts" | grep -q .; then
  tail -60 "$work/log"
  for a in "$work"/artifacts/*; do [ -f "$a" ] && { echo "crash input (base64): $a"; base64 -w0 "$a"; echo; }; done
  echo "FAIL: fuzz_$target found a problem (exit $rc)"
  exit 1
fi
echo "ok: fuzz_$target ran ${seconds}s without a crash"
