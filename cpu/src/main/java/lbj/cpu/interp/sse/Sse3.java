package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Insn;
import lbj.cpu.decode.OpTable;

/**
 * The SIMD part of SSE3: addsub, horizontal add/sub, movddup/movsldup/movshdup and lddqu. (fisttp is x87
 * and monitor/mwait are not offered; CPUID may claim SSE3 only together with the x87 side's fisttp.)
 */
public final class Sse3 {
    private Sse3() {}

    public static void register(OpTable t) {
        SimdTable.simd(t, MAP_0F, P_F2, 0xD0, "addsubps", Imm.NONE, (c, i) -> floats(c, i, Fmt.S, (fp, a, b) -> new long[] {
                fp.sub(Fmt.S, a[0], b[0]), fp.add(Fmt.S, a[1], b[1]), fp.sub(Fmt.S, a[2], b[2]), fp.add(Fmt.S, a[3], b[3])}));
        SimdTable.simd(t, MAP_0F, P_66, 0xD0, "addsubpd", Imm.NONE, (c, i) -> floats(c, i, Fmt.D, (fp, a, b) -> new long[] {
                fp.sub(Fmt.D, a[0], b[0]), fp.add(Fmt.D, a[1], b[1])}));
        SimdTable.simd(t, MAP_0F, P_F2, 0x7C, "haddps", Imm.NONE, (c, i) -> floats(c, i, Fmt.S, (fp, a, b) -> new long[] {
                fp.add(Fmt.S, a[0], a[1]), fp.add(Fmt.S, a[2], a[3]), fp.add(Fmt.S, b[0], b[1]), fp.add(Fmt.S, b[2], b[3])}));
        SimdTable.simd(t, MAP_0F, P_66, 0x7C, "haddpd", Imm.NONE, (c, i) -> floats(c, i, Fmt.D, (fp, a, b) -> new long[] {
                fp.add(Fmt.D, a[0], a[1]), fp.add(Fmt.D, b[0], b[1])}));
        SimdTable.simd(t, MAP_0F, P_F2, 0x7D, "hsubps", Imm.NONE, (c, i) -> floats(c, i, Fmt.S, (fp, a, b) -> new long[] {
                fp.sub(Fmt.S, a[0], a[1]), fp.sub(Fmt.S, a[2], a[3]), fp.sub(Fmt.S, b[0], b[1]), fp.sub(Fmt.S, b[2], b[3])}));
        SimdTable.simd(t, MAP_0F, P_66, 0x7D, "hsubpd", Imm.NONE, (c, i) -> floats(c, i, Fmt.D, (fp, a, b) -> new long[] {
                fp.sub(Fmt.D, a[0], a[1]), fp.sub(Fmt.D, b[0], b[1])}));

        SimdTable.simd(t, MAP_0F, P_F2, 0x12, "movddup", Imm.NONE, (c, i) -> {
            long s = Xmm.rm64(c, i);
            Xmm.set(c, i.reg, s, s);
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x12, "movsldup", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, s[0] & 0xFFFF_FFFFL | s[0] << 32, s[1] & 0xFFFF_FFFFL | s[1] << 32);
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x16, "movshdup", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, s[0] >>> 32 | s[0] & 0xFFFF_FFFF_0000_0000L, s[1] >>> 32 | s[1] & 0xFFFF_FFFF_0000_0000L);
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0xF0, "lddqu", Imm.NONE, (c, i) -> {
            if (i.mod == 3) throw CpuTrap.ud();
            long[] s = Xmm.rm128(c, i, false);
            Xmm.set(c, i.reg, s[0], s[1]);
        });
    }

    @FunctionalInterface
    interface Lanes4 {
        /** Elements of destination and source in, result elements out. */
        long[] apply(Fp fp, long[] a, long[] b);
    }

    private static void floats(Cpu c, Insn i, Fmt f, Lanes4 op) {
        long[] s = Xmm.rm128(c, i, true);
        long[] d = {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)};
        Fp fp = new Fp(c);
        long[] r;
        if (f == Fmt.D) {
            r = op.apply(fp, d, s);
        } else {
            long[] e = op.apply(fp, split(d), split(s));
            r = new long[] {e[0] | e[1] << 32, e[2] | e[3] << 32};
        }
        Mxcsr.commit(c, fp.flags);
        Xmm.set(c, i.reg, r[0], r[1]);
    }

    private static long[] split(long[] v) {
        return new long[] {v[0] & 0xFFFF_FFFFL, v[0] >>> 32, v[1] & 0xFFFF_FFFFL, v[1] >>> 32};
    }
}
