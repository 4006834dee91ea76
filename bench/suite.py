#!/usr/bin/env python3
"""The benchmark suite: rvisor against qemu-system-riscv64 -M virt (TCG) on the same guest.

One command does everything: installs what is missing (scripts/setup.sh --deps-only), builds
rvisor in release mode (build-release/), builds the reference guest (build/guest), then runs
both monitors alternately, RUNS times each, on every workload:

  boot      rvguest.run=poweroff: launch to RVGUEST-READY, launch to exit (wall), host CPU
            time and peak RSS of the monitor process (wait4)
  sha256    rvguest.run=sha256 (64 MiB through busybox sha256sum)
  loop      rvguest.run=loop (1,000,000 iterations of a busybox ash loop)
  forkexec  300 x `sh -c true` from an ash loop: fork, exec, exit, wait
  disk      rvguest.run=disk on a virtio-blk disk (only if this rvisor has --drive)
  ddwrite   dd of 64 MiB from /dev/zero to the raw disk, conv=fsync (a copy of disk.ext4)
  ddread    dd of 64 MiB from the raw disk to /dev/null
  smpboot   boot to RVGUEST-READY with 1, 2 and 4 harts (rvisor --cpus N, QEMU -smp N)
  idle      a 4-hart guest sleeping: host CPU time of the monitor over 10 s, in % of one core

Workload times are host wall-clock time between the guest's RVGUEST-BEGIN and RVGUEST-END
console lines, stamped as they arrive: the guest's own clock is not a fair timer for a
monitor under test. Prints a markdown table (median, min, rvisor/QEMU ratio of medians) and
appends it to BENCHMARKS.md with the date, commit and host.

  bench/suite.py [--runs 5] [--only boot,sha256,...] [--no-build] [--rvisor-args '--engine interp']
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = ["boot", "sha256", "loop", "forkexec", "disk", "ddwrite", "ddread", "smpboot", "idle"]
SMP_HARTS = (1, 2, 4)
IDLE = 'rvguest.run="sleep 14"'
IDLE_SECONDS = 10
DISK_WORKLOADS = ("disk", "ddwrite", "ddread")
FORKEXEC = 'rvguest.run="i=0; while [ $i -lt 300 ]; do sh -c true; i=$((i+1)); done"'
DDWRITE = 'rvguest.run="dd if=/dev/zero of=/dev/vda bs=1M count=64 conv=fsync"'
DDREAD = 'rvguest.run="dd if=/dev/vda of=/dev/null bs=1M count=64"'


def sh(cmd, **kw):
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def prepare(args):
    if args.no_build:
        return
    sh(["scripts/setup.sh", "--deps-only"])
    sh(["cmake", "-S", ".", "-B", "build-release", "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"], stdout=subprocess.DEVNULL)
    sh(["ninja", "-C", "build-release", "rvisor"], stdout=subprocess.DEVNULL)
    sh(["scripts/build-guest.sh", "build/guest"], stdout=subprocess.DEVNULL)


def has_drive(rvisor):
    out = subprocess.run([rvisor, "run", "--help"], capture_output=True, text=True).stdout
    return "--drive" in out


def commands(args, workload, disk_copy, harts=None):
    g = os.path.join(ROOT, "build/guest")
    append = "console=ttyS0 panic=-1 " + {
        "boot": "rvguest.run=poweroff", "sha256": "rvguest.run=sha256", "loop": "rvguest.run=loop",
        "forkexec": FORKEXEC, "disk": "rvguest.run=disk", "ddwrite": DDWRITE, "ddread": DDREAD,
        "smpboot": "rvguest.run=poweroff", "idle": IDLE}[workload]
    harts = harts or (4 if workload == "idle" else args.cpus)
    rv = [args.rvisor, "run", *args.rvisor_args.split(), "--cpus", str(harts), "--kernel", f"{g}/Image",
          "--initrd", f"{g}/initramfs.cpio.gz", "--memory", "1G", "--append", append]
    qemu = ["qemu-system-riscv64", "-M", "virt", "-smp", str(harts), "-m", "1G", "-nographic", "-no-reboot",
            "-kernel", f"{g}/Image", "-initrd", f"{g}/initramfs.cpio.gz", "-append", append]
    if workload in DISK_WORKLOADS:
        ro = ",readonly=on" if workload == "disk" else ""
        rv += ["--drive", f"file={disk_copy},format=raw{ro}"]
        qemu += ["-drive", f"file={disk_copy},format=raw,if=none,id=hd0{ro}",
                 "-device", "virtio-blk-device,drive=hd0"]
    return {"rvisor": rv, "qemu": qemu}


def cpu_seconds(pid):
    """User + system CPU time of a running process, from /proc."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(cmd, idle_probe=False):
    """Returns {'ready', 'total', 'cpu', 'rss', 'steps': {step: host seconds}, 'idle': % of a core}.
    With idle_probe, the guest's first command step is a sleep: the monitor's CPU time is
    sampled over IDLE_SECONDS of it, a second after it began."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    ready, done_ok, begun, steps, tail, idle = None, False, {}, {}, [], None
    for raw in p.stdout:
        now = time.monotonic() - t0
        line = raw.decode("latin-1").strip()
        tail = (tail + [line])[-15:]
        if ready is None and line.startswith("RVGUEST-READY"):
            ready = now
        elif line.startswith("RVGUEST-BEGIN "):
            begun[line.split()[1]] = now
            if idle_probe and idle is None:
                time.sleep(1)
                c0 = cpu_seconds(p.pid)
                time.sleep(IDLE_SECONDS)
                idle = 100 * (cpu_seconds(p.pid) - c0) / IDLE_SECONDS
        elif line.startswith("RVGUEST-END "):
            parts = line.split()
            if parts[1] in begun and "rc=0" in parts:
                steps[parts[1]] = now - begun[parts[1]]
        elif line.startswith("RVGUEST-DONE rc=0"):
            done_ok = True
    _, status, usage = os.wait4(p.pid, 0)
    rc = os.waitstatus_to_exitcode(status)
    if rc != 0 or ready is None or not done_ok:
        sys.exit("run failed: %s exit %s, ready=%s, done=%s\n  %s" % (cmd[0], rc, ready, done_ok, "\n  ".join(tail)))
    return {"ready": ready, "total": time.monotonic() - t0, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "steps": steps, "idle": idle}


def smp_boot_rows(args, disk_copy):
    """Boot to READY with 1, 2 and 4 harts, every configuration of both monitors in turn."""
    res = {(m, n): [] for m in ("rvisor", "qemu") for n in SMP_HARTS}
    for i in range(args.runs):
        for n in SMP_HARTS:
            cmds = commands(args, "smpboot", disk_copy, harts=n)
            for m in ("rvisor", "qemu"):
                r = one_run(cmds[m])
                res[(m, n)].append(r["ready"])
                print("smpboot run %d %s %d harts: ready %.2f s" % (i + 1, m, n, r["ready"]), flush=True)
    rows = [("boot to READY, %d hart%s (s)" % (n, "s" if n > 1 else ""), res[("rvisor", n)], res[("qemu", n)])
            for n in SMP_HARTS]
    for n in SMP_HARTS[1:]:  # each monitor against itself with one hart
        rows.append(("boot to READY, %d harts / 1 hart (ratio of medians)" % n,
                     [statistics.median(res[("rvisor", n)]) / statistics.median(res[("rvisor", 1)])],
                     [statistics.median(res[("qemu", n)]) / statistics.median(res[("qemu", 1)])]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default=",".join(WORKLOADS))
    ap.add_argument("--rvisor", default=os.path.join(ROOT, "build-release/src/rvisor"))
    ap.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    ap.add_argument("--no-build", action="store_true", help="use the existing build and guest")
    ap.add_argument("--rvisor-args", default="", help="extra options for rvisor run, e.g. '--engine interp'")
    ap.add_argument("--cpus", type=int, default=1, help="harts for every workload but smpboot and idle")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    prepare(args)
    workloads = [w for w in args.only.split(",") if w]
    for w in workloads:
        if w not in WORKLOADS:
            sys.exit("unknown workload %s (choose from %s)" % (w, ", ".join(WORKLOADS)))
    if not has_drive(args.rvisor):
        for w in DISK_WORKLOADS:
            if w in workloads:
                print("skipping %s: this rvisor has no --drive yet" % w, flush=True)
                workloads.remove(w)
    tmp = tempfile.mkdtemp(prefix="rvisor-bench-")
    disk_copy = os.path.join(tmp, "disk.ext4")

    rows = []  # (label, rvisor values, qemu values)
    for w in workloads:
        if w in DISK_WORKLOADS:  # a fresh copy: ddwrite overwrites it
            shutil.copyfile(os.path.join(ROOT, "build/guest/disk.ext4"), disk_copy)
        if w == "smpboot":
            rows += smp_boot_rows(args, disk_copy)
            continue
        cmds = commands(args, w, disk_copy)
        res = {"rvisor": [], "qemu": []}
        for i in range(args.runs):  # alternate, so that drifting load hits both alike
            for m in ("rvisor", "qemu"):
                r = one_run(cmds[m], idle_probe=(w == "idle"))
                res[m].append(r)
                print("%s run %d %s: ready %.2f s, exit %.2f s, cpu %.2f s, rss %.0f MiB, idle %s, steps %s" % (
                    w, i + 1, m, r["ready"], r["total"], r["cpu"], r["rss"], r["idle"],
                    {k: round(v, 2) for k, v in r["steps"].items()}), flush=True)
        if w == "idle":
            rows.append(("idle 4-hart guest: host CPU over %d s (%% of one core)" % IDLE_SECONDS,
                         [r["idle"] for r in res["rvisor"]], [r["idle"] for r in res["qemu"]]))
            continue
        if w == "boot":
            for key, label in (("ready", "boot: launch to RVGUEST-READY (s)"), ("total", "boot: launch to exit after poweroff (s)"),
                               ("cpu", "boot: host CPU time (s)"), ("rss", "boot: peak RSS (MiB)")):
                rows.append((label, [r[key] for r in res["rvisor"]], [r[key] for r in res["qemu"]]))
        else:
            step = {"sha256": "sha256-64MiB", "loop": "loop-1000000", "forkexec": "cmd", "disk": "disk",
                    "ddwrite": "cmd", "ddread": "cmd"}[w]
            label = {"sha256": "sha256sum of 64 MiB (s)", "loop": "ash loop, 1,000,000 iterations (s)",
                     "forkexec": "300 x fork+exec of sh -c true (s)", "disk": "disk workload: mount, sha256sum -c (s)",
                     "ddwrite": "dd 64 MiB to the disk, conv=fsync (s)", "ddread": "dd 64 MiB from the disk (s)"}[w]
            vals = {m: [r["steps"].get(step) for r in res[m]] for m in res}
            if any(v is None for m in vals for v in vals[m]):
                sys.exit("%s: a run printed no RVGUEST-END %s rc=0" % (w, step))
            rows.append((label, vals["rvisor"], vals["qemu"]))
    shutil.rmtree(tmp, ignore_errors=True)

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
                     platform.machine())
    lines = ["", "## Suite: rvisor vs qemu-system-riscv64 -M virt (%s, commit %s, %s, %d cores)" % (
                 datetime.date.today(), commit, cpu_model, os.cpu_count()),
             "bench/suite.py%s: %d alternating runs each; host wall clock; Debian kernel + busybox initramfs, %d hart%s (smpboot: 1, 2, 4; idle: 4), 1 GiB." % (
                 (" --rvisor-args '%s'" % args.rvisor_args) if args.rvisor_args else "", args.runs, args.cpus,
                 "s" if args.cpus > 1 else ""),
             "", "| metric | rvisor median | rvisor min | QEMU median | QEMU min | rvisor/QEMU (median) |",
             "|---|---|---|---|---|---|"]
    for label, a, b in rows:
        lines.append("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |" % (
            label, statistics.median(a), min(a), statistics.median(b), min(b), statistics.median(a) / statistics.median(b)))
    table = "\n".join(lines) + "\n"
    print(table)
    with open(args.out, "a") as f:
        f.write(table)


if __name__ == "__main__":
    main()
