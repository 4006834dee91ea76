#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/ (run once; the files are committed)."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def msg(t, body):
    return struct.pack("<IBH", 7 + len(body), t, 1) + body


def s(text):
    b = text.encode()
    return struct.pack("<H", len(b)) + b


def walk(fid, newfid, *names):
    return msg(110, struct.pack("<IIH", fid, newfid, len(names)) + b"".join(s(n) for n in names))


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# p9: first byte 0 = writable share, 1 = read-only.
write("p9", "read_file", b"\x01" + walk(1, 2, "hello.txt") + msg(12, struct.pack("<II", 2, 0)) +
      msg(116, struct.pack("<IQI", 2, 0, 100)) + msg(24, struct.pack("<IQ", 2, 0x7ff)) + msg(120, struct.pack("<I", 2)))
write("p9", "readdir", b"\x01" + walk(1, 3) + msg(12, struct.pack("<II", 3, 0o200000)) +
      msg(40, struct.pack("<IQI", 3, 0, 200)) + msg(8, struct.pack("<I", 1)))
write("p9", "symlink_escape", b"\x01" + walk(1, 2, "up", "x") + walk(1, 4, "..", "..", "sub") +
      msg(22, struct.pack("<I", 2)))
write("p9", "create_write_rename", b"\x00" + walk(1, 2, "sub") +
      msg(14, struct.pack("<I", 2) + s("f") + struct.pack("<III", 0o102, 0o644, 0)) +
      msg(118, struct.pack("<IQI", 2, 0, 3) + b"abc") + msg(50, struct.pack("<II", 2, 0)) +
      msg(74, struct.pack("<I", 1) + s("sub") + struct.pack("<I", 1) + s("sub2")) +
      msg(74, struct.pack("<I", 1) + s("sub2") + struct.pack("<I", 1) + s("sub")) +
      msg(76, struct.pack("<I", 2) + s("f") + struct.pack("<I", 0)))
write("p9", "mkdir_symlink_setattr", b"\x00" +
      msg(72, struct.pack("<I", 1) + s("d") + struct.pack("<II", 0o755, 0)) +
      msg(16, struct.pack("<I", 1) + s("l") + s("/etc") + struct.pack("<I", 0)) +
      walk(1, 2, "hello.txt") + msg(26, struct.pack("<IIIIIQQQQQ", 2, 0x1 | 0x8 | 0x30, 0o600, 0, 0, 6, 0, 0, 0, 0)) +
      msg(76, struct.pack("<I", 1) + s("l") + struct.pack("<I", 0)) +
      msg(76, struct.pack("<I", 1) + s("d") + struct.pack("<I", 0x200)))
write("p9", "bad_lengths", b"\x01" + struct.pack("<IBH", 0xffffffff, 110, 1) + b"\x01\x00" * 8 +
      msg(100, struct.pack("<I", 4096) + b"\xff\xff"))

# net_header: 12-byte header + frame.
arp = bytes.fromhex("ffffffffffff525400123456080600010800060400015254001234560a00020f0000000000000a000202")
write("net_header", "plain_arp", bytes(12) + arp)
udp = bytearray(bytes.fromhex("525400123456525400123457080045000020000040004011000" + "00a00020f0a000202"))
udp += bytes.fromhex("1f9000350000000000000000") + b"ping"
write("net_header", "needs_csum", bytes([1, 0, 0, 0, 0, 0, 34, 0, 6, 0, 0, 0]) + bytes(udp))
write("net_header", "gso", bytes([0, 1, 54, 0, 0xb4, 5, 34, 0, 16, 0, 0, 0]) + bytes(udp))
write("net_header", "short", bytes(5))

# balloon: mode byte (0 stats, 1 inflate/deflate, 2 report), then payload.
write("balloon", "stats", b"\x00" + struct.pack("<HQHQHQ", 4, 1 << 20, 5, 1 << 30, 6, 123))
write("balloon", "inflate", b"\x01" + struct.pack("<8I", 0x80000, 0x80001, 3, 0x80002, 5, 0x7ffff, 9, 0x80040))
write("balloon", "report", b"\x02" + struct.pack("<4I", 0x800000, 256, 0x800010, 0xffffffff))
