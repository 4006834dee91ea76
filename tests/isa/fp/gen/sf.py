# Small exact soft-float oracle (Fractions) for computing expected values.
from fractions import Fraction as F
import math
NV, DZ, OF, UF, NX = 16, 8, 4, 2, 1
class Fmt:
    def __init__(s, name, eb, p):
        s.name, s.eb, s.p = name, eb, p
        s.bias = (1 << (eb - 1)) - 1
        s.emin, s.emax = 1 - s.bias, s.bias
        s.width = eb + p
        s.qnan = ((1 << eb) - 1) << (p - 1) | (1 << (p - 2))
S = Fmt('s', 8, 24)
D = Fmt('d', 11, 53)
RMS = ['rne', 'rtz', 'rdn', 'rup', 'rmm']

def decode(b, f):
    sign = b >> (f.width - 1) & 1
    e = b >> (f.p - 1) & ((1 << f.eb) - 1)
    m = b & ((1 << (f.p - 1)) - 1)
    if e == (1 << f.eb) - 1:
        if m == 0: return ('inf', sign)
        return ('nan', sign, bool(m >> (f.p - 2) & 1))
    if e == 0: v = F(m) * F(2) ** (f.emin - f.p + 1)
    else: v = F(m + (1 << (f.p - 1))) * F(2) ** (e - f.bias - f.p + 1)
    return ('fin', sign, v)

def ilog2(a):
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if F(2) ** e > a: e -= 1
    if F(2) ** (e + 1) <= a: e += 1
    return e

def rnd_int(q, rm, sign):
    fl = math.floor(q); fr = q - fl
    if fr == 0: return fl
    if rm == 'rne': return fl + (1 if fr > F(1, 2) or (fr == F(1, 2) and fl % 2) else 0)
    if rm == 'rtz': return fl
    if rm == 'rdn': return fl + (1 if sign else 0)
    if rm == 'rup': return fl + (0 if sign else 1)
    if rm == 'rmm': return fl + (1 if fr >= F(1, 2) else 0)
    raise ValueError(rm)

def enc_zero(sign, f): return sign << (f.width - 1)
def enc_inf(sign, f): return sign << (f.width - 1) | ((1 << f.eb) - 1) << (f.p - 1)
def enc_max(sign, f): return sign << (f.width - 1) | ((1 << f.eb) - 2) << (f.p - 1) | ((1 << (f.p - 1)) - 1)

def encode(sign, r, f):
    if r == 0: return enc_zero(sign, f)
    e = ilog2(r)
    if e < f.emin:
        m = r / F(2) ** (f.emin - f.p + 1); assert m.denominator == 1
        return sign << (f.width - 1) | int(m)
    m = r / F(2) ** (e - f.p + 1); assert m.denominator == 1
    return sign << (f.width - 1) | (e + f.bias) << (f.p - 1) | (int(m) - (1 << (f.p - 1)))

def round_val(x, f, rm, sticky=False):
    """x: nonzero Fraction (signed). sticky: x is an under-approximation of |value| with
    extra nonzero bits below (for sqrt). Returns (bits, flags)."""
    sign = 1 if x < 0 else 0
    a = abs(x)
    if sticky: a = a + F(1, 2 ** 2000)
    e = ilog2(a)
    def q(eeff):
        qu = F(2) ** (eeff - f.p + 1)
        return rnd_int(a / qu, rm, sign) * qu
    runb = q(e)
    tiny = runb < F(2) ** f.emin
    r = q(max(e, f.emin))
    inexact = r != a
    fl = NX if inexact else 0
    if r >= F(2) ** (f.emax + 1):
        away = rm in ('rne', 'rmm') or (rm == 'rup' and not sign) or (rm == 'rdn' and sign)
        return (enc_inf(sign, f) if away else enc_max(sign, f)), OF | NX
    if tiny and inexact: fl |= UF
    return encode(sign, r, f), fl

def is_snan(d): return d[0] == 'nan' and not d[2]

def nan_check(ds, f):
    if any(d[0] == 'nan' for d in ds):
        return f.qnan, (NV if any(is_snan(d) for d in ds) else 0)
    return None

def val(d):  # finite value or ('inf', sign)
    return d[2] if d[0] == 'fin' else None

def sgn_frac(d):
    return -d[2] if d[1] else d[2]

def add_terms(t1, t2, f, rm):
    """t = ('inf', sign) or ('fin', sign, magnitude) ; exact sum rounded."""
    if t1[0] == 'inf' and t2[0] == 'inf':
        if t1[1] != t2[1]: return f.qnan, NV
        return enc_inf(t1[1], f), 0
    if t1[0] == 'inf': return enc_inf(t1[1], f), 0
    if t2[0] == 'inf': return enc_inf(t2[1], f), 0
    s = sgn_frac(t1) + sgn_frac(t2)
    if s == 0:
        if t1[2] == 0 and t2[2] == 0 and t1[1] == t2[1]: return enc_zero(t1[1], f), 0
        return enc_zero(1 if rm == 'rdn' else 0, f), 0
    return round_val(s, f, rm)

def neg(d): return (d[0], d[1] ^ 1) + tuple(d[2:])

def op_add(a, b, f, rm):
    da, db = decode(a, f), decode(b, f)
    n = nan_check([da, db], f)
    if n: return n
    return add_terms(da, db, f, rm)
def op_sub(a, b, f, rm):
    da, db = decode(a, f), decode(b, f)
    n = nan_check([da, db], f)
    if n: return n
    return add_terms(da, neg(db), f, rm)
def mul_term(da, db):
    s = da[1] ^ db[1]
    if da[0] == 'inf' or db[0] == 'inf':
        if (da[0] == 'fin' and da[2] == 0) or (db[0] == 'fin' and db[2] == 0): return None
        return ('inf', s)
    return ('fin', s, da[2] * db[2])
def op_mul(a, b, f, rm):
    da, db = decode(a, f), decode(b, f)
    n = nan_check([da, db], f)
    if n: return n
    t = mul_term(da, db)
    if t is None: return f.qnan, NV
    if t[0] == 'inf': return enc_inf(t[1], f), 0
    if t[2] == 0: return enc_zero(t[1], f), 0
    return round_val(sgn_frac(t), f, rm)
def op_div(a, b, f, rm):
    da, db = decode(a, f), decode(b, f)
    n = nan_check([da, db], f)
    if n: return n
    s = da[1] ^ db[1]
    if da[0] == 'inf' and db[0] == 'inf': return f.qnan, NV
    if da[0] == 'inf': return enc_inf(s, f), 0
    if db[0] == 'inf': return enc_zero(s, f), 0
    if db[2] == 0:
        if da[2] == 0: return f.qnan, NV
        return enc_inf(s, f), DZ
    if da[2] == 0: return enc_zero(s, f), 0
    v = da[2] / db[2]
    return round_val(-v if s else v, f, rm)
def op_sqrt(a, f, rm):
    da = decode(a, f)
    n = nan_check([da], f)
    if n: return n
    if da[0] == 'inf': return (f.qnan, NV) if da[1] else (a, 0)
    if da[2] == 0: return a, 0
    if da[1]: return f.qnan, NV
    v = da[2]; K = 600
    num = v.numerator * (1 << (2 * K)) // v.denominator
    r = math.isqrt(num)
    exact = F(r, 1 << K) ** 2 == v
    return round_val(F(r, 1 << K), f, rm, sticky=not exact)
def op_fma(a, b, c, f, rm, negprod=False, negc=False):
    da, db, dc = decode(a, f), decode(b, f), decode(c, f)
    if da[0] != 'nan' and db[0] != 'nan' and mul_term(da, db) is None:
        return f.qnan, NV
    n = nan_check([da, db, dc], f)
    if n: return n
    t = mul_term(da, db)
    if negprod: t = neg(t)
    if negc: dc = neg(dc)
    return add_terms(t, dc, f, rm)
def op_minmax(a, b, f, ismax):
    da, db = decode(a, f), decode(b, f)
    fl = NV if is_snan(da) or is_snan(db) else 0
    if da[0] == 'nan' and db[0] == 'nan': return f.qnan, fl
    if da[0] == 'nan': return b, fl
    if db[0] == 'nan': return a, fl
    def key(d, bits):
        if d[0] == 'inf': return (F(10) ** 400) * (-1 if d[1] else 1), 0
        return sgn_frac(d), (-1 if d[1] else 0)
    ka, kb = key(da, a), key(db, b)
    if ismax: return (a if ka >= kb else b), fl
    return (a if ka <= kb else b), fl
def cmpkey(d):
    if d[0] == 'inf': return (F(10) ** 400) * (-1 if d[1] else 1)
    return sgn_frac(d)
def op_cmp(a, b, f, kind):
    da, db = decode(a, f), decode(b, f)
    if da[0] == 'nan' or db[0] == 'nan':
        if kind == 'eq': return 0, (NV if is_snan(da) or is_snan(db) else 0)
        return 0, NV
    x, y = cmpkey(da), cmpkey(db)
    return int({'eq': x == y, 'lt': x < y, 'le': x <= y}[kind]), 0
def op_class(a, f):
    d = decode(a, f)
    if d[0] == 'nan': return (1 << 9) if d[2] else (1 << 8), 0
    if d[0] == 'inf': return (1 << 0) if d[1] else (1 << 7), 0
    v = d[2]
    if v == 0: return (1 << 3) if d[1] else (1 << 4), 0
    sub = v < F(2) ** f.emin
    if d[1]: return (1 << 2) if sub else (1 << 1), 0
    return (1 << 5) if sub else (1 << 6), 0
def op_f2i(a, f, rm, bits, signed):
    d = decode(a, f)
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if d[0] == 'nan': r, fl = hi, NV
    elif d[0] == 'inf': r, fl = (lo if d[1] else hi), NV
    else:
        v = sgn_frac(d)
        i = rnd_int(abs(v), rm, d[1]) * (-1 if d[1] else 1)
        if i < lo: r, fl = lo, NV
        elif i > hi: r, fl = hi, NV
        else: r, fl = i, (NX if i != v else 0)
    r &= (1 << bits) - 1
    if bits == 32 and r >> 31: r |= 0xffffffff00000000  # sign-extend into 64
    return r, fl
def op_i2f(x, f, rm, bits, signed):
    x &= (1 << bits) - 1
    if signed and x >> (bits - 1): x -= 1 << bits
    if x == 0: return 0, 0
    return round_val(F(x), f, rm)
def op_cvt_ff(a, fin, fout, rm):
    d = decode(a, fin)
    if d[0] == 'nan': return fout.qnan, (0 if d[2] else NV)
    if d[0] == 'inf': return enc_inf(d[1], fout), 0
    if d[2] == 0: return enc_zero(d[1], fout), 0
    return round_val(sgn_frac(d), fout, rm)

import struct
def fb(x, f=S):
    """bits of an exactly representable value (Fraction/float/int)"""
    if isinstance(x, float) and x == 0: return enc_zero(1 if math.copysign(1, x) < 0 else 0, f)
    x = F(x)
    if x == 0: return 0
    b, fl = round_val(x, f, 'rne'); assert fl == 0, (x, fl)
    return b
