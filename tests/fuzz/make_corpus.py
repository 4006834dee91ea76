#!/usr/bin/env python3
"""Writes the seed corpus (tests/fuzz/corpus/<target>/seed-*): well-formed rings and requests
the fuzzers mutate from. Layout as in fuzz_guest.h: 2 bytes (log2 queue size, features:
1 EVENT_IDX, 2 INDIRECT_DESC, 4 read-only disk) then guest RAM from 0x1000: descriptor table
at +0, driver ring at +256, device ring at +512, buffers from +1024."""
import os, struct

BASE = 0x1000
here = os.path.dirname(os.path.abspath(__file__))

def ram(descs, heads, extra=()):
    m = bytearray(2048)
    for i, (addr, ln, flags, nxt) in enumerate(descs):
        struct.pack_into("<QIHH", m, 16 * i, addr, ln, flags, nxt)
    struct.pack_into("<HH", m, 256, 0, len(heads))
    for i, h in enumerate(heads):
        struct.pack_into("<H", m, 260 + 2 * i, h)
    for off, data in extra:
        m[off:off + len(data)] = data
    return bytes(m)

NEXT, WRITE, INDIRECT = 1, 2, 4
def blk_header(t, sector):
    return struct.pack("<IIQ", t, 0, sector)

blk_read = ram([(BASE + 1024, 16, NEXT, 1), (BASE + 1100, 512, WRITE | NEXT, 2), (BASE + 1700, 1, WRITE, 0)], [0],
               [(1024, blk_header(0, 1))])
blk_write = ram([(BASE + 1024, 16, NEXT, 1), (BASE + 1100, 512, NEXT, 2), (BASE + 1700, 1, WRITE, 0)], [0],
                [(1024, blk_header(1, 3))])
blk_discard = ram([(BASE + 1024, 16, NEXT, 1), (BASE + 1100, 16, NEXT, 2), (BASE + 1700, 1, WRITE, 0)], [0],
                  [(1024, blk_header(11, 0)), (1100, struct.pack("<QII", 2, 4, 0))])
blk_getid = ram([(BASE + 1024, 16, NEXT, 1), (BASE + 1100, 20, WRITE | NEXT, 2), (BASE + 1700, 1, WRITE, 0)], [0],
                [(1024, blk_header(8, 0))])
# The same read through an indirect table at +1800.
table = b"".join(struct.pack("<QIHH", *d) for d in
                 [(BASE + 1024, 16, NEXT, 1), (BASE + 1100, 512, WRITE | NEXT, 2), (BASE + 1700, 1, WRITE, 0)])
blk_indirect = ram([(BASE + 1800, 48, INDIRECT, 0)], [0], [(1024, blk_header(0, 2)), (1800, table)])
rng = ram([(BASE + 1024, 64, WRITE, 0), (BASE + 1100, 32, WRITE | NEXT, 2), (BASE + 1200, 32, WRITE, 0)], [0, 1])
console = ram([(BASE + 1024, 12, 0, 0), (BASE + 1100, 5, NEXT, 2), (BASE + 1200, 3, 0, 0)], [0, 1],
              [(1024, b"hello, hvc0\n"), (1100, b"abcde"), (1200, b"fgh")])

def write(target, seeds):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for i, s in enumerate(seeds):
        with open(os.path.join(d, f"seed-{i}"), "wb") as f:
            f.write(s)

def q(features, r):
    return bytes([3, features]) + r

write("blk", [q(0, blk_read), q(1, blk_write), q(0, blk_discard), q(0, blk_getid), q(2, blk_indirect), q(4, blk_write)])
write("rng", [q(0, rng), q(1, rng)])
write("console", [q(0, console), q(1, console)])
write("queue", [q(0, blk_read), q(3, blk_indirect), q(1, rng), q(0, console)])

# The transport: register writes bringing queue 0 up, then a notify, then RAM (a blk read).
def access(offset, value, write=True, width=4):
    code = {4: 0, 1: 1, 2: 2, 8: 3}[width]
    return bytes([(1 if write else 0) | ((offset & 3) << 2) | (code << 4), offset >> 2]) + struct.pack("<I", value)

def bring_up(features_lo=0, device=0):
    seq = [access(0x70, 1), access(0x70, 3), access(0x24, 0), access(0x20, features_lo), access(0x24, 1),
           access(0x20, 1), access(0x70, 11), access(0x30, 0), access(0x38, 8), access(0x80, BASE),
           access(0x90, BASE + 256), access(0xa0, BASE + 512), access(0x44, 1), access(0x70, 15), access(0x50, 0),
           access(0x60, 0, False), access(0x64, 1), access(0x100, 0, False, 8), access(0xfc, 0, False), access(0x70, 0)]
    return bytes([device << 6 | len(seq)]) + b"".join(seq)

write("transport", [bring_up() + blk_read, bring_up(1 << 29) + blk_write, bring_up(1 << 28) + blk_indirect,
                    bring_up(0, 1) + rng, bring_up(1 << 29, 2) + console])
