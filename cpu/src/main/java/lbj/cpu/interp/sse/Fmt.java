package lbj.cpu.interp.sse;

/** An IEEE binary floating-point format as SSE uses it: single (32-bit) or double (64-bit). */
public final class Fmt {
    public static final Fmt S = new Fmt(24, 8);
    public static final Fmt D = new Fmt(53, 11);

    /** Precision in bits (incl. the implicit bit), exponent field width, bias and normal exponent range. */
    public final int p, ebits, bias, emin, emax, width;
    public final long fracMask, expMask, signBit, quietBit, defaultNaN, maxFinite, inf, mask;

    private Fmt(int p, int ebits) {
        this.p = p;
        this.ebits = ebits;
        this.width = p + ebits;
        this.bias = (1 << (ebits - 1)) - 1;
        this.emin = 1 - bias;
        this.emax = bias;
        this.fracMask = (1L << (p - 1)) - 1;
        this.expMask = ((1L << ebits) - 1) << (p - 1);
        this.signBit = 1L << (width - 1);
        this.quietBit = 1L << (p - 2);
        this.mask = width == 64 ? -1L : (1L << width) - 1;
        this.inf = expMask;
        this.maxFinite = expMask - 1;
        // The "QNaN floating-point indefinite": sign set, quiet bit set, rest of the fraction clear.
        this.defaultNaN = signBit | expMask | quietBit;
    }

    public boolean isNaN(long x) { return (x & expMask) == expMask && (x & fracMask) != 0; }

    public boolean isSNaN(long x) { return isNaN(x) && (x & quietBit) == 0; }

    public boolean isInf(long x) { return (x & ~signBit & mask) == expMask; }

    public boolean isZero(long x) { return (x & ~signBit & mask) == 0; }

    public boolean isDenormal(long x) { return (x & expMask) == 0 && (x & fracMask) != 0; }

    public boolean isNeg(long x) { return (x & signBit) != 0; }

    public long quiet(long x) { return x | quietBit; }

    /** Biased exponent field. */
    public int biasedExp(long x) { return (int) ((x & expMask) >>> (p - 1)); }

    /** The significand as an integer (with the implicit bit for normal numbers). */
    public long significand(long x) {
        long frac = x & fracMask;
        return biasedExp(x) == 0 ? frac : frac | 1L << (p - 1);
    }

    /** The exponent of the significand's last bit: |x| = significand(x) * 2^unitExp(x). */
    public int unitExp(long x) {
        int e = biasedExp(x);
        return (e == 0 ? 1 : e) - bias - (p - 1);
    }

    public double toDouble(long x) {
        return this == D ? Double.longBitsToDouble(x) : Float.intBitsToFloat((int) x);
    }

    public long fromDouble(double d) {
        return this == D ? Double.doubleToRawLongBits(d) : Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL;
    }

    /** Smallest positive normal as a double. */
    public double minNormal() { return this == D ? Double.MIN_NORMAL : Float.MIN_NORMAL; }

    public double maxValue() { return this == D ? Double.MAX_VALUE : Float.MAX_VALUE; }
}
