from gen import *
OPS = {'add': (2, op_add, '+'), 'sub': (2, op_sub, '-'), 'mul': (2, op_mul, '*'), 'div': (2, op_div, '/'), 'sqrt': (1, op_sqrt, 'sqrt')}
EXACT = {
    'add': [(1.5, 2.25), (-1.5, 0.25), (1.0, -1.0), (-0.0, -0.0), (2.0**20, -2.0**-3)],
    'sub': [(1.5, 2.25), (-1.5, -0.25), (3.0, 3.0), (-0.0, 0.0), (1024.0, 0.5)],
    'mul': [(1.5, 2.25), (-3.0, 0.125), (-0.0, 5.0), (-7.0, -9.0)],
    'div': [(7.5, 2.5), (-1.0, 8.0), (-0.0, 3.0), (100.0, -0.25)],
    'sqrt': [(2.25,), (0.0625,), (-0.0,), (1048576.0,)],
}
def zero_sign_cases(t, p, f):
    # exact zero results: sign depends on rounding mode (x - x = -0 only in rdn)
    for rm in RMS:
        one = fb(1.0, f)
        r, fl = op_sub(one, one, f, rm)
        t.case('FT2', p.upper(), 'fsub.%s' % p, rm, r, fl, one, one, comment='1 - 1 (%s) = %s' % (rm, desc(r, f)))

for p in 'sd':
    f = P[p]
    t = TF('fp_arith_%s' % p, '''%s-precision fadd/fsub/fmul/fdiv/fsqrt: exact results (no flags), signed-zero
results of x - x under every rounding mode, and inexact results under every rounding mode: rne, rtz,
rdn, rup, rmm given statically in the instruction, and dyn with frm set through frm or fcsr. For each
operation three operand sets are used whose exact result lies (1) below the halfway point, positive;
(2) above the halfway point, negative; (3) exactly halfway (add/sub/mul) or above halfway (div/sqrt),
so that every mode's result is distinguished somewhere.''' % ('Single' if p == 's' else 'Double'))
    for opn, (nops, fn, sym) in OPS.items():
        ins = 'f%s.%s' % (opn, p)
        for ops in EXACT[opn]:
            bs = [fb(x, f) for x in ops]
            r, fl = fn(*bs, f, 'rne')
            assert fl == 0
            t.case('FT%d' % nops, p.upper(), ins, 'rne', r, fl, *bs, comment='%s = %s' % (expr(sym, bs, f), desc(r, f)))
        cats = [(0, 'lo'), (1, 'hi'), (0, 'tie' if opn in ('add', 'sub', 'mul') else 'hi')]
        if opn == 'sqrt': cats = [(0, 'lo'), (0, 'hi'), (0, 'lo')]
        for neg, cat in cats:
            gen = None
            if opn == 'sqrt': gen = lambda: abs(rand_val(f))
            elif opn in ('add', 'sub') and cat == 'tie':
                def gen(n, f=f):
                    a = rand_val(f)
                    e = ilog2(abs(a))
                    return [a, rng.choice((1, -1)) * F(2) ** (e - f.p) * rng.choice((1, 3, 5))]
                gen = whole(gen)
            elif opn == 'mul' and cat == 'tie': gen = lambda: rand_val(f, -3, 4, bits=f.p // 2 + 1)
            ops, res = find(f, nops, lambda *a: fn(*a[:-1], f, a[-1]), neg, cat, gen)
            d = expr(sym, ops, f)
            for rm in RMS:
                r, fl = res[rm]
                t.case('FT%d' % nops, p.upper(), ins, rm, r, fl, *ops, comment='%s [%s, %s]' % (d, cat, rm))
            for k, rm in enumerate(RMS):
                r, fl = res[rm]
                pre = 'csrwi frm, %d' % k if k % 2 == 0 else 'li t0, %d << 5; csrw fcsr, t0' % k
                t.case('FT%d' % nops, p.upper(), ins, 'dyn', r, fl, *ops, comment='dyn, frm=%d (%s)' % (k, rm), pre=pre)
            t.raw('  csrwi frm, 0')
    zero_sign_cases(t, p, f)
    t.write()
