#!/usr/bin/env python3
"""Random instruction-stream generator for rvisor differential testing (stdlib only).

    gen_random.py --seed N [--length L] [-o out.S]

Writes an assembly program (for tests/diff/dump.h) that exercises RV64IMAFDC + Zicsr +
Zifencei + Zba/Zbb/Zbs with valid encodings, plus deliberate traps. The program always
terminates and its final state is fully deterministic:

  * every integer and FP register, the scratch memory and frm are initialised from the seed;
  * x2 (sp) and x8 (s0) are fixed base registers pointing into a 1 KiB scratch region
    (sp = scratch, s0 = scratch + 512); loads/stores use those bases with aligned offsets
    that stay inside the region, so compressed forms (c.ld/c.sd/c.ldsp/...) appear too.
    Misaligned ordinary accesses are never generated (implementation-defined behaviour);
  * control flow is forward only (branches, jal, jalr, compressed jumps), plus bounded loops
    (counter register not written by the body, no branches inside);
  * FP ops use random static rounding modes (rne..rmm) and dyn, with frm changed by
    fsrm/fsrmi; sometimes frm is set to an invalid value so dyn ops trap;
  * traps (ecall, ebreak, c.ebreak, illegal encodings, illegal CSR accesses, reserved
    rounding modes, misaligned LR, loads/stores to unmapped memory) are taken by the
    recording handler of dump.h, which skips the instruction;
  * the program ends with DIFF_END: the register/CSR/trap/scratch dump.

Things deliberately NOT generated (QEMU 7.2 differs from the spec or the behaviour is
implementation-defined, so a difference would not be an rvisor bug):
  * Zicond (QEMU 7.2 lacks it);
  * misaligned AMOs (QEMU 7.2 reports cause 4, load-address-misaligned; the spec says 6)
    and misaligned SCs (QEMU 7.2 skips the alignment check when there is no reservation);
  * ctzw of a value with a zero low word and nonzero high word (QEMU 7.2 returns ctz of
    the doubleword instead of 32);
  * odd values written to mepc/sepc (bit 0 is always zero; QEMU 7.2 keeps it);
  * csrrs/csrrc to a read-only CSR with rs1 != x0 holding 0 (must trap; QEMU 7.2 doesn't);
  * misaligned ordinary loads/stores (implementation-defined; QEMU completes them);
  * cycle/time/instret reads (not deterministic), minstret writes (QEMU 7.2 counts the
    write itself), mscratch writes (the trap handler owns it);
  * wfi (QEMU sleeps until an interrupt that never comes), mret/sret, satp/mstatus writes;
  * marchid/mimpid and hypervisor CSRs (QEMU 7.2 has H and its own ids: configuration, not
    behaviour);
  * an SC whose reservation was disturbed by a store or trap in between, or an SC of a
    different size than its LR (the spec lets implementations choose).
"""
import argparse
import random
import struct
import sys

SCRATCH_BYTES = 1024
S0_OFF = 512  # s0 = scratch + S0_OFF
BASE_REGS = {2, 8}
FREE = [r for r in range(1, 32) if r not in BASE_REGS]
RMS = ["rne", "rtz", "rdn", "rup", "rmm", "dyn"]
RM_NUM = {"rne": 0, "rtz": 1, "rdn": 2, "rup": 3, "rmm": 4, "dyn": 7}

INT_SPECIAL = [0, 1, 2, 3, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff,
               0xffffffff80000000, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000,
               0xfffffffffffffffe, 0x8000000000000001, 0x00000000ffff8000, 0xff, 0x80, 0xffff,
               0x8000, 63, 64, 31, 32, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa]
D_SPECIAL = [0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
             0x3ff8000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
             0x7ff0000000000001, 0xfff4000000000abc, 0x0000000000000001, 0x000fffffffffffff,
             0x0010000000000000, 0x7fefffffffffffff, 0x43e0000000000000, 0xc3e0000000000000,
             0x43f0000000000000, 0x41e0000000000000, 0xc1e0000000000000, 0x41dfffffffc00000,
             0xc1e0000000200000, 0x41efffffffe00000, 0x3fe0000000000000, 0x4004000000000000,
             0x3fe0000000000001, 0xbfe8000000000000, 0x36a0000000000000, 0x47efffffe0000000]
S_SPECIAL = [0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000,
             0x7fc00000, 0x7f800001, 0xffa00123, 0x00000001, 0x007fffff, 0x00800000,
             0x7f7fffff, 0x4f000000, 0xcf000000, 0x5f000000, 0xdf000000, 0x5f800000,
             0x4f800000, 0x3f000000, 0x3fc00000, 0x40200000, 0xbfc00000, 0x3effffff,
             0x4effffff, 0xcf000001]


class Gen:
    def __init__(self, seed, length):
        self.r = random.Random(seed)
        self.seed = seed
        self.length = length
        self.lines = []
        self.label_no = 0
        self.pending = []  # [remaining groups, label]
        self.no_write = set()  # registers the current group must not write (loop counter)
        self.in_loop = False
        self.frm_invalid = False

    # ---------------------------------------------------------------- helpers
    def emit(self, s):
        self.lines.append("  " + s)

    def new_label(self):
        self.label_no += 1
        return ".Lr%d" % self.label_no

    def xr(self):
        """any integer register as a source"""
        return "x%d" % self.r.choice(range(0, 32))

    def xd(self):
        """a writable destination (never a base register or a protected loop counter)"""
        while True:
            r = self.r.choice(FREE + [0] * 1)
            if r not in self.no_write:
                return "x%d" % r

    def fr(self):
        return "f%d" % self.r.randrange(32)

    def rm(self):
        return self.r.choice(RMS)

    def int_value(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return r.choice(INT_SPECIAL)
        if k == 1:
            return r.randrange(-64, 64) & (2**64 - 1)
        if k == 2:  # sign-extended 32-bit
            v = r.getrandbits(32)
            return (v | (0xffffffff00000000 if v >> 31 else 0))
        return r.getrandbits(64)

    def d_value(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return r.choice(D_SPECIAL)
        if k == 1:
            return struct.unpack("<Q", struct.pack("<d", r.uniform(-1e6, 1e6)))[0]
        if k == 2:
            return struct.unpack("<Q", struct.pack("<d", float(r.randrange(-2**40, 2**40))))[0]
        if k == 3:  # NaN-boxed single
            return 0xffffffff00000000 | self.s_value()
        return r.getrandbits(64)

    def s_value(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return r.choice(S_SPECIAL)
        if k == 1:
            return struct.unpack("<I", struct.pack("<f", r.uniform(-1e4, 1e4)))[0]
        return r.getrandbits(32)

    # ---------------------------------------------------------------- instruction groups
    def g_alu(self):
        r = self.r
        op = r.choice(["add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
                       "addw", "subw", "sllw", "srlw", "sraw"])
        self.emit("%s %s, %s, %s" % (op, self.xd(), self.xr(), self.xr()))

    def g_alui(self):
        r = self.r
        op = r.choice(["addi", "slti", "sltiu", "xori", "ori", "andi", "slli", "srli", "srai",
                       "addiw", "slliw", "srliw", "sraiw", "lui", "auipc", "c.li", "c.addi"])
        if op in ("slli", "srli", "srai"):
            imm = r.randrange(64)
        elif op in ("slliw", "srliw", "sraiw"):
            imm = r.randrange(32)
        elif op in ("lui", "auipc"):
            self.emit("%s %s, 0x%x" % (op, self.xd(), r.randrange(1 << 20)))
            return
        elif op in ("c.li", "c.addi"):
            d = self.xd()
            if d == "x0":
                return
            imm = r.randrange(-32, 32)
            if op == "c.addi" and imm == 0:
                imm = 1
            self.emit("%s %s, %d" % (op, d, imm))
            return
        else:
            imm = r.choice([r.randrange(-2048, 2048), r.randrange(-16, 16), -1, 0, 2047, -2048])
        self.emit("%s %s, %s, %d" % (op, self.xd(), self.xr(), imm))

    def g_mul(self):
        op = self.r.choice(["mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
                            "mulw", "divw", "divuw", "remw", "remuw"])
        self.emit("%s %s, %s, %s" % (op, self.xd(), self.xr(), self.xr()))

    def g_bitmanip(self):
        r = self.r
        rr = ["sh1add", "sh2add", "sh3add", "add.uw", "sh1add.uw", "sh2add.uw", "sh3add.uw",
              "andn", "orn", "xnor", "max", "maxu", "min", "minu", "rol", "rolw", "ror", "rorw",
              "bclr", "bext", "binv", "bset"]
        un = ["clz", "ctz", "cpop", "clzw", "ctzw", "cpopw", "sext.b", "sext.h", "zext.h",
              "orc.b", "rev8", "zext.w"]
        imm = [("slli.uw", 64), ("rori", 64), ("roriw", 32), ("bclri", 64), ("bexti", 64),
               ("binvi", 64), ("bseti", 64)]
        k = r.randrange(3)
        if k == 0:
            self.emit("%s %s, %s, %s" % (r.choice(rr), self.xd(), self.xr(), self.xr()))
        elif k == 1:
            op = r.choice(un)
            src = self.xr()
            if op == "ctzw":
                # QEMU 7.2 bug: ctzw of a value whose low word is 0 but upper word is not
                # returns ctz of the whole doubleword (e.g. 51) instead of 32. Force a 1 into
                # the low word so QEMU's result is right.
                tmp = self.tmp_reg()
                self.emit("bseti %s, %s, %d" % (tmp, src, r.randrange(32)))
                src = tmp
            self.emit("%s %s, %s" % (op, self.xd(), src))
        else:
            op, lim = r.choice(imm)
            self.emit("%s %s, %s, %d" % (op, self.xd(), self.xr(), r.randrange(lim)))

    def addr(self, size):
        """(offset, base) for an aligned access of `size` bytes inside scratch."""
        r = self.r
        if r.random() < 0.3:
            off = r.randrange(0, SCRATCH_BYTES // size) * size
            return off, "sp"
        if r.random() < 0.4:  # small offsets favour compressed encodings
            off = r.randrange(0, min(256, SCRATCH_BYTES - S0_OFF) // size) * size
        else:
            off = r.randrange(-S0_OFF // size, (SCRATCH_BYTES - S0_OFF) // size) * size
        return off, "s0"

    def g_mem(self):
        r = self.r
        op, size = r.choice([("lb", 1), ("lh", 2), ("lw", 4), ("ld", 8), ("lbu", 1), ("lhu", 2),
                             ("lwu", 4), ("sb", 1), ("sh", 2), ("sw", 4), ("sd", 8),
                             ("flw", 4), ("fld", 8), ("fsw", 4), ("fsd", 8)])
        off, base = self.addr(size)
        if op.startswith("f"):
            reg = self.fr()
        elif op.startswith("s"):
            reg = self.xr()
        else:
            reg = self.xd()
        self.emit("%s %s, %d(%s)" % (op, reg, off, base))

    def g_fp_arith(self):
        r = self.r
        p = r.choice(["s", "d"])
        k = r.randrange(10)
        rm = self.rm()
        if k < 4:
            op = r.choice(["fadd", "fsub", "fmul", "fdiv"])
            self.emit("%s.%s %s, %s, %s, %s" % (op, p, self.fr(), self.fr(), self.fr(), rm))
        elif k < 6:
            op = r.choice(["fmadd", "fmsub", "fnmadd", "fnmsub"])
            self.emit("%s.%s %s, %s, %s, %s, %s" % (op, p, self.fr(), self.fr(), self.fr(),
                                                   self.fr(), rm))
        elif k == 6:
            self.emit("fsqrt.%s %s, %s, %s" % (p, self.fr(), self.fr(), rm))
        elif k == 7:
            op = r.choice(["fmin", "fmax", "fsgnj", "fsgnjn", "fsgnjx"])
            self.emit("%s.%s %s, %s, %s" % (op, p, self.fr(), self.fr(), self.fr()))
        else:
            op = r.choice(["feq", "flt", "fle"])
            self.emit("%s.%s %s, %s, %s" % (op, p, self.xd(), self.fr(), self.fr()))

    def g_fp_conv(self):
        r = self.r
        rm = self.rm()
        k = r.randrange(9)
        if k == 0:  # float -> int
            op = r.choice(["fcvt.w.s", "fcvt.wu.s", "fcvt.l.s", "fcvt.lu.s",
                           "fcvt.w.d", "fcvt.wu.d", "fcvt.l.d", "fcvt.lu.d"])
            self.emit("%s %s, %s, %s" % (op, self.xd(), self.fr(), rm))
        elif k == 1:  # int -> float (rounding)
            op = r.choice(["fcvt.s.w", "fcvt.s.wu", "fcvt.s.l", "fcvt.s.lu", "fcvt.d.l",
                           "fcvt.d.lu"])
            self.emit("%s %s, %s, %s" % (op, self.fr(), self.xr(), rm))
        elif k == 2:  # exact conversions: any rm field value is legal (encode with .insn)
            which = r.choice([("fcvt.d.w", 0x69, 0, True), ("fcvt.d.wu", 0x69, 1, True),
                              ("fcvt.d.s", 0x21, 0, False)])
            name, f7, sel, from_int = which
            src = self.xr() if from_int else self.fr()
            self.emit(".insn r 0x53, %d, 0x%x, %s, %s, x%d  /* %s %s */"
                      % (RM_NUM[rm], f7, self.fr(), src, sel, name, rm))
        elif k == 3:
            self.emit("fcvt.s.d %s, %s, %s" % (self.fr(), self.fr(), rm))
        elif k == 4:
            op = r.choice(["fmv.x.w", "fmv.x.d", "fclass.s", "fclass.d"])
            self.emit("%s %s, %s" % (op, self.xd(), self.fr()))
        elif k == 5:
            op = r.choice(["fmv.w.x", "fmv.d.x"])
            self.emit("%s %s, %s" % (op, self.fr(), self.xr()))
        elif k == 6:  # fcsr traffic
            op = r.choice(["frflags", "frcsr", "frrm"])
            self.emit("%s %s" % (op, self.xd()))
        elif k == 7:
            op = r.choice(["fsflags", "fscsr", "csrrs", "csrrc", "csrrwi", "csrrsi", "csrrci"])
            if op in ("fsflags", "fscsr"):
                if op == "fscsr":
                    # keep frm valid unless we are in an invalid-frm window
                    self.emit("andi t0, t0, 0x1f")
                    self.emit("fscsr %s, t0" % self.xd())
                    self.frm_invalid = False
                else:
                    self.emit("fsflags %s, %s" % (self.xd(), self.xr()))
            elif op in ("csrrs", "csrrc"):
                self.emit("%s %s, fflags, %s" % (op, self.xd(), self.xr()))
            else:
                self.emit("%s %s, fflags, %d" % (op, self.xd(), r.randrange(32)))
        else:  # dynamic rounding mode
            if not self.frm_invalid and r.random() < 0.1:
                self.emit("fsrmi %s, %d" % (self.xd(), r.randrange(5, 8)))
                self.frm_invalid = True
            else:
                self.emit("fsrmi %s, %d" % (self.xd(), r.randrange(5)))
                self.frm_invalid = False

    def g_amo(self):
        r = self.r
        p = r.choice(["w", "d"])
        size = 4 if p == "w" else 8
        off, base = self.addr(size)
        tmp = self.tmp_reg()
        if tmp is None:
            return
        self.emit("addi %s, %s, %d" % (tmp, base, off))
        order = r.choice(["", ".aq", ".rl", ".aqrl"])
        k = r.randrange(4)
        if k < 3:
            op = r.choice(["amoswap", "amoadd", "amoxor", "amoand", "amoor", "amomin", "amomax",
                           "amominu", "amomaxu"])
            self.emit("%s.%s%s %s, %s, (%s)" % (op, p, order, self.xd(), self.xr(), tmp))
        else:
            # LR ... (ALU only) ... SC of the same size: the SC must succeed. Sometimes SC to
            # a different address (must fail) or a lone SC (must fail: no reservation).
            kind = r.randrange(4)
            if kind < 3:
                d = self.xd_not(tmp)
                self.emit("lr.%s%s %s, (%s)" % (p, order, d, tmp))
                for _ in range(r.randrange(3)):
                    self.emit("add %s, %s, %s" % (self.xd_not(tmp), self.xr(), self.xr()))
            if kind == 1:
                self.emit("addi %s, %s, %d" % (tmp, tmp, size * r.choice([-2, -1, 1, 2])))
                if base == "sp" and off < 2 * size or base == "s0" and off < -S0_OFF + 2 * size:
                    self.emit("addi %s, %s, %d" % (tmp, tmp, 4 * size))
            self.emit("sc.%s%s %s, %s, (%s)" % (p, order, self.xd(), self.xr(), tmp))
            # A successful SC leaves no reservation; a failed one (kind 1/3) too.

    def xd_not(self, avoid):
        while True:
            d = self.xd()
            if d != avoid:
                return d

    def tmp_reg(self):
        cand = [r for r in FREE if r not in self.no_write]
        return "x%d" % self.r.choice(cand) if cand else None

    def g_csr(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            c = r.choice(["mstatus", "misa", "mhartid", "mvendorid", "mtvec", "medeleg",
                          "mie", "mcause", "mepc", "mtval", "sstatus", "fcsr"])
            if c == "misa":  # QEMU 7.2 has H: compare with bit 7 cleared
                t = self.tmp_reg()
                self.emit("csrr %s, misa" % t)
                self.emit("andi %s, %s, -129" % (t, t))
                return
            self.emit("csrr %s, %s" % (self.xd(), c))
        elif k == 1:  # scratch-like writable CSRs with no side effect on execution
            c = r.choice(["mcause", "mtval", "mepc", "sscratch", "sepc", "stval", "scause"])
            op = r.choice(["csrrw", "csrrs", "csrrc"])
            src = self.xr()
            if c in ("mepc", "sepc"):
                # xepc[0] is always zero; QEMU 7.2 keeps a written 1 there (it masks it only
                # on xRET), so only even values are written.
                tmp = self.tmp_reg()
                self.emit("andi %s, %s, -2" % (tmp, src))
                src = tmp
            self.emit("%s %s, %s, %s" % (op, self.xd(), c, src))
        elif k == 2:
            c = r.choice(["mcause", "mtval", "sscratch", "stval"])
            op = r.choice(["csrrwi", "csrrsi", "csrrci"])
            self.emit("%s %s, %s, %d" % (op, self.xd(), c, r.randrange(32)))
        else:
            self.emit(r.choice(["fence", "fence.i", "fence rw, rw", "fence r, w", "nop",
                                "c.nop", "fence.tso"]))

    def g_trap(self):
        r = self.r
        k = r.randrange(11)
        if k == 0:
            self.emit("ecall")
        elif k == 1:
            self.emit("ebreak")
        elif k == 2:
            self.emit("c.ebreak")
        elif k == 3:
            self.emit(".half 0x0000  /* illegal (all-zero) */")
        elif k == 4:  # reserved rounding modes 5 and 6 are illegal
            p = r.choice([0, 1])  # fmt s/d
            funct7 = r.choice([0x00, 0x04, 0x08, 0x0c]) | p
            self.emit(".insn r 0x53, %d, 0x%x, %s, %s, %s  /* FP op with reserved rm */"
                      % (r.choice([5, 6]), funct7, self.fr(), self.fr(), self.fr()))
        elif k == 5:  # writes to read-only CSRs
            c = r.choice(["mhartid", "mvendorid", "misa_ro"])
            if c == "misa_ro":
                # csrrs/csrrc with rs1 != x0 must trap on a read-only CSR whatever the value
                # of rs1; QEMU 7.2 only traps when the value is nonzero, so make it nonzero.
                tmp = self.tmp_reg()
                self.emit("li %s, %d" % (tmp, r.randrange(1, 2048)))
                self.emit("%s %s, mhartid, %s" % (r.choice(["csrrs", "csrrc"]), self.xd(), tmp))
            else:
                self.emit("csrw %s, %s" % (c, self.xr()))
        elif k == 6:  # CSRs that exist on neither implementation
            c = r.choice([0x7c0, 0x5c0, 0x9c0, 0x0ff, 0x3ff])
            self.emit("csrr %s, 0x%x" % (self.xd(), c))
        elif k == 7:  # misaligned LR: cause 4, mtval = address
            # No misaligned SC or AMO: QEMU 7.2 lets an SC without a matching reservation fail
            # without the alignment check, and reports misaligned AMOs as cause 4 (load) —
            # the spec requires address-misaligned (cause 6, store/AMO) for both.
            tmp = self.tmp_reg()
            p = r.choice(["w", "d"])
            self.emit("addi %s, s0, %d" % (tmp, r.choice([1, 2, 3, 5, 6, 7, -1, -2]) +
                                          (4 if p == "d" and r.random() < 0.5 else 0)))
            self.emit("lr.%s %s, (%s)" % (p, self.xd(), tmp))
        elif k == 8:  # access fault: nothing is mapped at address 0 + small offsets
            op = r.choice(["ld", "lw", "lbu", "sd", "sw", "sb", "fld", "fsw"])
            reg = self.fr() if op[0] == "f" else (self.xr() if op[0] == "s" else self.xd())
            self.emit("%s %s, %d(x0)" % (op, reg, r.randrange(0, 64) * 8))
        elif k == 9:  # reserved major opcode (0x6b) with random upper bits
            self.emit(".word 0x%08x  /* reserved opcode */" % ((r.getrandbits(25) << 7) | 0x6b))
        else:  # an FP op with dyn after an invalid frm is covered by g_fp_conv windows
            self.emit("fsrmi %s, 7" % self.xd())
            self.emit("fadd.d %s, %s, %s, dyn  /* frm=7 is invalid: illegal */"
                      % (self.fr(), self.fr(), self.fr()))
            self.emit("fsrmi %s, %d" % (self.xd(), r.randrange(5)))
            self.frm_invalid = False

    def g_branch(self):
        r = self.r
        target = self.new_label()
        self.pending.append([r.randrange(1, 8), target])
        k = r.randrange(7)
        if k < 3:
            op = r.choice(["beq", "bne", "blt", "bge", "bltu", "bgeu"])
            self.emit("%s %s, %s, %s" % (op, self.xr(), self.xr(), target))
        elif k == 3:
            self.emit("%s %s, %s" % (r.choice(["beqz", "bnez"]),
                                     r.choice(["s1", "a0", "a1", "a2", "a3", "a4", "a5"]), target))
        elif k == 4:
            self.emit("jal %s, %s" % (self.xd(), target))
        elif k == 5:
            self.emit("j %s" % target)
        else:
            tmp = self.tmp_reg()
            self.emit("lla %s, %s" % (tmp, target))
            # bit 0 of the target is ignored by jalr; jr/jalr may become c.jr/c.jalr
            form = r.randrange(3)
            if form == 0:
                self.emit("jalr %s, %d(%s)" % (self.xd(), r.choice([0, 1]), tmp))
            elif form == 1:
                self.emit("jr %s" % tmp)
            else:
                self.emit("jalr %s" % tmp)

    def g_loop(self):
        r = self.r
        cnt = self.tmp_reg()
        n = r.randrange(1, 6)
        top = self.new_label()
        self.emit("li %s, %d" % (cnt, n))
        self.lines.append("%s:" % top)
        self.no_write = {int(cnt[1:])}
        body = [self.g_alu, self.g_alui, self.g_mul, self.g_bitmanip, self.g_mem,
                self.g_fp_arith, self.g_amo]
        for _ in range(r.randrange(1, 7)):
            r.choice(body)()
        self.no_write = set()
        self.emit("addi %s, %s, -1" % (cnt, cnt))
        self.emit("bnez %s, %s" % (cnt, top))

    # ---------------------------------------------------------------- program
    def program(self):
        r = self.r
        out = []
        out.append("/* generated by tests/diff/gen_random.py --seed %d --length %d */"
                   % (self.seed, self.length))
        out.append('#include "dump.h"')
        out.append("DIFF_BEGIN")
        out.append("  lla sp, diff_scratch")
        out.append("  addi s0, sp, %d" % S0_OFF)
        out.append("  lla t0, fp_init")
        for i in range(32):
            out.append("  fld f%d, %d(t0)" % (i, i * 8))
        out.append("  fsrmi x0, %d" % r.randrange(5))
        for i in FREE:
            out.append("  li x%d, 0x%x" % (i, self.int_value()))
        # Data first, so that a shorter --length gives a prefix of the same program (this is
        # what tools/minimize.py relies on).
        scratch = [self.int_value() for _ in range(SCRATCH_BYTES // 8)]
        fp_init = [self.d_value() for _ in range(32)]
        groups = [(self.g_alu, 10), (self.g_alui, 10), (self.g_mul, 6), (self.g_bitmanip, 8),
                  (self.g_mem, 12), (self.g_fp_arith, 12), (self.g_fp_conv, 10),
                  (self.g_amo, 4), (self.g_csr, 3), (self.g_trap, 3), (self.g_branch, 6),
                  (self.g_loop, 2)]
        funcs = [g for g, _ in groups]
        weights = [w for _, w in groups]
        for _ in range(self.length):
            r.choices(funcs, weights)[0]()
            still = []
            for p in self.pending:
                p[0] -= 1
                if p[0] <= 0:
                    self.lines.append("%s:" % p[1])
                else:
                    still.append(p)
            self.pending = still
        for p in self.pending:
            self.lines.append("%s:" % p[1])
        out.extend(self.lines)
        out.append("  DIFF_END diff_scratch, %d" % (SCRATCH_BYTES // 8))
        out.append("  .data")
        out.append("  .balign 4096")
        out.append("diff_scratch:")
        for i in range(0, SCRATCH_BYTES // 8, 4):
            out.append("  .dword " + ", ".join("0x%016x" % v for v in scratch[i:i + 4]))
        out.append("fp_init:")
        for i in range(0, 32, 4):
            out.append("  .dword " + ", ".join("0x%016x" % v for v in fp_init[i:i + 4]))
        return "\n".join(out) + "\n"


def generate(seed, length=300):
    return Gen(seed, length).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--length", type=int, default=300, help="instruction groups")
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    text = generate(a.seed, a.length)
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
