#!/usr/bin/env bash
# unreadable_drive.sh RVISOR KERNEL: an image the user may not read is refused (status 2, one
# line), and one that is only readable suggests readonly=on. As root, permissions do not
# apply, so rvisor then runs as nobody (setpriv, util-linux).
set -u
rvisor=$1 kernel=$2
expect=$(dirname "$0")/../cli/expect.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
truncate -s 1M "$tmp/none.img" "$tmp/ro.img"
chmod 000 "$tmp/none.img"
chmod 444 "$tmp/ro.img"
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid 65534 --regid 65534 --clear-groups)
"$expect" 2 "none.img: Permission denied$" "${as_user[@]}" "$rvisor" run --kernel "$kernel" --drive "file=$tmp/none.img" || exit 1
"$expect" 2 "ro.img: Permission denied \\(readonly=on opens it read-only\\)$" \
  "${as_user[@]}" "$rvisor" run --kernel "$kernel" --drive "file=$tmp/ro.img" || exit 1
