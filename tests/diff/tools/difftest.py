#!/usr/bin/env python3
"""Differential testing helpers: assemble a tests/diff program, run it on rvisor and on QEMU,
compare the state dumps (see tests/diff/dump.h) line by line.

As a command: difftest.py --rvisor R --qemu Q --cc CC --workdir D PROG.S
exits 0 when both runs exit 0 and print the same dump, 1 otherwise (showing the first
differing line).

With --ref interp the reference is rvisor's own interpreter (--engine interp) instead of
QEMU, and --dut-args picks the engine under test (default: the JIT translating every block
on its first run), so the JIT is checked against the interpreter on the same programs."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIFF_DIR = os.path.dirname(HERE)
ISA_COMMON = os.path.join(os.path.dirname(DIFF_DIR), "isa", "common")
MARCH = "rv64gc_zba_zbb_zbs_zicsr_zifencei"


def assemble(cc, src, elf):
    """Assemble+link src into elf; returns (ok, compiler messages)."""
    cmd = [cc, "-march=" + MARCH, "-mabi=lp64d", "-nostdlib", "-nostartfiles", "-static",
           "-Wl,--build-id=none", "-Wl,--no-warn-rwx-segments", "-I" + DIFF_DIR,
           "-T", os.path.join(ISA_COMMON, "link.ld"), src, "-o", elf]
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode == 0, p.stderr


def _run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        out = p.stdout.decode("latin-1")
        return p.returncode, out
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("latin-1")
        return "timeout", out


def run_rvisor(rvisor, elf, timeout=60, max_insns=None, extra=()):
    cmd = [rvisor, "test-elf", *extra, elf]
    if max_insns:
        cmd[2:2] = ["--max-insns", str(max_insns)]
    return _run(cmd, timeout)


def run_qemu(qemu, elf, timeout=60):
    return _run([qemu, "-M", "spike", "-bios", "none", "-nographic", "-monitor", "none",
                 "-kernel", elf], timeout)


def compare(ref, dut):
    """ref/dut: (exit, output). Returns None if equal, else a human-readable message."""
    (rc_ref, out_ref), (rc_dut, out_dut) = ref, dut
    la, lb = out_ref.splitlines(), out_dut.splitlines()
    msgs = []
    if rc_ref != 0:
        msgs.append("reference exit status %s (expected 0)" % rc_ref)
    if rc_dut != 0:
        msgs.append("run under test: exit status %s (expected 0)" % rc_dut)
    for i in range(max(len(la), len(lb))):
        a = la[i] if i < len(la) else "<missing>"
        b = lb[i] if i < len(lb) else "<missing>"
        if a != b:
            ndiff = sum(1 for j in range(max(len(la), len(lb)))
                        if (la[j] if j < len(la) else None) != (lb[j] if j < len(lb) else None))
            msgs.append("first difference at line %d (%d differing lines):\n  reference:  %s\n  under test: %s"
                        % (i + 1, ndiff, a, b))
            break
    if not la and rc_ref == 0:
        msgs.append("the reference printed nothing")
    return "\n".join(msgs) if msgs else None


DEFAULT_DUT_ARGS = "--engine jit --jit-threshold 1"


def add_reference_args(ap):
    ap.add_argument("--ref", choices=["qemu", "interp"], default="qemu",
                    help="reference: QEMU, or rvisor's interpreter")
    ap.add_argument("--dut-args", default=None,
                    help="extra rvisor test-elf options for the run under test (with --ref interp: '%s')"
                    % DEFAULT_DUT_ARGS)


def run_both(args, elf):
    dut_args = args.dut_args if args.dut_args is not None else (DEFAULT_DUT_ARGS if args.ref == "interp" else "")
    if args.ref == "interp":
        ref = run_rvisor(args.rvisor, elf, args.timeout, extra=["--engine", "interp"])
    else:
        ref = run_qemu(args.qemu, elf, args.timeout)
    dut = run_rvisor(args.rvisor, elf, args.timeout, extra=dut_args.split())
    return ref, dut


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rvisor", required=True)
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--cc", default="riscv64-linux-gnu-gcc")
    ap.add_argument("--workdir", default=".")
    ap.add_argument("--timeout", type=float, default=60)
    add_reference_args(ap)
    ap.add_argument("prog")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    name = os.path.splitext(os.path.basename(args.prog))[0]
    elf = os.path.join(args.workdir, name + ".elf")
    ok, msg = assemble(args.cc, args.prog, elf)
    if not ok:
        print("assembly failed:\n" + msg)
        return 1
    ref, dut = run_both(args, elf)
    for tag, (rc, out) in (("qemu", ref), ("rvisor", dut)):
        with open(os.path.join(args.workdir, "%s.%s.txt" % (name, tag)), "w") as f:
            f.write(out)
    diff = compare(ref, dut)
    if diff:
        print("%s: MISMATCH\n%s\noutputs in %s/%s.{qemu,rvisor}.txt" % (name, diff, args.workdir, name))
        return 1
    print("%s: %d lines identical" % (name, len(ref[1].splitlines())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
