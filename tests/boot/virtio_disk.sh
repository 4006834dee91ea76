#!/usr/bin/env bash
# virtio_disk.sh MODE RVISOR GUEST_DIR: boots the reference guest with virtio-blk disks and
# checks the result from the host side.
#   write    a copy of disk.ext4 (vda, serial set) gets /x from the guest, checked with
#            debugfs; disk.ext4 itself as vdb with readonly=on: the guest's write fails and
#            the file's sha256 is unchanged; a 1 MiB image of 0xff bytes as vdc: blkdiscard
#            (DISCARD, a hole punched) zeroes exactly the range asked for (busybox has no tool
#            for WRITE_ZEROES; the unit tests cover it)
#   overlay  disk.ext4 as the base of an overlay: the guest writes /x, the base's sha256 is
#            unchanged and has no /x, and a second boot on the same overlay sees /x
set -u
mode=$1 rvisor=$2 guest=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
base=$guest/disk.ext4
fail() {
  echo "FAIL: $*"
  [ -f "$tmp/out" ] && { echo "--- stdout (last 30 lines)"; tr -d '\r' <"$tmp/out" | tail -30; }
  [ -f "$tmp/err" ] && { echo "--- stderr"; cat "$tmp/err"; }
  exit 1
}
boot() {  # boot COMMAND DRIVE-ARGS...: run the guest command, require RVGUEST-DONE and status 0
  local cmd=$1
  shift
  "$rvisor" run --kernel "$guest/Image" --initrd "$guest/initramfs.cpio.gz" \
    --append "console=ttyS0 panic=-1 quiet rvguest.run=\"$cmd\"" "$@" --timeout 500 </dev/null >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  [ "$rc" = 0 ] || fail "rvisor exit status $rc"
  tr -d '\r' <"$tmp/out" | grep -q "^RVGUEST-DONE" || fail "no RVGUEST-DONE"
}
expect() { tr -d '\r' <"$tmp/out" | grep -Eq -- "$1" || fail "stdout lacks /$1/"; }
base_sum=$(sha256sum <"$base")

case $mode in
  write)
    cp "$base" "$tmp/copy.ext4"
    python3 -c "open('$tmp/ff.img', 'wb').write(b'\xff' * (1 << 20))"
    boot "mount /dev/vda /mnt && echo hello > /mnt/x && sync && umount /mnt && echo WRITE-DONE; echo serial=\$(cat /sys/block/vda/serial) ro=\$(cat /sys/block/vdb/ro); mkdir -p /m2; mount /dev/vdb /m2; if echo no > /m2/x; then echo RO-WRITE-OK; else echo RO-WRITE-FAILED; fi; blkdiscard -o 65536 -l 131072 /dev/vdc && echo DISCARD-DONE" \
      --drive "file=$tmp/copy.ext4,format=raw,serial=RVISOR-SN1" --drive "file=$base,format=raw,readonly=on" \
      --drive "file=$tmp/ff.img"
    expect "^WRITE-DONE$"
    expect "^serial=RVISOR-SN1 ro=1$"
    expect "^RO-WRITE-FAILED$"
    expect "^DISCARD-DONE$"
    [ "$(debugfs -R 'cat /x' "$tmp/copy.ext4" 2>/dev/null)" = hello ] || fail "debugfs does not find /x = hello in the copy"
    python3 - "$tmp/ff.img" <<'PY' || fail "the discarded/zeroed ranges of vdc are wrong"
import sys
d = open(sys.argv[1], "rb").read()
zero = set(range(65536, 196608))
bad = [i for i in range(len(d)) if d[i] != (0 if i in zero else 0xff)]
sys.exit(f"{len(bad)} wrong bytes, first at {bad[0]}" if bad else 0)
PY
    ;;
  overlay)
    boot "mount /dev/vda /mnt && echo hello > /mnt/x && sync && umount /mnt && echo WRITE-DONE" \
      --drive "file=$base,format=raw,overlay=$tmp/run.cow"
    expect "^WRITE-DONE$"
    [ -s "$tmp/run.cow" ] || fail "no overlay file"
    [ "$(sha256sum <"$base")" = "$base_sum" ] || fail "the base image changed"
    debugfs -R 'stat /x' "$base" 2>&1 | grep -q "File not found" || fail "the base image has /x"
    boot "mount -o ro /dev/vda /mnt && cat /mnt/x | sed s/^/SEEN-/" --drive "file=$base,overlay=$tmp/run.cow"
    expect "^SEEN-hello$"
    ;;
  *) fail "unknown mode $mode" ;;
esac
[ "$(sha256sum <"$base")" = "$base_sum" ] || fail "disk.ext4 changed"
echo "ok: $mode"
