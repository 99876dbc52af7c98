package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;

import lbj.cpu.Cpu;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Insn;
import lbj.cpu.decode.OpTable;

/**
 * SSE/SSE2 floating-point instructions: arithmetic, min/max, sqrt, reciprocal estimates, logic, compares,
 * shuffles and unpacks, in packed single (no prefix), packed double (66), scalar single (F3) and scalar
 * double (F2) forms.
 */
public final class SseFloat {
    private SseFloat() {}

    /** One lane of a two-operand operation. */
    @FunctionalInterface
    interface Bin {
        long apply(Fp fp, Fmt f, long a, long b);
    }

    /** One lane of a one-operand operation (sqrt). */
    @FunctionalInterface
    interface Un {
        long apply(Fp fp, Fmt f, long a);
    }

    public static void register(OpTable t) {
        arith(t, 0x58, "add", Fp::add);
        arith(t, 0x59, "mul", Fp::mul);
        arith(t, 0x5C, "sub", Fp::sub);
        arith(t, 0x5E, "div", Fp::div);
        arith(t, 0x5D, "min", (fp, f, a, b) -> fp.minMax(f, a, b, false));
        arith(t, 0x5F, "max", (fp, f, a, b) -> fp.minMax(f, a, b, true));
        unary(t, 0x51, "sqrt", Fp::sqrt, true);
        unary(t, 0x52, "rsqrt", (fp, f, a) -> Estimate.rsqrt(a), false);
        unary(t, 0x53, "rcp", (fp, f, a) -> Estimate.rcp(a), false);

        logic(t, 0x54, "and", (a, b) -> a & b);
        logic(t, 0x55, "andn", (a, b) -> ~a & b);
        logic(t, 0x56, "or", (a, b) -> a | b);
        logic(t, 0x57, "xor", (a, b) -> a ^ b);

        arithImm(t, 0xC2, "cmp");
        SimdTable.simd(t, MAP_0F, P_NONE, 0x2F, "comiss", Imm.NONE, (c, i) -> comi(c, i, Fmt.S, true));
        SimdTable.simd(t, MAP_0F, P_66, 0x2F, "comisd", Imm.NONE, (c, i) -> comi(c, i, Fmt.D, true));
        SimdTable.simd(t, MAP_0F, P_NONE, 0x2E, "ucomiss", Imm.NONE, (c, i) -> comi(c, i, Fmt.S, false));
        SimdTable.simd(t, MAP_0F, P_66, 0x2E, "ucomisd", Imm.NONE, (c, i) -> comi(c, i, Fmt.D, false));

        SimdTable.simd(t, MAP_0F, P_NONE, 0xC6, "shufps", Imm.B, SseFloat::shufps);
        SimdTable.simd(t, MAP_0F, P_66, 0xC6, "shufpd", Imm.B, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            long a = (i.imm & 1) == 0 ? Xmm.lo(c, i.reg) : Xmm.hi(c, i.reg);
            long b = (i.imm & 2) == 0 ? s[0] : s[1];
            Xmm.set(c, i.reg, a, b);
        });
        SimdTable.simd(t, MAP_0F, P_NONE, 0x14, "unpcklps", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            long a = Xmm.lo(c, i.reg);
            Xmm.set(c, i.reg, a & 0xFFFF_FFFFL | s[0] << 32, a >>> 32 | s[0] & 0xFFFF_FFFF_0000_0000L);
        });
        SimdTable.simd(t, MAP_0F, P_NONE, 0x15, "unpckhps", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            long a = Xmm.hi(c, i.reg);
            Xmm.set(c, i.reg, a & 0xFFFF_FFFFL | s[1] << 32, a >>> 32 | s[1] & 0xFFFF_FFFF_0000_0000L);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x14, "unpcklpd", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, Xmm.lo(c, i.reg), s[0]);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x15, "unpckhpd", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Xmm.set(c, i.reg, Xmm.hi(c, i.reg), s[1]);
        });
    }

    static long lane(long[] v, int n) {
        return v[n >> 1] >>> 32 * (n & 1) & 0xFFFF_FFFFL;
    }

    private static void arith(OpTable t, int opc, String name, Bin op) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name + "ps", Imm.NONE, (c, i) -> packed(c, i, Fmt.S, op));
        SimdTable.simd(t, MAP_0F, P_66, opc, name + "pd", Imm.NONE, (c, i) -> packed(c, i, Fmt.D, op));
        SimdTable.simd(t, MAP_0F, P_F3, opc, name + "ss", Imm.NONE, (c, i) -> scalar(c, i, Fmt.S, op));
        SimdTable.simd(t, MAP_0F, P_F2, opc, name + "sd", Imm.NONE, (c, i) -> scalar(c, i, Fmt.D, op));
    }

    private static void arithImm(OpTable t, int opc, String name) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name + "ps", Imm.B, (c, i) -> packed(c, i, Fmt.S, compare(i)));
        SimdTable.simd(t, MAP_0F, P_66, opc, name + "pd", Imm.B, (c, i) -> packed(c, i, Fmt.D, compare(i)));
        SimdTable.simd(t, MAP_0F, P_F3, opc, name + "ss", Imm.B, (c, i) -> scalar(c, i, Fmt.S, compare(i)));
        SimdTable.simd(t, MAP_0F, P_F2, opc, name + "sd", Imm.B, (c, i) -> scalar(c, i, Fmt.D, compare(i)));
    }

    private static Bin compare(Insn i) {
        int pred = (int) i.imm & 7;
        return (fp, f, a, b) -> fp.compare(f, a, b, pred) ? f.mask : 0;
    }

    static void packed(Cpu c, Insn i, Fmt f, Bin op) {
        long[] s = Xmm.rm128(c, i, true);
        long[] d = {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)};
        Fp fp = new Fp(c);
        long lo, hi;
        if (f == Fmt.D) {
            lo = op.apply(fp, f, d[0], s[0]);
            hi = op.apply(fp, f, d[1], s[1]);
        } else {
            lo = op.apply(fp, f, lane(d, 0), lane(s, 0)) | op.apply(fp, f, lane(d, 1), lane(s, 1)) << 32;
            hi = op.apply(fp, f, lane(d, 2), lane(s, 2)) | op.apply(fp, f, lane(d, 3), lane(s, 3)) << 32;
        }
        Mxcsr.commit(c, fp.flags);
        Xmm.set(c, i.reg, lo, hi);
    }

    static void scalar(Cpu c, Insn i, Fmt f, Bin op) {
        long b = f == Fmt.D ? Xmm.rm64(c, i) : Xmm.rm32(c, i);
        long d = Xmm.lo(c, i.reg);
        Fp fp = new Fp(c);
        long r = op.apply(fp, f, d & f.mask, b);
        Mxcsr.commit(c, fp.flags);
        c.xmm[2 * i.reg] = d & ~f.mask | r & f.mask;
    }

    private static void unary(OpTable t, int opc, String name, Un op, boolean withDouble) {
        SimdTable.simd(t, MAP_0F, P_NONE, opc, name + "ps", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Fp fp = new Fp(c);
            Fmt f = Fmt.S;
            long lo = op.apply(fp, f, lane(s, 0)) | op.apply(fp, f, lane(s, 1)) << 32;
            long hi = op.apply(fp, f, lane(s, 2)) | op.apply(fp, f, lane(s, 3)) << 32;
            Mxcsr.commit(c, fp.flags);
            Xmm.set(c, i.reg, lo, hi);
        });
        SimdTable.simd(t, MAP_0F, P_F3, opc, name + "ss", Imm.NONE, (c, i) -> scalar(c, i, Fmt.S, (fp, f, a, b) -> op.apply(fp, f, b)));
        if (!withDouble) return;
        SimdTable.simd(t, MAP_0F, P_66, opc, name + "pd", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Fp fp = new Fp(c);
            long lo = op.apply(fp, Fmt.D, s[0]);
            long hi = op.apply(fp, Fmt.D, s[1]);
            Mxcsr.commit(c, fp.flags);
            Xmm.set(c, i.reg, lo, hi);
        });
        SimdTable.simd(t, MAP_0F, P_F2, opc, name + "sd", Imm.NONE, (c, i) -> scalar(c, i, Fmt.D, (fp, f, a, b) -> op.apply(fp, f, b)));
    }

    @FunctionalInterface
    interface Bits {
        long apply(long a, long b);
    }

    private static void logic(OpTable t, int opc, String name, Bits op) {
        for (int p : new int[] {P_NONE, P_66}) {
            SimdTable.simd(t, MAP_0F, p, opc, name + (p == P_NONE ? "ps" : "pd"), Imm.NONE, (c, i) -> {
                long[] s = Xmm.rm128(c, i, true);
                Xmm.set(c, i.reg, op.apply(Xmm.lo(c, i.reg), s[0]), op.apply(Xmm.hi(c, i.reg), s[1]));
            });
        }
    }

    private static void comi(Cpu c, Insn i, Fmt f, boolean signalQNaN) {
        long b = f == Fmt.D ? Xmm.rm64(c, i) : Xmm.rm32(c, i);
        Fp fp = new Fp(c);
        long zpc = fp.comi(f, Xmm.lo(c, i.reg) & f.mask, b, signalQNaN);
        Mxcsr.commit(c, fp.flags);
        c.setRflags(c.getRflags() & ~Cpu.ARITH_FLAGS | zpc);
    }

    private static void shufps(Cpu c, Insn i) {
        long[] s = Xmm.rm128(c, i, true);
        long[] d = {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)};
        int m = (int) i.imm;
        long lo = lane(d, m & 3) | lane(d, m >> 2 & 3) << 32;
        long hi = lane(s, m >> 4 & 3) | lane(s, m >> 6 & 3) << 32;
        Xmm.set(c, i.reg, lo, hi);
    }
}
