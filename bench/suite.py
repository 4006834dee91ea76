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

Workload times are host wall-clock time between the guest's RVGUEST-BEGIN and RVGUEST-END
console lines, stamped as they arrive: the guest's own clock is not a fair timer for a
monitor under test. Prints a markdown table (median, min, rvisor/QEMU ratio of medians) and
appends it to BENCHMARKS.md with the date, commit and host.

  bench/suite.py [--runs 5] [--only boot,sha256,...] [--no-build]
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
WORKLOADS = ["boot", "sha256", "loop", "forkexec", "disk"]
FORKEXEC = 'rvguest.run="i=0; while [ $i -lt 300 ]; do sh -c true; i=$((i+1)); done"'


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


def commands(args, workload, disk_copy):
    g = os.path.join(ROOT, "build/guest")
    append = "console=ttyS0 panic=-1 " + {
        "boot": "rvguest.run=poweroff", "sha256": "rvguest.run=sha256", "loop": "rvguest.run=loop",
        "forkexec": FORKEXEC, "disk": "rvguest.run=disk"}[workload]
    rv = [args.rvisor, "run", "--kernel", f"{g}/Image", "--initrd", f"{g}/initramfs.cpio.gz", "--memory", "1G",
          "--append", append]
    qemu = ["qemu-system-riscv64", "-M", "virt", "-smp", "1", "-m", "1G", "-nographic", "-no-reboot",
            "-kernel", f"{g}/Image", "-initrd", f"{g}/initramfs.cpio.gz", "-append", append]
    if workload == "disk":
        rv += ["--drive", f"file={disk_copy},format=raw,readonly=on"]
        qemu += ["-drive", f"file={disk_copy},format=raw,if=none,id=hd0,readonly=on",
                 "-device", "virtio-blk-device,drive=hd0"]
    return {"rvisor": rv, "qemu": qemu}


def one_run(cmd):
    """Returns {'ready', 'total', 'cpu', 'rss', 'steps': {step: host seconds}}."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    ready, done_ok, begun, steps, tail = None, False, {}, {}, []
    for raw in p.stdout:
        now = time.monotonic() - t0
        line = raw.decode("latin-1").strip()
        tail = (tail + [line])[-15:]
        if ready is None and line.startswith("RVGUEST-READY"):
            ready = now
        elif line.startswith("RVGUEST-BEGIN "):
            begun[line.split()[1]] = now
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
            "rss": usage.ru_maxrss / 1024, "steps": steps}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default=",".join(WORKLOADS))
    ap.add_argument("--rvisor", default=os.path.join(ROOT, "build-release/src/rvisor"))
    ap.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    ap.add_argument("--no-build", action="store_true", help="use the existing build and guest")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("--runs must be at least 1")
    prepare(args)
    workloads = [w for w in args.only.split(",") if w]
    for w in workloads:
        if w not in WORKLOADS:
            sys.exit("unknown workload %s (choose from %s)" % (w, ", ".join(WORKLOADS)))
    if "disk" in workloads and not has_drive(args.rvisor):
        print("skipping disk: this rvisor has no --drive yet", flush=True)
        workloads.remove("disk")
    tmp = tempfile.mkdtemp(prefix="rvisor-bench-")
    disk_copy = os.path.join(tmp, "disk.ext4")
    shutil.copyfile(os.path.join(ROOT, "build/guest/disk.ext4"), disk_copy)

    rows = []  # (label, rvisor values, qemu values)
    for w in workloads:
        cmds = commands(args, w, disk_copy)
        res = {"rvisor": [], "qemu": []}
        for i in range(args.runs):  # alternate, so that drifting load hits both alike
            for m in ("rvisor", "qemu"):
                r = one_run(cmds[m])
                res[m].append(r)
                print("%s run %d %s: ready %.2f s, exit %.2f s, cpu %.2f s, rss %.0f MiB, steps %s" % (
                    w, i + 1, m, r["ready"], r["total"], r["cpu"], r["rss"],
                    {k: round(v, 2) for k, v in r["steps"].items()}), flush=True)
        if w == "boot":
            for key, label in (("ready", "boot: launch to RVGUEST-READY (s)"), ("total", "boot: launch to exit after poweroff (s)"),
                               ("cpu", "boot: host CPU time (s)"), ("rss", "boot: peak RSS (MiB)")):
                rows.append((label, [r[key] for r in res["rvisor"]], [r[key] for r in res["qemu"]]))
        else:
            step = {"sha256": "sha256-64MiB", "loop": "loop-1000000", "forkexec": "cmd", "disk": "disk"}[w]
            label = {"sha256": "sha256sum of 64 MiB (s)", "loop": "ash loop, 1,000,000 iterations (s)",
                     "forkexec": "300 x fork+exec of sh -c true (s)", "disk": "disk workload: mount, sha256sum -c (s)"}[w]
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
             "bench/suite.py: %d alternating runs each; host wall clock; Debian kernel + busybox initramfs, 1 hart, 1 GiB." % args.runs,
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
