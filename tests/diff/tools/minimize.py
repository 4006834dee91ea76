#!/usr/bin/env python3
"""Shrink a failing random seed: binary-search the shortest --length of gen_random.py for
which rvisor and QEMU disagree, then show the instruction group that introduced the
difference (the lines of length L that are not in length L-1) and the first differing line.

    minimize.py --rvisor build/src/rvisor --seed S [--length L] [--workdir DIR]

Relies on gen_random.py producing, for a shorter length, a prefix of the same program."""
import argparse
import difflib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import difftest  # noqa: E402
import gen_random  # noqa: E402


def check(args, length):
    src = os.path.join(args.workdir, "min-%d.S" % length)
    elf = src[:-2] + ".elf"
    with open(src, "w") as f:
        f.write(gen_random.generate(args.seed, length))
    ok, msg = difftest.assemble(args.cc, src, elf)
    if not ok:
        raise SystemExit("assembly failed: " + msg)
    ref = difftest.run_qemu(args.qemu, elf, args.timeout)
    dut = difftest.run_rvisor(args.rvisor, elf, args.timeout)
    return difftest.compare(ref, dut)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rvisor", required=True)
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--cc", default="riscv64-linux-gnu-gcc")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--length", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--workdir", default="diff-minimize")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    if check(args, args.length) is None:
        print("seed %d length %d does not fail" % (args.seed, args.length))
        return 1
    lo, hi = 0, args.length  # lo passes (empty program), hi fails
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if check(args, mid) is None:
            lo = mid
        else:
            hi = mid
    a = gen_random.generate(args.seed, lo).splitlines()
    b = gen_random.generate(args.seed, hi).splitlines()
    print("seed %d: first failing length %d; the group added at that length:" % (args.seed, hi))
    for line in difflib.unified_diff(a, b, lineterm="", n=0):
        if line.startswith("+") and not line.startswith("+++"):
            print("   " + line[1:])
    print(check(args, hi))
    print("program: %s" % os.path.join(args.workdir, "min-%d.S" % hi))
    return 0


if __name__ == "__main__":
    sys.exit(main())
