#!/usr/bin/env python3
"""Boots of the reference guest that exercise rvisor's virtio-net, virtio-9p and
virtio-balloon devices against real host resources, and check both sides.

  virtio_guest.py net RVISOR GUEST_DIR       HTTP fetch through slirp + a hostfwd round trip, and
                                             ping over a tap (run it under `unshare -rn`: it makes
                                             the tap in that private network namespace only)
  virtio_guest.py share RVISOR GUEST_DIR     a read-only and a writable 9p share
  virtio_guest.py balloon RVISOR GUEST_DIR   inflation lowers MemFree; freed pages lower host RSS
  virtio_guest.py zero_pages RVISOR GUEST_DIR   pages the guest zeroes go back to the host

Every network address used is the loopback, slirp's private 10.0.2.0/24, or 10.9.0.0/24 on a
tap inside a network namespace the test runs in.
Exit status 0 when every check passed; otherwise the failed check and the console tail.
"""
import hashlib
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

CMDLINE = "console=ttyS0 panic=-1 quiet"
BOOT_TIMEOUT = 240  # seconds of wall time for one boot, well above the ~30 s it takes


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Guest:
    """rvisor running the guest; console lines are collected by a reader thread."""

    def __init__(self, rvisor, guest_dir, command, extra_args, memory="1G", append=""):
        append = f'{CMDLINE} {append} rvguest.run=". /etc/rvguest/workloads.sh; {command}"'
        self.args = [rvisor, "run", "--kernel", f"{guest_dir}/Image", "--initrd", f"{guest_dir}/initramfs.cpio.gz",
                     "--memory", memory, "--timeout", str(BOOT_TIMEOUT - 20), "--append", append] + extra_args
        self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.lines = []
        self.eof = False  # the reader has seen the end of the console output
        self.cv = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.proc.stdout:
            with self.cv:
                self.lines.append(raw.decode(errors="replace").rstrip("\r\n"))
                self.cv.notify_all()
        with self.cv:
            self.eof = True
            self.cv.notify_all()

    def wait_for(self, pattern, timeout=BOOT_TIMEOUT):
        """The first console line matching `pattern` (a regex), or None."""
        deadline = time.monotonic() + timeout
        rx = re.compile(pattern)
        with self.cv:
            while True:
                for line in self.lines:
                    m = rx.search(line)
                    if m:
                        return m
                left = deadline - time.monotonic()
                if left <= 0 or self.eof:
                    return None
                self.cv.wait(min(left, 0.5))

    def finish(self):
        try:
            rc = self.proc.wait(timeout=BOOT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.stderr = self.proc.stderr.read().decode(errors="replace")
        return rc

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def fail(guest, why):
    print(f"FAIL: {why}")
    print("--- command:", " ".join(guest.args))
    print("--- console (last 40 lines)")
    print("\n".join(guest.lines[-40:]))
    if guest.proc.poll() is None:
        guest.proc.kill()
    print("--- stderr")
    print(guest.proc.stderr.read().decode(errors="replace"))
    sys.exit(1)


def expect_done(guest, rc_pattern="0"):
    if not guest.wait_for(rf"^RVGUEST-DONE rc={rc_pattern} "):
        fail(guest, f"no RVGUEST-DONE rc={rc_pattern}")
    rc = guest.finish()
    if rc != 0:
        fail(guest, f"rvisor exited with {rc}")


def in_private_netns():
    """True in a fresh network namespace: its only interface is lo."""
    out = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True).stdout
    names = [line.split(":")[1].strip().split("@")[0] for line in out.splitlines() if ":" in line]
    return names == ["lo"]


def make_tap():
    """rvtap0 with 10.9.0.1/24, and lo up, in this (private) network namespace."""
    if not in_private_netns():
        print("FAIL: run the net test in a network namespace of its own (unshare -rn); "
              "it creates a tap interface and must not touch the host's network")
        sys.exit(1)
    for cmd in (["ip", "link", "set", "lo", "up"], ["ip", "tuntap", "add", "rvtap0", "mode", "tap"],
                ["ip", "addr", "add", "10.9.0.1/24", "dev", "rvtap0"], ["ip", "link", "set", "rvtap0", "up"]):
        if subprocess.run(cmd).returncode != 0:
            print(f"FAIL: {' '.join(cmd)}")
            sys.exit(1)


def test_net(rvisor, guest_dir):
    make_tap()
    www = tempfile.mkdtemp(prefix="rvisor-www-")
    payload = os.urandom(300_000)
    with open(os.path.join(www, "file.bin"), "wb") as f:
        f.write(payload)
    want = hashlib.sha256(payload).hexdigest()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=www, **k)

        def log_message(self, *a):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    fwd = free_port()
    guest = Guest(rvisor, guest_dir,
                  f"wl_net && wget -q -O /tmp/f http://10.0.2.2:{port}/file.bin && sha256sum /tmp/f && "
                  "ip link set eth1 up && ip addr add 10.9.0.2/24 dev eth1 && ping -c 2 -W 10 10.9.0.1 && "
                  "echo RVGUEST-LISTEN && echo pong-from-guest | nc -l -p 8080",
                  ["--netdev", f"user,hostfwd=tcp:127.0.0.1:{fwd}-:8080",
                   "--netdev", "tap,ifname=rvtap0,mac=52:54:00:12:34:57"])
    try:
        if not guest.wait_for(r"lease of 10\.0\.2\.15 obtained"):
            fail(guest, "no DHCP lease from slirp")
        m = guest.wait_for(r"^([0-9a-f]{64})  /tmp/f")
        if not m or m.group(1) != want:
            fail(guest, f"the guest's copy does not have sha256 {want}")
        if not guest.wait_for(r"^2 packets transmitted, 2 packets received"):
            fail(guest, "no ping replies from 10.9.0.1 over the tap")
        if not guest.wait_for(r"^RVGUEST-LISTEN"):
            fail(guest, "the guest did not start listening")
        # Through the forward: until the guest's nc is listening, slirp resets the connection.
        reply = b""
        for _ in range(40):
            try:
                with socket.create_connection(("127.0.0.1", fwd), timeout=5) as s:
                    s.sendall(b"ping-from-host\n")
                    s.settimeout(10)
                    while b"pong-from-guest" not in reply:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        reply += chunk
            except OSError:
                pass
            if b"pong-from-guest" in reply:
                break
            time.sleep(0.5)
        if b"pong-from-guest" not in reply:
            fail(guest, f"no reply through hostfwd 127.0.0.1:{fwd} -> guest:8080")
        if not guest.wait_for(r"^ping-from-host"):
            fail(guest, "the guest did not receive the host's line through hostfwd")
        expect_done(guest)
    finally:
        httpd.shutdown()
        shutil.rmtree(www)
    print(f"ok: fetched {len(payload)} bytes through slirp (sha256 {want[:16]}...), hostfwd round trip, "
          "ping over the tap")


def test_share(rvisor, guest_dir):
    base = tempfile.mkdtemp(prefix="rvisor-9p-")
    ro, rw = os.path.join(base, "ro"), os.path.join(base, "rw")
    os.makedirs(ro)
    os.makedirs(rw)
    with open(os.path.join(ro, "hello.txt"), "w") as f:
        f.write("read-only text from the host\n")
    with open(os.path.join(base, "secret.txt"), "w") as f:
        f.write("outside every share\n")
    os.symlink("../secret.txt", os.path.join(ro, "escape"))
    cmd = ("mount_share ro /mnt/ro && mount_share rw /mnt/rw && cat /mnt/ro/hello.txt && "
           "if echo x > /mnt/ro/new.txt; then echo RO-WRITE-ALLOWED; else echo RO-WRITE-REFUSED; fi; "
           "if cat /mnt/ro/escape; then echo ESCAPED; else echo ESCAPE-BLOCKED; fi; "
           "echo written-by-guest > /mnt/rw/out.txt && mkdir /mnt/rw/dir && mv /mnt/rw/out.txt /mnt/rw/dir/moved.txt && "
           "ln -s moved.txt /mnt/rw/dir/link && echo gone > /mnt/rw/gone.txt && rm /mnt/rw/gone.txt && "
           "cat /mnt/rw/dir/link && ls /mnt/rw/dir && sync && umount /mnt/rw && echo RW-DONE")
    guest = Guest(rvisor, guest_dir, cmd, ["--share", f"{ro},tag=ro", "--share", f"{rw},tag=rw,readonly=off"])
    try:
        if not guest.wait_for(r"^read-only text from the host$"):
            fail(guest, "the guest could not read hello.txt from the read-only share")
        if not guest.wait_for(r"^RO-WRITE-REFUSED$"):
            fail(guest, "writing to the read-only share was not refused")
        if not guest.wait_for(r"^ESCAPE-BLOCKED$") or guest.wait_for(r"outside every share", timeout=0):
            fail(guest, "a symlink led out of the share")
        if not guest.wait_for(r"^RW-DONE$"):
            fail(guest, "file operations on the writable share failed")
        expect_done(guest)
        moved = os.path.join(rw, "dir", "moved.txt")
        if not os.path.isfile(moved) or open(moved).read() != "written-by-guest\n":
            fail(guest, f"{moved} is missing or wrong on the host")
        if os.readlink(os.path.join(rw, "dir", "link")) != "moved.txt":
            fail(guest, "the guest's symlink is wrong on the host")
        if os.path.exists(os.path.join(rw, "gone.txt")) or os.path.exists(os.path.join(ro, "new.txt")):
            fail(guest, "a removed file remains, or the read-only share was written")
    finally:
        shutil.rmtree(base)
    print("ok: read-only share read and refused writes; writable share created, renamed, linked, removed")


def meminfo_kib(guest, key, tag):
    m = guest.wait_for(rf"^{tag} {key}: +(\d+) kB")
    if not m:
        fail(guest, f"no {tag} {key} line")
    return int(m.group(1))


def test_balloon(rvisor, guest_dir):
    # 512 MiB guest, balloon of 256 MiB: MemFree must drop below 256 MiB, and rvisor must not
    # hold the ballooned pages. Then the guest
    # dirties 160 MiB of tmpfs and frees it; free page reporting hands it back to the host,
    # so rvisor's RSS falls again.
    cmd = ("sleep 1; grep -E 'MemTotal|MemFree' /proc/meminfo | sed 's/^/BALLOONED /'; "
           "dd if=/dev/zero of=/tmp/fill bs=1M count=160 2>/dev/null; echo RVGUEST-FILLED; sleep 3; "
           "rm /tmp/fill; echo RVGUEST-FREED; sleep 7; echo RVGUEST-SETTLED")
    # Without the zero-page reclaimer: it would give back the zero pages this test counts on.
    guest = Guest(rvisor, guest_dir, cmd, ["--balloon", "size=256M", "--zero-reclaim-ms", "0"], memory="512M",
                  append="init_on_alloc=1")
    total = meminfo_kib(guest, "MemTotal", "BALLOONED")
    free = meminfo_kib(guest, "MemFree", "BALLOONED")
    if free >= 256 * 1024:
        fail(guest, f"MemFree is {free} kB with a 256 MiB balloon in a 512 MiB guest")
    # init_on_alloc=1: the guest zeroes every page it puts in the balloon, so had rvisor kept
    # them, its RSS would exceed the balloon's 256 MiB on their account alone.
    ballooned = guest.rss_kib()
    if ballooned >= 256 * 1024:
        fail(guest, f"host RSS is {ballooned} kB with 256 MiB in the balloon: inflated pages were not released")
    if not guest.wait_for(r"^RVGUEST-FILLED"):
        fail(guest, "the guest did not fill its tmpfs")
    time.sleep(1)
    filled = guest.rss_kib()
    if not guest.wait_for(r"^RVGUEST-SETTLED"):
        fail(guest, "the guest did not settle")
    settled = guest.rss_kib()
    expect_done(guest)
    if filled - settled < 64 * 1024:
        fail(guest, f"host RSS went from {filled} kB to {settled} kB after the guest freed 160 MiB")
    print(f"ok: guest MemTotal {total} kB, MemFree {free} kB, host RSS {ballooned} kB with the balloon; "
          f"host RSS {filled} kB -> {settled} kB after freeing")


def test_zero_pages(rvisor, guest_dir):
    # The guest writes 96 MiB of zeros into its tmpfs: rvisor gives those pages back (it
    # looks every 100 ms), so its RSS hardly grows; the file still reads back as zeros.
    cmd = ("sleep 1; echo RVGUEST-BEFORE; dd if=/dev/zero of=/tmp/fill bs=1M count=96 2>/dev/null; "
           "echo RVGUEST-FILLED; sleep 2; sha256sum < /tmp/fill | sed 's/^/ZEROSUM /'; "
           "head -c 100663296 /dev/zero | sha256sum | sed 's/^/WANTSUM /'")
    guest = Guest(rvisor, guest_dir, cmd, [], memory="512M")
    if not guest.wait_for(r"^RVGUEST-BEFORE"):
        fail(guest, "the guest did not start its workload")
    before = guest.rss_kib()
    if not guest.wait_for(r"^RVGUEST-FILLED"):
        fail(guest, "the guest did not fill its tmpfs")
    time.sleep(1)
    filled = guest.rss_kib()
    got = guest.wait_for(r"^ZEROSUM (\w+)")
    want = guest.wait_for(r"^WANTSUM (\w+)")
    if not got or not want:
        fail(guest, "no checksums from the guest")
    expect_done(guest)
    if got.group(1) != want.group(1):
        fail(guest, f"the zero-filled file reads back as {got.group(1)}, not {want.group(1)}")
    if filled - before > 32 * 1024:
        fail(guest, f"host RSS went from {before} kB to {filled} kB after the guest wrote 96 MiB of zeros")
    print(f"ok: host RSS {before} kB -> {filled} kB after 96 MiB of zeros; the file reads back as zeros")


if __name__ == "__main__":
    tests = {"net": test_net, "share": test_share, "balloon": test_balloon, "zero_pages": test_zero_pages}
    if len(sys.argv) != 4 or sys.argv[1] not in tests:
        print(__doc__)
        sys.exit(2)
    tests[sys.argv[1]](sys.argv[2], sys.argv[3])
