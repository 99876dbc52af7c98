package lbj.cpu.interp.sse;

/**
 * rcpps/rcpss/rsqrtps/rsqrtss. The SDM only bounds their relative error (|e| <= 1.5 * 2^-12); Intel's
 * exact table is not public, so we return the correctly rounded value, which is within that bound but
 * not bit-identical to any particular processor. Special values follow the SDM: denormal inputs count
 * as zeros of the same sign, tiny results are flushed to zero, no MXCSR flags are raised.
 */
final class Estimate {
    private Estimate() {}

    private static final long SIGN = 0x8000_0000L;

    static long rcp(long a) {
        Fmt f = Fmt.S;
        if (f.isNaN(a)) return f.quiet(a);
        if (f.isZero(a) || f.isDenormal(a)) return a & SIGN | f.inf;
        float r = 1f / Float.intBitsToFloat((int) a);
        if (Math.abs(r) < Float.MIN_NORMAL) return a & SIGN;
        return Float.floatToRawIntBits(r) & 0xFFFF_FFFFL;
    }

    static long rsqrt(long a) {
        Fmt f = Fmt.S;
        if (f.isNaN(a)) return f.quiet(a);
        if (f.isZero(a) || f.isDenormal(a)) return a & SIGN | f.inf;
        if (f.isNeg(a)) return f.defaultNaN;
        if (f.isInf(a)) return 0;
        float r = (float) (1.0 / Math.sqrt(Float.intBitsToFloat((int) a)));
        return Float.floatToRawIntBits(r) & 0xFFFF_FFFFL;
    }
}
