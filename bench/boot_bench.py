#!/usr/bin/env python3
"""Boot time, rvisor vs qemu-system-riscv64 -M virt, on the same guest and command line.

Runs both monitors alternately (RUNS each), timestamping on the host clock the moment the
guest prints RVGUEST-READY and the moment the monitor exits after poweroff; also host CPU
time and peak RSS of the monitor process. Prints a markdown table (median, min, ratio) and
appends it to BENCHMARKS.md.
  bench/boot_bench.py [--runs 5] [--guest build/guest] [--rvisor build-release/src/rvisor]"""
import argparse, datetime, os, platform, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--guest", default="build/guest")
ap.add_argument("--rvisor", default="build-release/src/rvisor")
ap.add_argument("--out", default="BENCHMARKS.md")
args = ap.parse_args()
g = args.guest
append = "console=ttyS0 panic=-1 rvguest.run=poweroff"
monitors = {
    "rvisor": [args.rvisor, "run", "--kernel", f"{g}/Image", "--initrd", f"{g}/initramfs.cpio.gz",
               "--memory", "1G", "--append", append],
    "qemu": ["qemu-system-riscv64", "-M", "virt", "-smp", "1", "-m", "1G", "-nographic", "-no-reboot",
             "-kernel", f"{g}/Image", "-initrd", f"{g}/initramfs.cpio.gz", "-append", append],
}

def one_run(cmd):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    ready = None
    done_ok = False
    for line in p.stdout:
        if ready is None and line.startswith(b"RVGUEST-READY"):
            ready = time.monotonic() - t0
        if line.startswith(b"RVGUEST-DONE rc=0"):
            done_ok = True
    _, status, usage = os.wait4(p.pid, 0)  # this process's own CPU time and peak RSS
    p.returncode = rc = os.waitstatus_to_exitcode(status)
    total = time.monotonic() - t0
    cpu = usage.ru_utime + usage.ru_stime
    if rc != 0 or ready is None or not done_ok:
        sys.exit(f"run failed: {cmd[0]} exit {rc}, ready={ready}, done={done_ok}")
    return {"ready": ready, "total": total, "cpu": cpu, "rss": usage.ru_maxrss / 1024}

results = {m: [] for m in monitors}
for i in range(args.runs):
    for m, cmd in monitors.items():
        r = one_run(cmd)
        results[m].append(r)
        print(f"run {i + 1} {m}: ready {r['ready']:.2f} s, poweroff {r['total']:.2f} s, cpu {r['cpu']:.2f} s", flush=True)

def col(m, k):
    return [r[k] for r in results[m]]

commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
lines = [f"\n## Boot: Debian kernel + busybox initramfs, rvguest.run=poweroff "
         f"({datetime.date.today()}, commit {commit}, {cpu_model}, {os.cpu_count()} cores)",
         f"{args.runs} alternating runs each; host wall clock from launch. CPU time and peak RSS are the monitor process's own (wait4).",
         "", "| metric | rvisor median | rvisor min | QEMU median | QEMU min | rvisor/QEMU (median) |", "|---|---|---|---|---|---|"]
for key, label in (("ready", "launch to RVGUEST-READY (s)"), ("total", "launch to exit after poweroff (s)"),
                   ("cpu", "host CPU time (s)"), ("rss", "peak RSS (MiB)")):
    a, b = col("rvisor", key), col("qemu", key)
    lines.append(f"| {label} | {statistics.median(a):.2f} | {min(a):.2f} | {statistics.median(b):.2f} | {min(b):.2f} | "
                 f"{statistics.median(a) / statistics.median(b):.2f} |")
table = "\n".join(lines) + "\n"
print(table)
if not os.path.exists(args.out):
    open(args.out, "w").write("# rvisor benchmarks\n\nFigures are appended by the bench/ scripts; compare ratios, not absolute times (shared, noisy machines).\n")
open(args.out, "a").write(table)
