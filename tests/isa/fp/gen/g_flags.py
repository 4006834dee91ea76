from gen import *
t = TF('fp_flags', '''Accrued exception flags set exactly as the spec says, single and double precision:
NV (inf-inf, 0*inf, 0/0, inf/inf, sqrt of a negative, signalling NaN operand), DZ (finite nonzero / 0,
but not 0/0 nor inf/0), OF (always with NX; result inf or the largest finite number depending on
rounding mode and sign), UF (tiny AND inexact, tininess detected after rounding: exact subnormal
results raise nothing, a result that rounds up to the smallest normal is only NX), NX.''')
OPF = {'add': op_add, 'sub': op_sub, 'mul': op_mul, 'div': op_div}
SYM = {'add': '+', 'sub': '-', 'mul': '*', 'div': '/'}
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    one, two, three = fb(1.0, f), fb(2.0, f), fb(3.0, f)
    half = fb(0.5, f)
    def c2(op, a, b, rm='rne', note=''):
        r, fl = OPF[op](a, b, f, rm)
        t.case('FT2', U, 'f%s.%s' % (op, p), rm, r, fl, a, b,
               comment='%s %s %s (%s) = %s, flags %s%s' % (desc(a, f), SYM[op], desc(b, f), rm, desc(r, f), flname(fl), note))
    def c1(a, rm='rne'):
        r, fl = op_sqrt(a, f, rm)
        t.case('FT1', U, 'fsqrt.%s' % p, rm, r, fl, a, comment='sqrt(%s) = %s, flags %s' % (desc(a, f), desc(r, f), flname(fl)))
    # NV
    c2('add', C['PINF'], C['NINF']); c2('sub', C['NINF'], C['NINF']); c2('mul', C['PZ'], C['NINF'])
    c2('div', C['PZ'], C['NZ']); c2('div', C['NINF'], C['PINF']); c1(fb(-1.0, f)); c1(C['NINF']); c1(C['NMINSUB'])
    c2('add', C['SNAN'], one); c2('mul', one, C['NSNAN']); c1(C['SNAN'])
    c2('add', C['QNANP'], one, note=' (quiet NaN: no flag)')
    c1(C['NZ']); c1(C['PINF'])
    # DZ
    c2('div', one, C['PZ']); c2('div', fb(-1.0, f), C['PZ']); c2('div', one, C['NZ']); c2('div', C['MINSUB'], C['NZ'])
    c2('div', C['PINF'], C['PZ'], note=' (inf/0: no DZ)'); c2('div', C['PZ'], one)
    # OF
    for rm in RMS:
        c2('add', C['MAX'], C['MAX'], rm)
        c2('mul', C['NMAX'], two, rm)
    c2('div', C['MAX'], half); c2('div', C['MAX'], C['MINSUB'], 'rtz')
    # UF
    c2('mul', C['MINN'], half, note=' (exact subnormal: no UF)')
    c2('sub', C['MINN'], C['MINSUB'], note=' (exact subnormal: no UF)')
    for rm in RMS:
        c2('mul', C['MINSUB'], half, rm)
    c2('div', C['MINN'], three)
    c2('mul', C['NMINSUB'], fb(F(2) ** -30, f), 'rdn')
    # tininess after rounding: |a*b| just below 2^emin rounds (unbounded exponent) up to 2^emin -> no UF
    found = None
    for A in range((1 << f.p) - 1, (1 << (f.p - 1)), -1):
        B = ((1 << (2 * f.p - 1)) - 1) // A  # A*B just below 2^(2p-1)
        if B >> (f.p - 1) != 1: continue
        prod = A * B
        if prod >= (1 << (2 * f.p - 1)) - (1 << (f.p - 2)) and prod != (1 << (2 * f.p - 1)) - (1 << (f.p - 2)):
            found = (A, B); break
    A, B = found
    a = fb(F(A, 1 << f.p), f); b = fb(F(B) * F(2) ** (f.emin - f.p + 1), f)
    r, fl = op_mul(a, b, f, 'rne'); assert fl == NX and r == C['MINN']
    c2('mul', a, b, note=' (tiny before rounding but not after: no UF)')
    c2('mul', a, b, 'rtz', note=' (rounds down to a subnormal: UF)')
    # NX only
    c2('div', one, three); c2('add', fb(F(2) ** f.p, f), one); c2('add', fb(F(2) ** f.p, f), two, note=' (exact)')
    c1(two)
t.write()

t = TF('fp_nan', '''Canonical NaN results, single (0x7fc00000) and double (0x7ff8000000000000): invalid
operations produce the canonical NaN, and NaN operands are never propagated (payload and sign are
dropped) by add/sub/mul/div/sqrt/fma/fmin/fmax/fcvt between formats; signalling NaN operands set NV,
quiet ones set nothing. Also: a single-precision operand that is not NaN-boxed is the canonical NaN.''')
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    one = fb(1.0, f)
    for nan in (C['QNANP'], C['NQNAN'], C['SNAN'], C['NSNAN'] ):
        for op, fn in (('add', op_add), ('sub', op_sub), ('mul', op_mul), ('div', op_div)):
            r, fl = fn(nan, one, f, 'rne')
            t.case('FT2', U, 'f%s.%s' % (op, p), 'rne', r, fl, one, nan, comment='f%s.%s(1, %s)' % (op, p, hex(nan)))
        r, fl = op_sqrt(nan, f, 'rne')
        t.case('FT1', U, 'fsqrt.%s' % p, 'rne', r, fl, nan, comment='fsqrt.%s(%s)' % (p, hex(nan)))
        r, fl = op_fma(one, one, nan, f, 'rne')
        t.case('FT3', U, 'fmadd.%s' % p, 'rne', r, fl, one, one, nan, comment='fmadd.%s(1, 1, %s)' % (p, hex(nan)))
        r, fl = op_minmax(nan, C['NSNAN'] if nan != C['NSNAN'] else C['QNANP'], f, 1)
        t.case('FT2N', U, 'fmax.%s' % p, r, fl, nan, C['NSNAN'] if nan != C['NSNAN'] else C['QNANP'], comment='fmax of two NaNs')
    for op, a, b in (('sub', C['PINF'], C['PINF']), ('mul', C['NINF'], C['PZ']), ('div', C['NZ'], C['PZ']), ('div', C['PINF'], C['NINF'])):
        r, fl = {'sub': op_sub, 'mul': op_mul, 'div': op_div}[op](a, b, f, 'rne')
        t.case('FT2', U, 'f%s.%s' % (op, p), 'rne', r, fl, a, b, comment='%s %s %s' % (desc(a, f), op, desc(b, f)))
    r, fl = op_sqrt(fb(-4.0, f), f, 'rne')
    t.case('FT1', U, 'fsqrt.%s' % p, 'rne', r, fl, fb(-4.0, f), comment='sqrt(-4)')
    # fcvt to the other format
    q = consts(D if p == 's' else S)
    for nan in (C['QNANP'], C['NQNAN'], C['NSNAN']):
        if p == 's':
            r, fl = op_cvt_ff(nan, S, D, 'rne')
            t.case('F2FN', 'S, D', 'fcvt.d.s', r, fl, nan, comment='fcvt.d.s(%s)' % hex(nan))
        else:
            r, fl = op_cvt_ff(nan, D, S, 'rne')
            t.case('F2F', 'D, S', 'fcvt.s.d', 'rne', r, fl, nan, comment='fcvt.s.d(%s)' % hex(nan))
# non-NaN-boxed single operands
for ins, n in (('fadd.s fa2, fa0, fa1', 'fadd.s'), ('fmul.s fa2, fa1, fa0', 'fmul.s'), ('fsqrt.s fa2, fa0', 'fsqrt.s'),
               ('fmadd.s fa2, fa1, fa1, fa0', 'fmadd.s (addend)')):
    t.n += 1
    t.raw('  /* %d: %s with an operand whose upper 32 bits are not all ones: canonical NaN, no flag */' % (t.n, n))
    t.raw('  TEST_CASE(%d); LDD(fa0, 0x7fffffff3f800000); LDS(fa1, 0x3f800000); CLRFL; %s; CHKS(fa2, 0x7fc00000); CHKFL(0)' % (t.n, ins))
t.n += 1
t.raw('  /* %d: fmin.s(non-boxed, 2.0) returns the other operand (the bad one is a quiet NaN) */' % t.n)
t.raw('  TEST_CASE(%d); LDD(fa0, 0x0000000040000000); LDS(fa1, 0xc0000000); CLRFL; fmin.s fa2, fa0, fa1; CHKS(fa2, 0xc0000000); CHKFL(0)' % t.n)
t.n += 1
t.raw('  /* %d: feq.s(non-boxed, same bits boxed) = 0, quiet NaN: no flag; flt.s sets NV */' % t.n)
t.raw('  TEST_CASE(%d); LDD(fa0, 0x0000000040000000); LDS(fa1, 0x40000000); CLRFL; feq.s a2, fa0, fa1; CHECK_EQ(a2, 0); CHKFL(0); flt.s a2, fa1, fa0; CHECK_EQ(a2, 0); CHKFL(0x10)' % t.n)
t.write()
