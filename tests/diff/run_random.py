#!/usr/bin/env python3
"""Random differential testing driver: for seeds S..S+N-1, generate a program with
gen_random.py, assemble it, run it on QEMU (the reference) and on rvisor, compare the dumps.

    run_random.py --rvisor build/src/rvisor [--start S] [--seeds N] [--budget-seconds T]
                  [--jobs J] [--length L] [--keep-dir DIR]

Stops after N seeds or when the wall-time budget is spent (seeds not started are not
counted). Prints "N passed, M failed"; for each failing seed prints the seed and the first
differing line, and keeps the program, the ELF and both outputs in KEEP_DIR/seed-<S>/.
Exit status 0 iff nothing failed (and at least one seed ran)."""
import argparse
import concurrent.futures
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "tools"))
import difftest  # noqa: E402
import gen_random  # noqa: E402


def run_seed(args, seed, workroot):
    d = os.path.join(workroot, "seed-%d" % seed)
    os.makedirs(d, exist_ok=True)
    src = os.path.join(d, "prog.S")
    elf = os.path.join(d, "prog.elf")
    with open(src, "w") as f:
        f.write(gen_random.generate(seed, args.length))
    ok, msg = difftest.assemble(args.cc, src, elf)
    if not ok:
        return seed, "assembly failed (generator bug):\n" + msg, d
    ref, dut = difftest.run_both(args, elf)
    for tag, (rc, out) in (("qemu", ref), ("rvisor", dut)):
        with open(os.path.join(d, tag + ".txt"), "w") as f:
            f.write(out)
    return seed, difftest.compare(ref, dut), d


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rvisor", required=True)
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--cc", default="riscv64-linux-gnu-gcc")
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--budget-seconds", type=float, default=120)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--length", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--keep-dir", default="diff-random-failures")
    difftest.add_reference_args(ap)
    args = ap.parse_args()

    deadline = time.monotonic() + args.budget_seconds
    workroot = tempfile.mkdtemp(prefix="rvisor-diff-")
    passed, failed = 0, []
    seeds = iter(range(args.start, args.start + args.seeds))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        running = set()

        def submit_next():
            if time.monotonic() >= deadline:
                return False
            s = next(seeds, None)
            if s is None:
                return False
            running.add(pool.submit(run_seed, args, s, workroot))
            return True

        for _ in range(args.jobs):
            submit_next()
        while running:
            done, _ = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                running.discard(fut)
                seed, diff, d = fut.result()
                if diff is None:
                    passed += 1
                    shutil.rmtree(d, ignore_errors=True)
                else:
                    keep = os.path.join(args.keep_dir, "seed-%d" % seed)
                    shutil.rmtree(keep, ignore_errors=True)
                    os.makedirs(args.keep_dir, exist_ok=True)
                    shutil.move(d, keep)
                    failed.append(seed)
                    print("FAIL seed %d (kept in %s):\n%s" % (seed, keep, diff), flush=True)
                submit_next()
    shutil.rmtree(workroot, ignore_errors=True)
    print("%d passed, %d failed" % (passed, len(failed)))
    if failed:
        print("failing seeds: " + " ".join(str(s) for s in sorted(failed)))
        print("reproduce: gen_random.py --seed S -o prog.S  (length %d)" % args.length)
    return 0 if (passed and not failed) else 1


if __name__ == "__main__":
    sys.exit(main())
