#!/bin/sh
# perf_map.sh RVISOR GUEST_DIR: a boot with --perf-map names its translated blocks and the
# JIT's shared code in /tmp/perf-PID.map, in perf's "START SIZE NAME" format.
set -u
rvisor=$1 g=$2
"$rvisor" run --kernel "$g/Image" --initrd "$g/initramfs.cpio.gz" --perf-map --timeout 200 \
  --append "console=ttyS0 panic=-1 quiet rvguest.run=poweroff" >/dev/null 2>&1 &
pid=$!
wait $pid
rc=$?
map=/tmp/perf-$pid.map
fail() { echo "FAIL: $*"; rm -f "$map"; exit 1; }
[ $rc -eq 0 ] || fail "rvisor exited with $rc"
[ -f "$map" ] || fail "no $map"
blocks=$(grep -cE '^[0-9a-f]+ [0-9a-f]+ guest_pa_[0-9a-f]+$' "$map")
[ "$blocks" -ge 1000 ] || fail "$blocks translated blocks named in $map"
grep -qE '^[0-9a-f]+ [0-9a-f]+ jit_block_ends$' "$map" || fail "the shared block ends are not named"
grep -qE '^[0-9a-f]+ [0-9a-f]+ jit_slow_path_trampolines$' "$map" || fail "the trampolines are not named"
bad=$(grep -cvE '^[0-9a-f]+ [0-9a-f]+ [a-z_0-9]+$' "$map")
[ "$bad" -eq 0 ] || fail "$bad malformed lines"
echo "ok: $blocks blocks and the shared code named in $map"
rm -f "$map"
