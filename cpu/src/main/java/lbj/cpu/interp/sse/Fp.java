package lbj.cpu.interp.sse;

import java.math.BigInteger;

import lbj.cpu.Cpu;

/**
 * SSE floating-point arithmetic under one MXCSR: rounding control, DAZ, FTZ, NaN rules and the exception
 * flags, for one instruction. Values are raw bit patterns (a float in the low 32 bits of a long).
 *
 * <p>The definition is exact: operands become integers times powers of two (BigInteger), the exact result
 * is rounded by {@link #round} with the mode from MXCSR, detecting overflow, underflow (tininess after
 * rounding, as x86 does) and inexactness. A fast path uses Java's own round-to-nearest arithmetic when it
 * provably gives the same bits and flags: normal (or zero) operands, a normal result, nearest rounding,
 * and the sticky PE flag already set and masked (so inexactness need not be known). Computing a float
 * operation in double and rounding once more is exact for + - * / sqrt since 53 >= 2*24+2.
 */
public final class Fp {
    private final int rc;
    private final boolean daz, ftz, fast, underflowUnmasked, overflowUnmasked;
    /** Exceptions detected so far by this instruction (MXCSR bits 0-5). */
    public int flags;

    public Fp(Cpu cpu) {
        int m = cpu.mxcsr;
        rc = Mxcsr.rc(m);
        daz = (m & Mxcsr.DAZ) != 0;
        ftz = (m & Mxcsr.FTZ) != 0;
        underflowUnmasked = Mxcsr.unmasked(m, Mxcsr.UE);
        overflowUnmasked = Mxcsr.unmasked(m, Mxcsr.OE);
        // DAZ and FTZ need not be excluded: the fast path only takes normal operands and normal results.
        fast = rc == Mxcsr.RN && (m & Mxcsr.PE) != 0 && !Mxcsr.unmasked(m, Mxcsr.PE);
    }

    public int rc() { return rc; }

    // ------------------------------------------------------------------ operand screening

    /** A source operand after DAZ (denormal becomes signed zero) or with DE recorded. */
    public long in(Fmt f, long x) {
        if (f.isDenormal(x)) {
            if (daz) return x & f.signBit;
            flags |= Mxcsr.DE;
        }
        return x;
    }

    private static boolean anyNaN(Fmt f, long a, long b) {
        return f.isNaN(a) || f.isNaN(b);
    }

    /** The result when an operand is a NaN: the first NaN operand, quieted; IE for a signaling one. */
    private long nanResult(Fmt f, long a, long b) {
        boolean na = f.isNaN(a);
        if (f.isSNaN(a) || f.isSNaN(b)) flags |= Mxcsr.IE;
        return na ? f.quiet(a) : f.quiet(b);
    }

    private long invalid(Fmt f) {
        flags |= Mxcsr.IE;
        return f.defaultNaN;
    }

    private static boolean normalOrZero(Fmt f, long x) {
        int e = f.biasedExp(x);
        return e != 0 && e != (1 << f.ebits) - 1 || f.isZero(x);
    }

    private long fastResult(Fmt f, double r) {
        double m = Math.abs(r);
        if (m > f.minNormal() && m <= f.maxValue()) return f.fromDouble(r);
        return -1;
    }

    // ------------------------------------------------------------------ arithmetic

    public long add(Fmt f, long a, long b) {
        if (anyNaN(f, a, b)) return nanResult(f, a, b);
        a = in(f, a);
        b = in(f, b);
        if (fast && normalOrZero(f, a) && normalOrZero(f, b)) {
            double r = f.toDouble(a) + f.toDouble(b);
            if (r == 0) return f.fromDouble(r); // exact cancellation: +0 in nearest
            long x = fastResult(f, f == Fmt.S ? (float) r : r);
            if (x != -1) return x;
        }
        boolean ia = f.isInf(a), ib = f.isInf(b);
        if (ia || ib) {
            if (ia && ib && f.isNeg(a) != f.isNeg(b)) return invalid(f);
            return ia ? a : b;
        }
        boolean sa = f.isNeg(a), sb = f.isNeg(b);
        if (f.isZero(a) && f.isZero(b)) return sa == sb ? a : (rc == Mxcsr.RD ? f.signBit : 0);
        int ea = f.unitExp(a), eb = f.unitExp(b), e = Math.min(ea, eb);
        BigInteger va = BigInteger.valueOf(f.significand(a)).shiftLeft(ea - e);
        BigInteger vb = BigInteger.valueOf(f.significand(b)).shiftLeft(eb - e);
        BigInteger sum = (sa ? va.negate() : va).add(sb ? vb.negate() : vb);
        if (sum.signum() == 0) return rc == Mxcsr.RD ? f.signBit : 0;
        return round(f, sum.signum() < 0, sum.abs(), e, false);
    }

    public long sub(Fmt f, long a, long b) {
        if (anyNaN(f, a, b)) return nanResult(f, a, b);
        return add(f, a, b ^ f.signBit);
    }

    public long mul(Fmt f, long a, long b) {
        if (anyNaN(f, a, b)) return nanResult(f, a, b);
        a = in(f, a);
        b = in(f, b);
        if (fast && normalOrZero(f, a) && normalOrZero(f, b)) {
            double r = f.toDouble(a) * f.toDouble(b);
            if (f.isZero(a) || f.isZero(b)) return f.fromDouble(r);
            long x = fastResult(f, f == Fmt.S ? (float) r : r);
            if (x != -1) return x;
        }
        boolean neg = f.isNeg(a) != f.isNeg(b);
        long sign = neg ? f.signBit : 0;
        boolean za = f.isZero(a), zb = f.isZero(b), ia = f.isInf(a), ib = f.isInf(b);
        if (ia || ib) return za || zb ? invalid(f) : sign | f.inf;
        if (za || zb) return sign;
        BigInteger p = BigInteger.valueOf(f.significand(a)).multiply(BigInteger.valueOf(f.significand(b)));
        return round(f, neg, p, f.unitExp(a) + f.unitExp(b), false);
    }

    public long div(Fmt f, long a, long b) {
        if (anyNaN(f, a, b)) return nanResult(f, a, b);
        if (f.isZero(b) || daz && f.isDenormal(b)) {
            // Division by zero is decided before a denormal dividend would raise DE (as measured).
            long sign = (a ^ b) & f.signBit;
            if (f.isZero(a) || daz && f.isDenormal(a)) return invalid(f);
            if (f.isInf(a)) return sign | f.inf;
            flags |= Mxcsr.ZE;
            return sign | f.inf;
        }
        a = in(f, a);
        b = in(f, b);
        if (fast && normalOrZero(f, a) && normalOrZero(f, b) && !f.isZero(b)) {
            double r = f.toDouble(a) / f.toDouble(b);
            if (f.isZero(a)) return f.fromDouble(r);
            long x = fastResult(f, f == Fmt.S ? (float) r : r);
            if (x != -1) return x;
        }
        boolean neg = f.isNeg(a) != f.isNeg(b);
        long sign = neg ? f.signBit : 0;
        boolean za = f.isZero(a), zb = f.isZero(b), ia = f.isInf(a), ib = f.isInf(b);
        if (ia && ib || za && zb) return invalid(f);
        if (ia) return sign | f.inf;
        if (ib || za) return sign;
        if (zb) {
            flags |= Mxcsr.ZE;
            return sign | f.inf;
        }
        BigInteger ma = BigInteger.valueOf(f.significand(a)), mb = BigInteger.valueOf(f.significand(b));
        int k = f.p + 2 + mb.bitLength();
        BigInteger[] qr = ma.shiftLeft(k).divideAndRemainder(mb);
        return round(f, neg, qr[0], f.unitExp(a) - f.unitExp(b) - k, qr[1].signum() != 0);
    }

    public long sqrt(Fmt f, long a) {
        if (f.isNaN(a)) {
            if (f.isSNaN(a)) flags |= Mxcsr.IE;
            return f.quiet(a);
        }
        // A negative operand is invalid before it could count as denormal (no DE), unless DAZ zeroes it.
        if (f.isNeg(a) && !f.isZero(a) && !(daz && f.isDenormal(a))) return invalid(f);
        a = in(f, a);
        if (f.isZero(a)) return a;
        if (f.isInf(a)) return a;
        if (fast && normalOrZero(f, a)) {
            long x = fastResult(f, f == Fmt.S ? (float) Math.sqrt(f.toDouble(a)) : Math.sqrt(f.toDouble(a)));
            if (x != -1) return x;
        }
        int s = 2 * f.p + 4;
        BigInteger m = BigInteger.valueOf(f.significand(a)).shiftLeft(s);
        int e = f.unitExp(a) - s;
        if ((e & 1) != 0) {
            m = m.shiftLeft(1);
            e--;
        }
        BigInteger root = m.sqrt();
        boolean sticky = !root.multiply(root).equals(m);
        return round(f, false, root, e / 2, sticky);
    }

    /** minps/maxps: the second operand when either is a NaN (IE even for QNaN) or both are zeros. */
    public long minMax(Fmt f, long a, long b, boolean max) {
        if (f.isNaN(a) || f.isNaN(b)) {
            flags |= Mxcsr.IE;
            return daz && f.isDenormal(b) ? b & f.signBit : b;
        }
        a = in(f, a);
        b = in(f, b);
        if (f.isZero(a) && f.isZero(b)) return b;
        double x = f.toDouble(a), y = f.toDouble(b);
        if (max) return x > y ? a : b;
        return x < y ? a : b;
    }

    /** Comparison predicates 0-7 of cmpps/cmpss/cmppd/cmpsd: all ones (true) or zero. */
    public boolean compare(Fmt f, long a, long b, int predicate) {
        boolean unordered = f.isNaN(a) || f.isNaN(b);
        boolean signaling = switch (predicate & 7) { case 1, 2, 5, 6 -> true; default -> false; };
        if (unordered) {
            if (signaling || f.isSNaN(a) || f.isSNaN(b)) flags |= Mxcsr.IE;
        } else {
            a = in(f, a);
            b = in(f, b);
        }
        double x = f.toDouble(a), y = f.toDouble(b);
        return switch (predicate & 7) {
            case 0 -> !unordered && x == y;
            case 1 -> !unordered && x < y;
            case 2 -> !unordered && x <= y;
            case 3 -> unordered;
            case 4 -> unordered || x != y;
            case 5 -> unordered || !(x < y);
            case 6 -> unordered || !(x <= y);
            default -> !unordered;
        };
    }

    /** comis/ucomis: the ZF/PF/CF pattern (unordered 111, less 001, equal 100, greater 000). */
    public long comi(Fmt f, long a, long b, boolean signalQNaN) {
        if (f.isNaN(a) || f.isNaN(b)) {
            if (signalQNaN || f.isSNaN(a) || f.isSNaN(b)) flags |= Mxcsr.IE;
            return Cpu.ZF | Cpu.PF | Cpu.CF;
        }
        double x = f.toDouble(in(f, a)), y = f.toDouble(in(f, b));
        if (x < y) return Cpu.CF;
        if (x == y) return Cpu.ZF;
        return 0;
    }

    // ------------------------------------------------------------------ conversions

    /** cvtss2sd / cvtsd2ss and the packed forms. */
    public long convert(Fmt from, Fmt to, long x) {
        boolean neg = from.isNeg(x);
        long sign = neg ? to.signBit : 0;
        if (from.isNaN(x)) {
            if (from.isSNaN(x)) flags |= Mxcsr.IE;
            long frac = x & from.fracMask;
            int d = to.p - from.p;
            frac = d >= 0 ? frac << d : frac >>> -d;
            return sign | to.expMask | to.quietBit | frac;
        }
        x = in(from, x);
        if (from == Fmt.S) return to.fromDouble(from.toDouble(x)); // widening is exact
        if (from.isInf(x)) return sign | to.inf;
        if (from.isZero(x)) return sign;
        if (fast) {
            long r = fastResult(to, (float) from.toDouble(x));
            if (r != -1) return r;
        }
        return round(to, neg, BigInteger.valueOf(from.significand(x)), from.unitExp(x), false);
    }

    /** cvtsi2ss/cvtsi2sd/cvtdq2ps/...: a signed integer to floating point, rounded by MXCSR. */
    public long fromInt(Fmt to, long v) {
        if (v == 0) return 0;
        if (Math.abs(v) <= 1L << to.p && v != Long.MIN_VALUE) return to.fromDouble((double) v); // exact
        BigInteger m = BigInteger.valueOf(v);
        return round(to, v < 0, m.abs(), 0, false);
    }

    /**
     * cvt(t)ss2si and friends: to a signed integer of the given width (32 or 64), rounding by MXCSR or
     * truncating; NaN, infinity and out-of-range give the integer indefinite (only the sign bit set) and IE.
     */
    public long toInt(Fmt f, long x, int bits, boolean truncate) {
        long indefinite = 1L << (bits - 1);
        if (f.isNaN(x) || f.isInf(x)) {
            flags |= Mxcsr.IE;
            return indefinite;
        }
        if (daz && f.isDenormal(x)) return 0;
        if (f.isZero(x)) return 0;
        double d = f.toDouble(x);
        if (Math.abs(d) < 0x1p62) { // every such double converts exactly once rounded to an integer
            int mode = truncate ? Mxcsr.RZ : rc;
            double r = switch (mode) {
                case Mxcsr.RN -> Math.rint(d);
                case Mxcsr.RD -> Math.floor(d);
                case Mxcsr.RU -> Math.ceil(d);
                default -> d < 0 ? Math.ceil(d) : Math.floor(d);
            };
            long v = (long) r;
            if (bits == 32 && v != (int) v) {
                flags |= Mxcsr.IE;
                return indefinite;
            }
            if (r != d) flags |= Mxcsr.PE;
            return v;
        }
        boolean neg = f.isNeg(x);
        int e = f.unitExp(x);
        BigInteger m = BigInteger.valueOf(f.significand(x));
        BigInteger r;
        boolean inexact = false;
        if (e >= 0) {
            if (e + m.bitLength() > bits) {
                flags |= Mxcsr.IE;
                return indefinite;
            }
            r = m.shiftLeft(e);
        } else {
            r = roundShift(m, -e, false, neg, truncate ? Mxcsr.RZ : rc);
            inexact = lastInexact;
        }
        BigInteger v = neg ? r.negate() : r;
        if (v.bitLength() > bits - 1) { // outside [-2^(bits-1), 2^(bits-1)-1]
            flags |= Mxcsr.IE;
            return indefinite;
        }
        if (inexact) flags |= Mxcsr.PE;
        return v.longValue();
    }

    // ------------------------------------------------------------------ rounding

    private boolean lastInexact;

    /** m >> shift rounded in mode rc (sticky: a nonzero tail below m's last bit); sets lastInexact. */
    private BigInteger roundShift(BigInteger m, int shift, boolean sticky, boolean neg, int mode) {
        if (shift <= 0) {
            lastInexact = sticky;
            BigInteger r = m.shiftLeft(-shift);
            if (sticky && (mode == Mxcsr.RU && !neg || mode == Mxcsr.RD && neg)) r = r.add(BigInteger.ONE);
            return r;
        }
        BigInteger q = m.shiftRight(shift);
        boolean half = m.testBit(shift - 1);
        int low = m.getLowestSetBit();
        boolean below = sticky || (low >= 0 && low < shift - 1);
        lastInexact = half || below;
        boolean up = switch (mode) {
            case Mxcsr.RN -> half && (below || q.testBit(0));
            case Mxcsr.RD -> lastInexact && neg;
            case Mxcsr.RU -> lastInexact && !neg;
            default -> false;
        };
        return up ? q.add(BigInteger.ONE) : q;
    }

    /**
     * Rounds the exact nonzero value (-1)^neg * mag * 2^exp (plus a nonzero tail below mag's last bit when
     * sticky) to format f in the current mode, with overflow, underflow, FTZ and inexact handling.
     */
    long round(Fmt f, boolean neg, BigInteger mag, int exp, boolean sticky) {
        long sign = neg ? f.signBit : 0;
        int len = mag.bitLength();
        int lead = exp + len - 1;
        // Tininess after rounding: the result rounded to p bits with an unbounded exponent is below 2^emin.
        boolean tiny = lead < f.emin - 1;
        if (lead == f.emin - 1) tiny = roundShift(mag, len - f.p, sticky, neg, rc).bitLength() <= f.p;
        // With underflow unmasked, tininess alone is the exception; #XM follows, so the result does not
        // matter, and (as measured) this lane then reports no PE.
        if (tiny && underflowUnmasked) {
            flags |= Mxcsr.UE;
            return sign;
        }
        if (tiny && ftz) {
            flags |= Mxcsr.UE | Mxcsr.PE;
            return sign;
        }
        int qmin = f.emin - (f.p - 1);
        int shift = Math.max(len - f.p, qmin - exp);
        BigInteger r = roundShift(mag, shift, sticky, neg, rc);
        boolean inexact = lastInexact;
        int q = exp + shift;
        if (r.bitLength() > f.p) {
            r = r.shiftRight(1);
            q++;
        }
        long bitsR = r.longValue();
        long biased = (long) q + (f.p - 1) + f.bias;
        if (r.bitLength() == f.p && biased >= (1L << f.ebits) - 1) {
            if (overflowUnmasked) { // #XM follows; this lane reports OE without PE, as measured
                flags |= Mxcsr.OE;
                return sign | f.inf;
            }
            flags |= Mxcsr.OE | Mxcsr.PE;
            boolean toInf = switch (rc) {
                case Mxcsr.RN -> true;
                case Mxcsr.RD -> neg;
                case Mxcsr.RU -> !neg;
                default -> false;
            };
            return sign | (toInf ? f.inf : f.maxFinite);
        }
        if (inexact) flags |= Mxcsr.PE;
        if (tiny && inexact) flags |= Mxcsr.UE;
        if (r.signum() == 0) return sign;
        if (r.bitLength() < f.p) return sign | bitsR; // subnormal
        return sign | biased << (f.p - 1) | (bitsR & f.fracMask);
    }
}
