#!/usr/bin/env bash
# CPU benchmark: rvisor's interpreter vs qemu-system-riscv64 -M spike (TCG) on bench/loop.S.
# Builds rvisor in release mode, runs both monitors alternately (RUNS each, default 5), checks
# that both print the same checksum, and appends a table (median, min, ratio) to BENCHMARKS.md.
# Also records callgrind's host-instruction count per guest instruction (a noise-free figure).
#   bench/cpu_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scripts/setup.sh --deps-only
for tool in valgrind bc; do
  command -v $tool >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq $tool; }
done
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build-release rvisor bench_programs >/dev/null
rvisor=build-release/src/rvisor
elf=build-release/bench/loop.elf
qemu=(qemu-system-riscv64 -M spike -bios none -nographic -monitor none -kernel "$elf")

now() { date +%s.%N; }
insns=$("$rvisor" test-elf --stats --max-insns 10000000000 "$elf" 2>&1 >/dev/null | sed -n 's/.*instructions retired: //p')
expected=$("${qemu[@]}" </dev/null | tr -d '\r')
rv_times=() q_times=()
for ((i = 0; i < runs; i++)); do
  t0=$(now); out=$("$rvisor" test-elf --max-insns 10000000000 "$elf"); t1=$(now)
  [ "$out" = "$expected" ] || { echo "checksum mismatch: rvisor '$out' vs qemu '$expected'"; exit 1; }
  rv_times+=("$(echo "$t1 - $t0" | bc -l)")
  t0=$(now); "${qemu[@]}" </dev/null >/dev/null; t1=$(now)
  q_times+=("$(echo "$t1 - $t0" | bc -l)")
done
stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f", m, a[1]}'; }
read -r rv_med rv_min <<<"$(stats "${rv_times[@]}")"
read -r q_med q_min <<<"$(stats "${q_times[@]}")"

# callgrind counts host instructions exactly; the difference between 20000 iterations and one
# removes start-up, leaving the interpreter's cost per guest instruction.
count_insns() { "$rvisor" test-elf --stats "$1" 2>&1 >/dev/null | sed -n 's/.*instructions retired: //p'; }
count_host() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$rvisor" test-elf "$1" 2>&1 >/dev/null |
               sed -n 's/.*Collected : //p' | tr -d ,; }
small=build-release/bench/loop_small.elf tiny=build-release/bench/loop_tiny.elf
guest_delta=$(( $(count_insns "$small") - $(count_insns "$tiny") ))
host_delta=$(( $(count_host "$small") - $(count_host "$tiny") ))

mips() { echo "$insns / $1 / 1000000" | bc -l | xargs printf '%.0f'; }
host=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
table=$(cat <<EOT

## CPU: bench/loop.S ($(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), ${host}, $(nproc) cores)
Guest instructions per run: ${insns}; ${runs} alternating runs each; wall time in seconds.

| monitor | median s | min s | median MIPS | rvisor/QEMU (median) |
|---|---|---|---|---|
| rvisor (interpreter) | ${rv_med} | ${rv_min} | $(mips "$rv_med") | $(echo "$rv_med / $q_med" | bc -l | xargs printf '%.2f') |
| qemu-system-riscv64 -M spike (TCG) | ${q_med} | ${q_min} | $(mips "$q_med") | 1.00 |

callgrind: ${host_delta} host instructions for ${guest_delta} guest instructions (loop_small.elf minus loop_tiny.elf: start-up excluded) = $(echo "$host_delta / $guest_delta" | bc -l | xargs printf '%.1f') per guest instruction.
EOT
)
echo "$table"
[ -f BENCHMARKS.md ] || printf '# rvisor benchmarks\n\nFigures are appended by the bench/ scripts; compare ratios, not absolute times (shared, noisy machines).\n' > BENCHMARKS.md
echo "$table" >> BENCHMARKS.md
