package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;

import lbj.cpu.Cpu;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Insn;
import lbj.cpu.decode.OpTable;

/** SSE/SSE2 conversions between integers, singles and doubles, including the MMX-operand forms. */
public final class SseConvert {
    private SseConvert() {}

    private static final long LO32 = 0xFFFF_FFFFL;

    public static void register(OpTable t) {
        // 0F 2A: int -> float
        SimdTable.simd(t, MAP_0F, P_NONE, 0x2A, "cvtpi2ps", Imm.NONE, (c, i) -> {
            long s = Mmx.rm(c, i);
            Fp fp = new Fp(c);
            long r = fp.fromInt(Fmt.S, (int) s) | fp.fromInt(Fmt.S, (int) (s >> 32)) << 32;
            Mxcsr.commit(c, fp.flags);
            c.xmm[2 * i.reg] = r;
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x2A, "cvtpi2pd", Imm.NONE, (c, i) -> {
            long s = Mmx.rm(c, i);
            Fp fp = new Fp(c);
            Xmm.set(c, i.reg, fp.fromInt(Fmt.D, (int) s), fp.fromInt(Fmt.D, (int) (s >> 32)));
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x2A, "cvtsi2ss", Imm.NONE, (c, i) -> {
            long s = Xmm.gpRm(c, i, i.rexW());
            Fp fp = new Fp(c);
            long r = fp.fromInt(Fmt.S, i.rexW() ? s : (int) s);
            Mxcsr.commit(c, fp.flags);
            c.xmm[2 * i.reg] = c.xmm[2 * i.reg] & ~LO32 | r;
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0x2A, "cvtsi2sd", Imm.NONE, (c, i) -> {
            long s = Xmm.gpRm(c, i, i.rexW());
            Fp fp = new Fp(c);
            long r = fp.fromInt(Fmt.D, i.rexW() ? s : (int) s);
            Mxcsr.commit(c, fp.flags);
            c.xmm[2 * i.reg] = r;
        });

        // 0F 2C (truncating) and 0F 2D (MXCSR rounding): float -> int
        for (boolean trunc : new boolean[] {true, false}) {
            int opc = trunc ? 0x2C : 0x2D;
            String tt = trunc ? "cvtt" : "cvt";
            SimdTable.simd(t, MAP_0F, P_NONE, opc, tt + "ps2pi", Imm.NONE, (c, i) -> {
                long s = Xmm.rm64(c, i);
                Fp fp = new Fp(c);
                long r = fp.toInt(Fmt.S, s & LO32, 32, trunc) & LO32 | fp.toInt(Fmt.S, s >>> 32, 32, trunc) << 32;
                Mxcsr.commit(c, fp.flags);
                Mmx.set(c, i.reg, r);
            });
            SimdTable.simd(t, MAP_0F, P_66, opc, tt + "pd2pi", Imm.NONE, (c, i) -> {
                long[] s = Xmm.rm128(c, i, true);
                Fp fp = new Fp(c);
                long r = fp.toInt(Fmt.D, s[0], 32, trunc) & LO32 | fp.toInt(Fmt.D, s[1], 32, trunc) << 32;
                Mxcsr.commit(c, fp.flags);
                Mmx.set(c, i.reg, r);
            });
            SimdTable.simd(t, MAP_0F, P_F3, opc, tt + "ss2si", Imm.NONE, (c, i) -> toGp(c, i, Fmt.S, trunc));
            SimdTable.simd(t, MAP_0F, P_F2, opc, tt + "sd2si", Imm.NONE, (c, i) -> toGp(c, i, Fmt.D, trunc));
        }

        // 0F 5A: single <-> double
        SimdTable.simd(t, MAP_0F, P_NONE, 0x5A, "cvtps2pd", Imm.NONE, (c, i) -> {
            long s = Xmm.rm64(c, i);
            Fp fp = new Fp(c);
            long lo = fp.convert(Fmt.S, Fmt.D, s & LO32), hi = fp.convert(Fmt.S, Fmt.D, s >>> 32);
            Mxcsr.commit(c, fp.flags);
            Xmm.set(c, i.reg, lo, hi);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x5A, "cvtpd2ps", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Fp fp = new Fp(c);
            long r = fp.convert(Fmt.D, Fmt.S, s[0]) | fp.convert(Fmt.D, Fmt.S, s[1]) << 32;
            Mxcsr.commit(c, fp.flags);
            Xmm.set(c, i.reg, r, 0);
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x5A, "cvtss2sd", Imm.NONE, (c, i) -> {
            long s = Xmm.rm32(c, i);
            Fp fp = new Fp(c);
            long r = fp.convert(Fmt.S, Fmt.D, s);
            Mxcsr.commit(c, fp.flags);
            c.xmm[2 * i.reg] = r;
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0x5A, "cvtsd2ss", Imm.NONE, (c, i) -> {
            long s = Xmm.rm64(c, i);
            Fp fp = new Fp(c);
            long r = fp.convert(Fmt.D, Fmt.S, s);
            Mxcsr.commit(c, fp.flags);
            c.xmm[2 * i.reg] = c.xmm[2 * i.reg] & ~LO32 | r;
        });

        // 0F 5B: dwords <-> singles
        SimdTable.simd(t, MAP_0F, P_NONE, 0x5B, "cvtdq2ps", Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, true);
            Fp fp = new Fp(c);
            long lo = fp.fromInt(Fmt.S, (int) s[0]) | fp.fromInt(Fmt.S, (int) (s[0] >> 32)) << 32;
            long hi = fp.fromInt(Fmt.S, (int) s[1]) | fp.fromInt(Fmt.S, (int) (s[1] >> 32)) << 32;
            Mxcsr.commit(c, fp.flags);
            Xmm.set(c, i.reg, lo, hi);
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x5B, "cvtps2dq", Imm.NONE, (c, i) -> ps2dq(c, i, false));
        SimdTable.simd(t, MAP_0F, P_F3, 0x5B, "cvttps2dq", Imm.NONE, (c, i) -> ps2dq(c, i, true));

        // 0F E6: dwords <-> doubles
        SimdTable.simd(t, MAP_0F, P_F3, 0xE6, "cvtdq2pd", Imm.NONE, (c, i) -> {
            long s = Xmm.rm64(c, i);
            Fp fp = new Fp(c);
            Xmm.set(c, i.reg, fp.fromInt(Fmt.D, (int) s), fp.fromInt(Fmt.D, (int) (s >> 32)));
        });
        SimdTable.simd(t, MAP_0F, P_66, 0xE6, "cvttpd2dq", Imm.NONE, (c, i) -> pd2dq(c, i, true));
        SimdTable.simd(t, MAP_0F, P_F2, 0xE6, "cvtpd2dq", Imm.NONE, (c, i) -> pd2dq(c, i, false));
    }

    private static void toGp(Cpu c, Insn i, Fmt f, boolean trunc) {
        long s = f == Fmt.D ? Xmm.rm64(c, i) : Xmm.rm32(c, i);
        Fp fp = new Fp(c);
        boolean wide = i.rexW();
        long r = fp.toInt(f, s, wide ? 64 : 32, trunc);
        Mxcsr.commit(c, fp.flags);
        Xmm.setGp(c, i.reg, r, wide);
    }

    private static void ps2dq(Cpu c, Insn i, boolean trunc) {
        long[] s = Xmm.rm128(c, i, true);
        Fp fp = new Fp(c);
        long[] r = new long[2];
        for (int k = 0; k < 2; k++) {
            r[k] = fp.toInt(Fmt.S, s[k] & LO32, 32, trunc) & LO32 | fp.toInt(Fmt.S, s[k] >>> 32, 32, trunc) << 32;
        }
        Mxcsr.commit(c, fp.flags);
        Xmm.set(c, i.reg, r[0], r[1]);
    }

    private static void pd2dq(Cpu c, Insn i, boolean trunc) {
        long[] s = Xmm.rm128(c, i, true);
        Fp fp = new Fp(c);
        long r = fp.toInt(Fmt.D, s[0], 32, trunc) & LO32 | fp.toInt(Fmt.D, s[1], 32, trunc) << 32;
        Mxcsr.commit(c, fp.flags);
        Xmm.set(c, i.reg, r, 0);
    }
}
