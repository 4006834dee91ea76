#!/usr/bin/env python3
"""On a terminal, Ctrl-A x quits rvisor (status 0) and the terminal settings come back.

Runs `rvisor run ...` on a pseudo-terminal, waits until the guest prints its first line,
types Ctrl-A x, and checks the exit status and that the pty's termios equal those before."""
import os, pty, select, sys, termios, time

cmd = sys.argv[1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)
before = termios.tcgetattr(fd)
buf, deadline = b"", time.time() + 120
while b"Linux version" not in buf and time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 1)
    if r:
        try:
            buf += os.read(fd, 4096)
        except OSError:
            break
if b"Linux version" not in buf:
    sys.exit("FAIL: the guest printed nothing in 120 s")
raw = termios.tcgetattr(fd)
if raw[3] & termios.ICANON:
    sys.exit("FAIL: the terminal was not switched to raw mode")
os.write(fd, b"\x01x")
deadline = time.time() + 30
while time.time() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    try:
        select.select([fd], [], [], 0.2)
        os.read(fd, 65536)
    except OSError:
        pass
else:
    os.kill(pid, 9)
    sys.exit("FAIL: Ctrl-A x did not stop rvisor within 30 s")
code = os.waitstatus_to_exitcode(status)
after = termios.tcgetattr(fd)
if code != 0:
    sys.exit(f"FAIL: exit status {code}, expected 0")
if after != before:
    sys.exit(f"FAIL: terminal settings not restored: {before} vs {after}")
print("ok: Ctrl-A x quit with status 0 and restored the terminal")
