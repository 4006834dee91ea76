from gen import *
def hdr(p): return 'Single' if p == 's' else 'Double'

# ---------------- fmin / fmax ----------------
t = TF('fp_minmax', '''fmin.s/fmax.s/fmin.d/fmax.d (IEEE 754-2019 minimumNumber/maximumNumber as the current spec
requires): ordinary values, infinities, -0 < +0 in both operand orders, one NaN operand returns the
other operand, both NaN returns the canonical NaN, a signalling NaN sets NV (even when the other
operand is returned), quiet NaNs set no flag, subnormals.''')
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    vals = [(fb(1.0, f), fb(2.0, f)), (fb(-1.5, f), fb(0.5, f)), (fb(-3.0, f), fb(-2.0, f)),
            (C['NZ'], C['PZ']), (C['PZ'], C['NZ']), (C['NINF'], C['MAX']), (C['PINF'], C['NMAX']),
            (C['MINSUB'], C['NMINSUB']), (C['MINSUB'], C['MAXSUB']),
            (C['QNANP'], fb(3.0, f)), (fb(-3.0, f), C['NQNAN']), (C['SNAN'], fb(3.0, f)),
            (fb(-3.0, f), C['NSNAN']), (C['QNANP'], C['NQNAN']), (C['SNAN'], C['QNANP']),
            (C['SNAN'], C['NSNAN']), (C['CQN'], C['NINF'])]
    for a, b in vals:
        for ismax in (0, 1):
            r, fl = op_minmax(a, b, f, ismax)
            ins = 'f%s.%s' % ('max' if ismax else 'min', p)
            t.case('FT2N', U, ins, r, fl, a, b, comment='%s(%s, %s) = %s, flags %s' % (ins, desc(a, f), desc(b, f), desc(r, f), flname(fl)))
t.write()

# ---------------- compare ----------------
t = TF('fp_cmp', '''feq/flt/fle in single and double precision: ordered results, -0 == +0, infinities,
subnormals; with a NaN operand the result is 0, and flt/fle (signalling comparisons) set NV for
any NaN, while feq (quiet comparison) sets NV only for a signalling NaN.''')
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    vals = [(fb(1.0, f), fb(2.0, f)), (fb(2.0, f), fb(1.0, f)), (fb(-1.5, f), fb(-1.5, f)),
            (C['NZ'], C['PZ']), (C['NINF'], C['NMAX']), (C['PINF'], C['PINF']), (C['MINSUB'], C['PZ']),
            (fb(-2.0, f), fb(1.0, f)),
            (C['QNANP'], fb(1.0, f)), (fb(1.0, f), C['NQNAN']), (C['QNANP'], C['QNANP']),
            (C['SNAN'], fb(1.0, f)), (fb(1.0, f), C['NSNAN'])]
    for a, b in vals:
        for k in ('eq', 'lt', 'le'):
            r, fl = op_cmp(a, b, f, k)
            ins = 'f%s.%s' % (k, p)
            t.case('FCMP', U, ins, r, fl, a, b, comment='%s %s %s = %d, flags %s' % (ins, desc(a, f), desc(b, f), r, flname(fl)))
t.write()

# ---------------- fclass ----------------
t = TF('fp_class', '''fclass.s / fclass.d: every one of the 10 classes (-inf, -normal, -subnormal, -0, +0,
+subnormal, +normal, +inf, signalling NaN, quiet NaN), for several representatives each, including
negative NaNs; fclass sets no flags. Also fclass.s of a value that is not NaN-boxed (= canonical
quiet NaN, class bit 9).''')
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    vals = [C['NINF'], C['NMAX'], fb(-1.0, f), C['NMINSUB'], C['NMINSUB'] | C['MAXSUB'], C['NZ'], C['PZ'],
            C['MINSUB'], C['MAXSUB'], C['MINN'], fb(1.0, f), C['MAX'], C['PINF'], C['SNAN'], C['NSNAN'],
            C['CQN'], C['NQNAN'], C['QNANP']]
    for a in vals:
        r, _ = op_class(a, f)
        t.case('FCLS', U, 'fclass.%s' % p, r, a, comment='%s -> bit %d' % (desc(a, f), r.bit_length() - 1))
t.n += 1
t.raw('  /* %d: upper half not all ones -> treated as canonical NaN */' % t.n)
t.raw('  TEST_CASE(%d); LDD(fa0, 0x7fffffff3f800000); fclass.s a2, fa0; CHECK_EQ(a2, 0x200)' % t.n)
t.n += 1
t.raw('  /* %d: the same bits NaN-boxed are +1.0 (normal) */' % t.n)
t.raw('  TEST_CASE(%d); LDD(fa0, 0xffffffff3f800000); fclass.s a2, fa0; CHECK_EQ(a2, 0x40)' % t.n)
t.write()

# ---------------- sign injection ----------------
t = TF('fp_sgnj', '''fsgnj/fsgnjn/fsgnjx in single and double precision (including the fmv/fneg/fabs
pseudo-forms with rs1 == rs2): only the sign bit changes, NaN payloads (even signalling) pass through
unchanged and no flag is ever set. fsgnj*.s with an input that is not properly NaN-boxed treats that
input as the canonical NaN 0x7fc00000.''')
def sgnj(a, b, f, k):
    sb = 1 << (f.width - 1)
    s = {'': b & sb, 'n': (b & sb) ^ sb, 'x': (a ^ b) & sb}[k]
    return (a & ~sb) | s
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    vals = [(fb(1.5, f), fb(-2.0, f)), (fb(-1.5, f), fb(2.0, f)), (fb(-1.5, f), fb(-2.0, f)), (fb(1.5, f), fb(2.0, f)),
            (C['SNAN'], C['NZ']), (C['NQNAN'], C['PINF']), (C['PZ'], C['QNANP']), (C['NINF'], C['NSNAN'])]
    for a, b in vals:
        for k in ('', 'n', 'x'):
            r = sgnj(a, b, f, k)
            t.case('FT2N', U, 'fsgnj%s.%s' % (k, p), r, 0, a, b, comment='fsgnj%s(%s, %s) = %s' % (k, desc(a, f), desc(b, f), desc(r, f)))
    for k, nm in (('', 'fmv'), ('n', 'fneg'), ('x', 'fabs')):
        a = fb(-2.5, f)
        t.n += 1
        t.raw('  /* %d: %s.%s */' % (t.n, nm, p))
        t.raw('  TEST_CASE(%d); LD%s(fa0, %s); CLRFL; %s.%s fa2, fa0; CHK%s(fa2, %s); CHKFL(0)' % (t.n, U, hex(a), nm, p, U, hex(sgnj(a, a, f, k))))
# not NaN-boxed inputs
for k, r in (('', 0xffc00000), ('n', 0x7fc00000), ('x', 0xffc00000)):
    t.n += 1
    t.raw('  /* %d: fsgnj%s.s: rs1 not NaN-boxed (canonical NaN), rs2 = -1.0 */' % (t.n, k))
    t.raw('  TEST_CASE(%d); LDD(fa0, 0x000000003f800000); LDS(fa1, 0xbf800000); fsgnj%s.s fa2, fa0, fa1; CHKS(fa2, %s)' % (t.n, k, hex(r)))
t.n += 1
t.raw('  /* %d: fsgnj.s: rs2 not NaN-boxed: its sign is that of the canonical NaN (+) */' % t.n)
t.raw('  TEST_CASE(%d); LDS(fa0, 0xbf800000); LDD(fa1, 0xfffffffebf800000); fsgnj.s fa2, fa0, fa1; CHKS(fa2, 0x3f800000)' % t.n)
t.write()
