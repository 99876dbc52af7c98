package lbj.cpu.interp.sse;

/**
 * Element access over SIMD vectors held as 64-bit chunks (one chunk for an mm register, two for xmm):
 * element k of width bits, unsigned; and saturation helpers.
 */
final class Lanes {
    private Lanes() {}

    static long mask(int bits) { return bits == 64 ? -1L : (1L << bits) - 1; }

    static long get(long[] v, int k, int bits) {
        int per = 64 / bits;
        return v[k / per] >>> (k % per) * bits & mask(bits);
    }

    static void set(long[] v, int k, int bits, long x) {
        int per = 64 / bits, sh = (k % per) * bits;
        long m = mask(bits) << sh;
        v[k / per] = v[k / per] & ~m | (x << sh) & m;
    }

    static long count(long[] v, int bits) { return v.length * 64L / bits; }

    /** Sign-extends the low bits of x. */
    static long sx(long x, int bits) { return x << (64 - bits) >> (64 - bits); }

    static long satS(long x, int bits) {
        long max = (1L << (bits - 1)) - 1, min = -(1L << (bits - 1));
        return Math.max(min, Math.min(max, x)) & mask(bits);
    }

    static long satU(long x, int bits) {
        return Math.max(0, Math.min(mask(bits), x));
    }

    /** Applies op to each pair of elements. */
    static long[] map(long[] a, long[] b, int bits, ElementOp op) {
        long[] r = new long[a.length];
        int n = (int) count(a, bits);
        for (int k = 0; k < n; k++) set(r, k, bits, op.apply(get(a, k, bits), get(b, k, bits)));
        return r;
    }

    @FunctionalInterface
    interface ElementOp {
        /** Unsigned element values in, result element out (only its low bits are kept). */
        long apply(long a, long b);
    }
}
