#!/usr/bin/env bash
# expect.sh STATUS REGEX CMD...: run CMD; pass when it exits with STATUS and its stderr is
# exactly one line that matches the extended regex REGEX (and names no crash).
set -u
want_status=$1 pattern=$2
shift 2
err=$(mktemp)
"$@" >/dev/null 2>"$err" </dev/null
status=$?
lines=$(wc -l <"$err")
msg=$(cat "$err")
rm -f "$err"
if [ "$status" != "$want_status" ]; then
  echo "FAIL: exit status $status, expected $want_status; stderr: $msg"; exit 1
fi
if [ "$lines" != 1 ]; then
  echo "FAIL: expected one line on stderr, got $lines: $msg"; exit 1
fi
if ! grep -Eq -- "$pattern" <<<"$msg"; then
  echo "FAIL: stderr does not match /$pattern/: $msg"; exit 1
fi
echo "ok: status $status: $msg"
