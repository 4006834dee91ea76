import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sf import *
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
P = {'s': S, 'd': D}

class TF:
    def __init__(s, name, header):
        s.name, s.header, s.lines, s.n = name, header, [], 0
    def case(s, macro, pargs, *args, comment=None, pre=None):
        s.n += 1
        assert s.n < 256
        a = ', '.join(x if isinstance(x, str) else hex(x) for x in args)
        if comment: s.lines.append('  /* %d: %s */' % (s.n, comment))
        s.lines.append('  ' + (pre + '; ' if pre else '') + '%s(%s, %d, %s)' % (macro, pargs, s.n, a))
    def raw(s, text): s.lines.append(text)
    def write(s):
        with open(OUT + s.name + '.S', 'w') as fp:
            fp.write('/* ' + s.header.strip().replace('\n', '\n * ') + '\n * (%d cases; expected values computed from the spec by exact rational\n * arithmetic, confirmed on QEMU.) */\n' % s.n)
            fp.write('#include "fp_test.h"\n\nTEST_BEGIN\n  FP_ON\n')
            fp.write('\n'.join(s.lines) + '\n  csrwi fcsr, 0\nTEST_END\n')
        print(s.name, s.n)

def desc(b, f):
    d = decode(b, f)
    if d[0] == 'nan': return ('-' if d[1] else '') + ('qNaN' if d[2] else 'sNaN')
    if d[0] == 'inf': return '-inf' if d[1] else '+inf'
    v = float(d[2]) if d[2] >= F(2)**-1074 or d[2] == 0 else 0.0
    if d[2] != 0 and v == 0: return '-tiny' if d[1] else 'tiny'
    return ('-' if d[1] else '') + ('%.9g' % v if f is S else '%.17g' % v)

def flname(fl):
    return '|'.join(n for n, b in (('NV', 16), ('DZ', 8), ('OF', 4), ('UF', 2), ('NX', 1)) if fl & b) or '0'

def consts(f):
    w = f.width
    c = dict(PZ=0, NZ=1 << (w - 1), PINF=enc_inf(0, f), NINF=enc_inf(1, f), CQN=f.qnan,
             SNAN=enc_inf(0, f) | 1, NSNAN=enc_inf(1, f) | 0x12345, QNANP=f.qnan | 0x12345,
             NQNAN=f.qnan | (1 << (w - 1)), MAX=enc_max(0, f), NMAX=enc_max(1, f),
             MINN=1 << (f.p - 1), MAXSUB=(1 << (f.p - 1)) - 1, MINSUB=1, NMINSUB=(1 << (w - 1)) | 1)
    return c

rng = random.Random(12345)
def rand_val(f, lo=-3, hi=4, bits=None):
    bits = bits or f.p
    m = rng.randrange(1 << (bits - 1), 1 << bits)
    e = rng.randint(lo, hi)
    return F(m, 1 << (bits - 1)) * F(2) ** e * rng.choice((1, -1))

def classify(res, neg):
    # res: dict rm -> (bits, flags)
    if any(res[m][1] != NX for m in RMS): return None
    tow, away = res['rtz'][0], res['rup' if not neg else 'rdn'][0]
    if tow == away: return None
    rne, rmm = res['rne'][0], res['rmm'][0]
    if rne == rmm == tow: return 'lo'
    if rne == rmm == away: return 'hi'
    if rne == tow and rmm == away: return 'tie'
    return None

def find(f, nops, fn, want_neg, cat, gen=None, tries=200000):
    gen = gen or (lambda: rand_val(f))
    for _ in range(tries):
        ops = gen(nops) if getattr(gen, 'whole', False) else [gen() for _ in range(nops)]
        ops = [fb(x, f) for x in ops]
        res = {m: fn(*ops, m) for m in RMS}
        neg = res['rne'][0] >> (f.width - 1) & 1
        if neg != want_neg: continue
        if classify(res, neg) == cat: return ops, res
    raise Exception('not found %s %s' % (cat, want_neg))

def whole(g):
    g.whole = True
    return g

def expr(sym, bs, f):
    ds = [desc(b, f) for b in bs]
    if len(ds) == 2 and len(sym) == 1: return '%s %s %s' % (ds[0], sym, ds[1])
    return '%s(%s)' % (sym, ', '.join(ds))
