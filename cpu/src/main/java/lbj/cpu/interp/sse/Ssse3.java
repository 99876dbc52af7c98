package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;
import static lbj.cpu.interp.sse.Lanes.*;

import lbj.cpu.decode.Imm;
import lbj.cpu.decode.OpTable;

/** SSSE3 (0F 38 00-1E and 0F 3A 0F), each in its MMX (no prefix) and xmm (66) form. */
public final class Ssse3 {
    private Ssse3() {}

    public static void register(OpTable t) {
        vec(t, 0x00, "pshufb", Ssse3::pshufb);
        vec(t, 0x01, "phaddw", (a, b) -> horizontal(a, b, 16, (x, y) -> x + y));
        vec(t, 0x02, "phaddd", (a, b) -> horizontal(a, b, 32, (x, y) -> x + y));
        vec(t, 0x03, "phaddsw", (a, b) -> horizontal(a, b, 16, (x, y) -> satS(sx(x, 16) + sx(y, 16), 16)));
        vec(t, 0x05, "phsubw", (a, b) -> horizontal(a, b, 16, (x, y) -> x - y));
        vec(t, 0x06, "phsubd", (a, b) -> horizontal(a, b, 32, (x, y) -> x - y));
        vec(t, 0x07, "phsubsw", (a, b) -> horizontal(a, b, 16, (x, y) -> satS(sx(x, 16) - sx(y, 16), 16)));
        vec(t, 0x04, "pmaddubsw", (a, b) -> map(a, b, 16, (x, y) -> satS(
                (x & 0xFF) * sx(y, 8) + (x >>> 8 & 0xFF) * sx(y >>> 8, 8), 16)));
        vec(t, 0x08, "psignb", (a, b) -> map(a, b, 8, (x, y) -> sign(x, y, 8)));
        vec(t, 0x09, "psignw", (a, b) -> map(a, b, 16, (x, y) -> sign(x, y, 16)));
        vec(t, 0x0A, "psignd", (a, b) -> map(a, b, 32, (x, y) -> sign(x, y, 32)));
        vec(t, 0x0B, "pmulhrsw", (a, b) -> map(a, b, 16, (x, y) -> (sx(x, 16) * sx(y, 16) >> 14) + 1 >> 1));
        vec(t, 0x1C, "pabsb", (a, b) -> map(a, b, 8, (x, y) -> Math.abs(sx(y, 8))));
        vec(t, 0x1D, "pabsw", (a, b) -> map(a, b, 16, (x, y) -> Math.abs(sx(y, 16))));
        vec(t, 0x1E, "pabsd", (a, b) -> map(a, b, 32, (x, y) -> Math.abs(sx(y, 32))));

        SimdTable.simd(t, MAP_0F3A, P_NONE, 0x0F, "palignr", Imm.B, (c, i) -> {
            long b = Mmx.rm(c, i);
            long a = Mmx.get(c, i.reg);
            Mmx.set(c, i.reg, palignr(new long[] {a}, new long[] {b}, (int) i.imm & 0xFF)[0]);
        });
        SimdTable.simd(t, MAP_0F3A, P_66, 0x0F, "palignr", Imm.B, (c, i) -> {
            long[] b = Xmm.rm128(c, i, true);
            long[] r = palignr(new long[] {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)}, b, (int) i.imm & 0xFF);
            Xmm.set(c, i.reg, r[0], r[1]);
        });
    }

    private static void vec(OpTable t, int opc, String name, SseInt.VecOp op) {
        SimdTable.simd(t, MAP_0F38, P_NONE, opc, name, Imm.NONE, (c, i) -> {
            long b = Mmx.rm(c, i);
            long a = Mmx.get(c, i.reg);
            Mmx.set(c, i.reg, op.apply(new long[] {a}, new long[] {b})[0]);
        });
        SimdTable.simd(t, MAP_0F38, P_66, opc, name, Imm.NONE, (c, i) -> {
            long[] b = Xmm.rm128(c, i, true);
            long[] r = op.apply(new long[] {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)}, b);
            Xmm.set(c, i.reg, r[0], r[1]);
        });
    }

    private static long sign(long x, long y, int bits) {
        long s = sx(y, bits);
        return s < 0 ? -x : s == 0 ? 0 : x;
    }

    /** Pairwise results of the destination's elements, then of the source's. */
    private static long[] horizontal(long[] a, long[] b, int bits, ElementOp op) {
        int n = (int) count(a, bits), half = n / 2;
        long[] r = new long[a.length];
        for (int k = 0; k < half; k++) {
            set(r, k, bits, op.apply(get(a, 2 * k, bits), get(a, 2 * k + 1, bits)));
            set(r, k + half, bits, op.apply(get(b, 2 * k, bits), get(b, 2 * k + 1, bits)));
        }
        return r;
    }

    private static long[] pshufb(long[] a, long[] b) {
        int n = a.length * 8;
        long[] r = new long[a.length];
        for (int k = 0; k < n; k++) {
            long sel = get(b, k, 8);
            set(r, k, 8, (sel & 0x80) != 0 ? 0 : get(a, (int) sel & (n - 1), 8));
        }
        return r;
    }

    /** (dest:src) >> 8*imm bytes, keeping the low vector; shifts past both give zero. */
    private static long[] palignr(long[] a, long[] b, int imm) {
        int n = a.length * 8;
        long[] r = new long[a.length];
        for (int k = 0; k < n; k++) {
            int idx = k + imm;
            long v = idx < n ? get(b, idx, 8) : idx < 2 * n ? get(a, idx - n, 8) : 0;
            set(r, k, 8, v);
        }
        return r;
    }
}
