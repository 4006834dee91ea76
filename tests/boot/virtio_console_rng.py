#!/usr/bin/env python3
"""virtio-console and virtio-rng in the reference guest.

Boots with --console virtio; the guest reads 64 bytes from /dev/hwrng and writes them (as
od hex) to /dev/hvc0, names the current hwrng, then reads a line from /dev/hvc0 and echoes
it back there. The host types the line into rvisor's stdin once the guest says it holds
/dev/hvc0 open (Linux's hvc only pulls input into an open tty: bytes sent earlier wait in
the driver until the next interrupt), and checks it all."""
import os, re, subprocess, sys, time

rvisor, guest = sys.argv[1], sys.argv[2]
cmd = ("dd if=/dev/hwrng bs=64 count=1 2>/dev/null | od -An -tx1 > /dev/hvc0; "
       "cat /sys/class/misc/hw_random/rng_current; exec 3< /dev/hvc0; echo HVC-OPEN > /dev/hvc0; "
       "read line <&3; echo got-$line > /dev/hvc0")
p = subprocess.Popen([rvisor, "run", "--kernel", f"{guest}/Image", "--initrd", f"{guest}/initramfs.cpio.gz",
                      "--append", f'console=ttyS0 console=hvc0 panic=-1 rvguest.run="{cmd}"',
                      "--console", "virtio", "--timeout", "500"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
os.set_blocking(p.stdout.fileno(), False)
out, deadline, next_send = b"", time.time() + 550, None
while p.poll() is None and time.time() < deadline:
    try:
        chunk = p.stdout.read()
        if chunk:
            out += chunk
    except BlockingIOError:
        pass
    # Whole lines only: the kernel command line (echoed in the boot log) holds these words too.
    if (re.search(rb"(?m)^HVC-OPEN\r?$", out) and not re.search(rb"(?m)^got-hvc", out)
            and (next_send is None or time.time() >= next_send)):
        try:
            p.stdin.write(b"hvc-input-42\n")
            p.stdin.flush()
        except BrokenPipeError:
            pass
        next_send = time.time() + 3
    time.sleep(0.05)
if p.poll() is None:
    p.kill()
rest = p.stdout.read() or b""
out = (out + rest).decode(errors="replace").replace("\r", "")
err = p.stderr.read().decode(errors="replace")

def fail(why):
    print(f"FAIL: {why}\n--- stdout (last 30 lines)\n" + "\n".join(out.splitlines()[-30:]) + f"\n--- stderr\n{err}")
    sys.exit(1)

if p.returncode != 0:
    fail(f"exit status {p.returncode}")
checks = [r"printk: legacy console \[hvc0\] enabled",       # the kernel's console on hvc0
          r"(?m)^virtio_rng\.0$",                          # the hwrng is the virtio one
          r"(?m)^( [0-9a-f]{2}){16}$",                     # random bytes, via hvc0
          r"(?m)^HVC-OPEN$",                               # guest output to /dev/hvc0
          r"(?m)^got-hvc-input-42$",                       # host input reached the guest over hvc0
          r"(?m)^RVGUEST-DONE rc=0 "]
for c in checks:
    if not re.search(c, out):
        fail(f"stdout lacks /{c}/")
lines = re.findall(r"(?m)^((?: [0-9a-f]{2}){16})$", out)
if len(set(lines)) < 4:
    fail("the 64 random bytes repeat: " + repr(lines))
print("ok: hvc0 output and input, virtio-rng bytes")
