from gen import *
VAR = {'fmadd': (False, False, 'a*b+c'), 'fmsub': (False, True, 'a*b-c'),
       'fnmsub': (True, False, '-(a*b)+c'), 'fnmadd': (True, True, '-(a*b)-c')}
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    t = TF('fp_fma_%s' % p, '''%s-precision fused multiply-add: fmadd (a*b+c), fmsub (a*b-c), fnmsub (-(a*b)+c),
fnmadd (-(a*b)-c). Exact results; a case where the single rounding of the fused operation differs
from a separate (rounded) multiply followed by an add; inexact results in every static rounding mode
and dyn; the signs of exact-zero results; the invalid rule 0*inf + c (NV and the canonical NaN even
when c is a quiet NaN); inf - inf; NaN inputs (canonical NaN result, NV only for signalling NaN).''' % ('Single' if p == 's' else 'Double'))
    def fma(v, a, b, c, rm):
        np_, nc, _ = VAR[v]
        return op_fma(a, b, c, f, rm, np_, nc)
    def add(v, a, b, c, rm='rne', comment=None):
        r, fl = fma(v, a, b, c, rm)
        t.case('FT3', U, '%s.%s' % (v, p), rm, r, fl, a, b, c,
               comment=comment or '%s: a=%s b=%s c=%s -> %s, flags %s' % (VAR[v][2], desc(a, f), desc(b, f), desc(c, f), desc(r, f), flname(fl)))
    one, two, three = fb(1.0, f), fb(2.0, f), fb(3.0, f)
    for v in VAR:  # exact
        add(v, fb(1.5, f), fb(2.0, f), fb(0.25, f))
        add(v, fb(-3.0, f), fb(4.0, f), fb(-5.0, f))
    # fused vs separate: a = b = 1 + 2^-k, product needs 2k bits; c = -1
    k = 12 if p == 's' else 27
    a = fb(1 + F(2) ** -k, f); m1 = fb(-1.0, f)
    fused, fl = op_fma(a, a, m1, f, 'rne')
    prod, _ = op_mul(a, a, f, 'rne'); sep, _ = op_add(prod, m1, f, 'rne')
    assert fused != sep
    add('fmadd', a, a, m1, comment='(1+2^-%d)^2 - 1 fused = %s exact; mul then add would give %s' % (k, desc(fused, f), desc(sep, f)))
    t.raw('  /* same product rounded by fmul first, then fadd: loses the 2^-%d term */' % (2 * k))
    t.n += 1
    t.raw('  TEST_CASE(%d); LD%s(fa0, %s); fmul.%s fa1, fa0, fa0, rne; LD%s(fa3, %s); fadd.%s fa2, fa1, fa3, rne; CHK%s(fa2, %s)' % (t.n, U, hex(a), p, U, hex(m1), p, U, hex(sep)))
    t.case('FT3', U, 'fnmsub.%s' % p, 'rne', *op_fma(a, a, one, f, 'rne', True, False), a, a, one,
           comment='-(1+2^-%d)^2 + 1 fused' % k)
    # inexact in each rounding mode
    for v in VAR:
        for neg, cat in ((0, 'lo'), (1, 'hi'), (0, 'tie')):
            gen = None
            if cat == 'tie':
                def gen(n, f=f):
                    h = f.p // 2 + 1
                    a, b = rand_val(f, -2, 2, bits=h), rand_val(f, -2, 2, bits=h)
                    return [a, b, rand_val(f, -2, 2, bits=h)]
                gen = whole(gen)
            ops, res = find(f, 3, lambda a, b, c, rm: fma(v, a, b, c, rm), neg, cat, gen)
            for rm in RMS:
                r, fl = res[rm]
                t.case('FT3', U, '%s.%s' % (v, p), rm, r, fl, *ops, comment='%s [%s, %s]' % (expr(v, ops, f), cat, rm) if rm == 'rne' else None)
            k2 = rng.randrange(5); r, fl = res[RMS[k2]]
            t.case('FT3', U, '%s.%s' % (v, p), 'dyn', r, fl, *ops, pre='csrwi frm, %d' % k2, comment='dyn, frm=%d' % k2)
            t.raw('  csrwi frm, 0')
    # exact zero signs: 1*1 + -1
    for v in VAR:
        for rm in ('rne', 'rdn'):
            c = {'fmadd': m1, 'fmsub': one, 'fnmsub': one, 'fnmadd': m1}[v]
            add(v, one, one, c, rm)
    # zero product plus zero addend
    add('fmadd', fb(-0.0, f), one, C['NZ'])
    add('fmadd', fb(-0.0, f), one, C['PZ'])
    add('fnmadd', C['PZ'], one, C['PZ'])
    # special values
    add('fmadd', C['PZ'], C['PINF'], C['CQN'], comment='0*inf + qNaN: NV, canonical NaN')
    add('fmadd', C['PINF'], C['NZ'], C['QNANP'], comment='inf*-0 + qNaN(payload): NV, canonical NaN')
    add('fnmsub', C['PZ'], C['NINF'], one, comment='-(0*-inf)+1: NV')
    add('fmsub', C['PZ'], C['PINF'], C['SNAN'], comment='0*inf - sNaN: NV')
    add('fmadd', C['PINF'], one, C['NINF'], comment='inf*1 + -inf: NV')
    add('fmsub', C['PINF'], one, C['PINF'], comment='inf*1 - inf: NV')
    add('fmadd', C['PINF'], two, C['PINF'])
    add('fnmadd', C['PINF'], two, one)
    add('fmadd', one, two, C['NINF'])
    add('fmadd', C['QNANP'], one, one, comment='qNaN operand: canonical NaN, no flag')
    add('fmadd', one, C['NQNAN'], one)
    add('fmadd', one, one, C['QNANP'])
    add('fmadd', C['SNAN'], one, one, comment='sNaN operand: NV')
    add('fnmadd', one, C['NSNAN'], one)
    add('fmadd', one, one, C['SNAN'])
    add('fmadd', C['MAX'], two, C['NMAX'], comment='max*2 - max = max exactly (no overflow from the intermediate product)')
    add('fmadd', C['MAX'], two, one, comment='overflow')
    add('fmadd', C['MAX'], two, one, 'rtz')
    t.write()
