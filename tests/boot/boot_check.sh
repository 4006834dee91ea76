#!/usr/bin/env bash
# boot_check.sh --status N [--expect REGEX]... [--stderr REGEX] -- COMMAND...
# Runs COMMAND (stdin from /dev/null), then requires exit status N, every --expect regex
# (extended, per line) on stdout, and the --stderr regex on stderr. Prints the tail of the
# output on failure.
set -u
status="" expects=() err_pattern=""
while [ $# -gt 0 ]; do
  case $1 in
    --status) status=$2; shift 2 ;;
    --expect) expects+=("$2"); shift 2 ;;
    --stderr) err_pattern=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "boot_check: unknown argument $1"; exit 2 ;;
  esac
done
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" </dev/null >"$out" 2>"$err"
rc=$?
fail() {
  echo "FAIL: $*"
  echo "--- stdout (last 40 lines)"; tr -d '\r' <"$out" | tail -40
  echo "--- stderr"; cat "$err"
  exit 1
}
[ "$rc" = "$status" ] || fail "exit status $rc, expected $status"
for e in "${expects[@]}"; do
  tr -d '\r' <"$out" | grep -Eq -- "$e" || fail "stdout lacks /$e/"
done
if [ -n "$err_pattern" ]; then
  [ "$(wc -l <"$err")" = 1 ] || fail "expected one line on stderr"
  grep -Eq -- "$err_pattern" "$err" || fail "stderr lacks /$err_pattern/"
fi
echo "ok: status $rc"; tr -d '\r' <"$out" | grep -E "RVGUEST|isa" | head -20
