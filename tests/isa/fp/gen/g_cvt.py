from gen import *
TGT = {'w': (32, True), 'wu': (32, False), 'l': (64, True), 'lu': (64, False)}
for p in 'sd':
    f = P[p]; C = consts(f); U = p.upper()
    t = TF('fp_cvt_f2i_%s' % p, '''fcvt.w.%s / fcvt.wu.%s / fcvt.l.%s / fcvt.lu.%s (%s -> signed/unsigned 32/64-bit integer):
exact conversions, 32-bit results sign-extended into the 64-bit register (also for fcvt.wu), every
rounding mode (static and dyn) on fractional values, the boundaries of each integer range, saturation
with NV for out-of-range values, +-inf and NaN (NaN converts to the largest positive integer),
negative values to unsigned (0 with NV, but a negative value that rounds to 0 is only inexact), and
a value that is in range only before rounding.''' % (p, p, p, p, 'single' if p == 's' else 'double'))
    def fv(x): return fb(x, f) if not isinstance(x, int) or x > 1000 or x < -1000 else fb(F(x), f)
    for tg, (bits, signed) in TGT.items():
        ins = 'fcvt.%s.%s' % (tg, p)
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        specials = [C['PZ'], C['NZ'], fb(1.0, f), fb(-1.0, f), fb(42.0, f), fb(-5.0, f), C['CQN'], C['NQNAN'], C['SNAN'],
                    C['PINF'], C['NINF'], C['MINSUB'], C['MAX'], C['NMAX'], fb(F(1 << bits), f), fb(F(-(1 << bits)), f),
                    fb(F(1 << (bits - 1)), f), fb(F(-(1 << (bits - 1))), f)]
        # largest representable value below the upper limit
        top = round_val(F(hi), f, 'rtz')[0]
        specials.append(top)
        if bits == 32 and p == 'd':
            specials += [fb(F(lo) - 1, f)] if signed else []
        if not signed:
            specials += [fb(F(3000000000), f)]
        for a in specials:
            rm = 'rne'
            r, fl = op_f2i(a, f, rm, bits, signed)
            t.case('F2I', U, ins, rm, r, fl, a, comment='%s(%s, %s) = %s, flags %s' % (ins, desc(a, f), rm, hex(r), flname(fl)))
        rvals = [fb(2.5, f), fb(-2.5, f), fb(0.75, f), fb(-0.25, f)] if signed else [fb(2.5, f), fb(3.5, f), fb(0.25, f), fb(-0.75, f)]
        if bits == 32 and p == 'd':  # rounding decides whether the value is in range
            rvals.append(fb(F(hi) + F(1, 2), f))
            rvals.append(fb(F(lo) - F(1, 2), f) if signed else fb(F(-1, 2), f))
        for a in rvals:
            for rm in RMS:
                r, fl = op_f2i(a, f, rm, bits, signed)
                t.case('F2I', U, ins, rm, r, fl, a, comment='%s(%s, %s) = %s, flags %s' % (ins, desc(a, f), rm, hex(r), flname(fl)))
        for k in (2, 3):
            a = fb(-2.5, f) if signed else fb(2.5, f)
            r, fl = op_f2i(a, f, RMS[k], bits, signed)
            t.case('F2I', U, ins, 'dyn', r, fl, a, pre='csrwi frm, %d' % k, comment='dyn, frm=%d' % k)
        t.raw('  csrwi frm, 0')
    t.write()

t = TF('fp_cvt_i2f', '''fcvt.s.w/wu/l/lu and fcvt.d.w/wu/l/lu (integer -> float): exact conversions, the 32-bit
forms use only the low 32 bits of rs1 (upper bits ignored, signed or unsigned), large values that
need rounding in every rounding mode (static and dyn) with NX, and the extreme integers.
fcvt.d.w/wu are always exact.''')
SRC = {'w': (32, True), 'wu': (32, False), 'l': (64, True), 'lu': (64, False)}
for p in 'sd':
    f = P[p]; U = p.upper()
    for sg, (bits, signed) in SRC.items():
        ins = 'fcvt.%s.%s' % (p, sg)
        exact = (p == 'd' and bits == 32)
        vals = [0, 1, 0xffffffffffffffff, 0x123456780000007b, 0x80000000, 0x7fffffff, 0xffffffff80000000,
                0x7fffffffffffffff, 0x8000000000000000, 0xfffffffffffffff7]
        for x in vals:
            r, fl = op_i2f(x, f, 'rne', bits, signed)
            if exact:
                t.case('I2FN', U, ins, r, fl, x, comment='%s(%s) = %s' % (ins, hex(x), desc(r, f)))
            else:
                t.case('I2F', U, ins, 'rne', r, fl, x, comment='%s(%s) = %s, flags %s' % (ins, hex(x), desc(r, f), flname(fl)))
        if exact: continue
        # values needing rounding
        pp = f.p
        rv = []
        if bits - (0 if not signed else 1) > pp:
            base = 1 << pp
            rv = [base + 3, base + 5, base + 1]
            if signed: rv += [(-(base + 3)) & ((1 << 64) - 1), (-(base + 1)) & ((1 << 64) - 1)]
            else: rv += [(1 << bits) - 1]
        for x in rv:
            for rm in RMS:
                r, fl = op_i2f(x, f, rm, bits, signed)
                t.case('I2F', U, ins, rm, r, fl, x, comment='%s(%s, %s) = %s, flags %s' % (ins, hex(x), rm, desc(r, f), flname(fl)))
        if rv:
            for k in (1, 3):
                r, fl = op_i2f(rv[0], f, RMS[k], bits, signed)
                t.case('I2F', U, ins, 'dyn', r, fl, rv[0], pre='csrwi frm, %d' % k, comment='dyn, frm=%d' % k)
            t.raw('  csrwi frm, 0')
t.write()

t = TF('fp_cvt_sd', '''fcvt.s.d and fcvt.d.s: exact conversions, signed zeros, infinities, rounding of doubles
to single in every rounding mode (static and dyn), overflow to inf / largest finite by rounding
mode (OF|NX), underflow to subnormal/zero (UF|NX), exact subnormal results (no flag), NaN inputs
produce the canonical NaN (payload not propagated) with NV only for signalling NaNs, and fcvt.d.s
of a single that is not NaN-boxed (= canonical NaN, 0x7ff8000000000000).''')
CS, CD = consts(S), consts(D)
for a in [fb(1.0, S), fb(-0.1, S) if False else 0xbdcccccd, CS['PZ'], CS['NZ'], CS['PINF'], CS['NINF'], CS['MAX'],
          CS['MINSUB'], CS['NMINSUB'], CS['MAXSUB'], CS['CQN'], CS['QNANP'], CS['NQNAN'], CS['SNAN'], CS['NSNAN']]:
    r, fl = op_cvt_ff(a, S, D, 'rne')
    t.case('F2FN', 'S, D', 'fcvt.d.s', r, fl, a, comment='fcvt.d.s(%s) = %s, flags %s' % (desc(a, S), desc(r, D), flname(fl)))
t.n += 1
t.raw('  /* %d: fcvt.d.s of a non-NaN-boxed register (upper bits 0) = canonical NaN, no flag */' % t.n)
t.raw('  TEST_CASE(%d); LDD(fa0, 0x000000003f800000); CLRFL; fcvt.d.s fa2, fa0; CHKD(fa2, 0x7ff8000000000000); CHKFL(0)' % t.n)
dvals = [fb(1.0, D), fb(-2.5, D), CD['PZ'], CD['NZ'], CD['PINF'], CD['NINF'], CD['CQN'], CD['QNANP'], CD['NQNAN'],
         CD['SNAN'], CD['NSNAN'], fb(F(2) ** -149, D), fb(F(2) ** -127, D), fb(F(2) ** -126, D), fb(F(2) ** -150, D), fb(F(2) ** -170, D), 0x3fb999999999999a]
for a in dvals:
    r, fl = op_cvt_ff(a, D, S, 'rne')
    t.case('F2F', 'D, S', 'fcvt.s.d', 'rne', r, fl, a, comment='fcvt.s.d(%s) = %s, flags %s' % (desc(a, D), desc(r, S), flname(fl)))
# rounding: 1 + 2^-24 (tie), 1 + 3*2^-25 (hi), -(1 + 2^-25)(lo,neg), 0.1, max*(1+eps), 2^128, 2^-150 (tie to 0) ...
rvals = [fb(1 + F(2) ** -24, D), fb(1 + F(3, 2 ** 25), D), fb(-(1 + F(2) ** -25), D), fb(-(1 + F(3, 2 ** 24)), D), 0x3fb999999999999a,
         fb(F(2) ** 128, D), fb(-(F(2) ** 128), D), fb(F(2) ** 127 * (2 - F(2) ** -24), D),
         fb(F(2) ** -150, D), fb(-F(3) * F(2) ** -151, D), fb(F(2) ** -126 * (1 - F(2) ** -25), D), fb(F(2) ** -126 * (1 - F(2) ** -24), D)]
for a in rvals:
    for rm in RMS:
        r, fl = op_cvt_ff(a, D, S, rm)
        t.case('F2F', 'D, S', 'fcvt.s.d', rm, r, fl, a, comment='fcvt.s.d(%s, %s) = %s, flags %s' % (desc(a, D), rm, desc(r, S), flname(fl)))
for k in range(5):
    a = rvals[3]
    r, fl = op_cvt_ff(a, D, S, RMS[k])
    t.case('F2F', 'D, S', 'fcvt.s.d', 'dyn', r, fl, a, pre='csrwi frm, %d' % k, comment='dyn, frm=%d' % k)
t.raw('  csrwi frm, 0')
t.write()
