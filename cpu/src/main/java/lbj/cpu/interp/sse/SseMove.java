package lbj.cpu.interp.sse;

import static lbj.cpu.decode.OpTable.*;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Insn;
import lbj.cpu.decode.OpTable;

/** SSE/SSE2/MMX data movement: full, scalar, half and element moves, masks, non-temporal and masked stores. */
public final class SseMove {
    private SseMove() {}

    private static final long LO32 = 0xFFFF_FFFFL;

    public static void register(OpTable t) {
        // Full 128-bit moves.
        load128(t, P_NONE, 0x10, "movups", false);
        load128(t, P_66, 0x10, "movupd", false);
        load128(t, P_NONE, 0x28, "movaps", true);
        load128(t, P_66, 0x28, "movapd", true);
        load128(t, P_66, 0x6F, "movdqa", true);
        load128(t, P_F3, 0x6F, "movdqu", false);
        store128(t, P_NONE, 0x11, "movups", false, false);
        store128(t, P_66, 0x11, "movupd", false, false);
        store128(t, P_NONE, 0x29, "movaps", true, false);
        store128(t, P_66, 0x29, "movapd", true, false);
        store128(t, P_66, 0x7F, "movdqa", true, false);
        store128(t, P_F3, 0x7F, "movdqu", false, false);
        store128(t, P_NONE, 0x2B, "movntps", true, true);
        store128(t, P_66, 0x2B, "movntpd", true, true);
        store128(t, P_66, 0xE7, "movntdq", true, true);

        // Scalar moves: a load from memory zeroes the rest of the register, a register move does not.
        SimdTable.simd(t, MAP_0F, P_F3, 0x10, "movss", Imm.NONE, (c, i) -> {
            if (i.mod == 3) c.xmm[2 * i.reg] = c.xmm[2 * i.reg] & ~LO32 | Xmm.lo(c, i.rm) & LO32;
            else Xmm.set(c, i.reg, c.mem.read32(i.ea(c)) & LO32, 0);
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0x10, "movsd", Imm.NONE, (c, i) -> {
            if (i.mod == 3) c.xmm[2 * i.reg] = Xmm.lo(c, i.rm);
            else Xmm.set(c, i.reg, c.mem.read64(i.ea(c)), 0);
        });
        SimdTable.simd(t, MAP_0F, P_F3, 0x11, "movss", Imm.NONE, (c, i) -> {
            if (i.mod == 3) c.xmm[2 * i.rm] = c.xmm[2 * i.rm] & ~LO32 | Xmm.lo(c, i.reg) & LO32;
            else c.mem.write32(i.ea(c), (int) Xmm.lo(c, i.reg));
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0x11, "movsd", Imm.NONE, (c, i) -> {
            if (i.mod == 3) c.xmm[2 * i.rm] = Xmm.lo(c, i.reg);
            else c.mem.write64(i.ea(c), Xmm.lo(c, i.reg));
        });

        // Half moves.
        SimdTable.simd(t, MAP_0F, P_NONE, 0x12, "movlps", Imm.NONE, (c, i) -> {
            c.xmm[2 * i.reg] = i.mod == 3 ? Xmm.hi(c, i.rm) /* movhlps */ : c.mem.read64(i.ea(c));
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x12, "movlpd", Imm.NONE, (c, i) -> c.xmm[2 * i.reg] = c.mem.read64(Xmm.memOnly(c, i)));
        SimdTable.simd(t, MAP_0F, P_NONE, 0x16, "movhps", Imm.NONE, (c, i) -> {
            c.xmm[2 * i.reg + 1] = i.mod == 3 ? Xmm.lo(c, i.rm) /* movlhps */ : c.mem.read64(i.ea(c));
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x16, "movhpd", Imm.NONE, (c, i) -> c.xmm[2 * i.reg + 1] = c.mem.read64(Xmm.memOnly(c, i)));
        for (int p : new int[] {P_NONE, P_66}) {
            String s = p == P_NONE ? "ps" : "pd";
            SimdTable.simd(t, MAP_0F, p, 0x13, "movl" + s, Imm.NONE, (c, i) -> c.mem.write64(Xmm.memOnly(c, i), Xmm.lo(c, i.reg)));
            SimdTable.simd(t, MAP_0F, p, 0x17, "movh" + s, Imm.NONE, (c, i) -> c.mem.write64(Xmm.memOnly(c, i), Xmm.hi(c, i.reg)));
        }

        // Sign masks.
        SimdTable.simd(t, MAP_0F, P_NONE, 0x50, "movmskps", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            long lo = Xmm.lo(c, i.rm), hi = Xmm.hi(c, i.rm);
            c.r[i.reg] = (lo >>> 31 & 1) | (lo >>> 63) << 1 | (hi >>> 31 & 1) << 2 | (hi >>> 63) << 3;
        });
        SimdTable.simd(t, MAP_0F, P_66, 0x50, "movmskpd", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            c.r[i.reg] = Xmm.lo(c, i.rm) >>> 63 | (Xmm.hi(c, i.rm) >>> 63) << 1;
        });
        SimdTable.simd(t, MAP_0F, P_NONE, 0xD7, "pmovmskb", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            c.r[i.reg] = byteSigns(Mmx.get(c, i.rm));
        });
        SimdTable.simd(t, MAP_0F, P_66, 0xD7, "pmovmskb", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            c.r[i.reg] = byteSigns(Xmm.lo(c, i.rm)) | byteSigns(Xmm.hi(c, i.rm)) << 8;
        });

        // movd/movq between general registers or memory and mm/xmm.
        SimdTable.simd(t, MAP_0F, P_NONE, 0x6E, "movd", Imm.NONE, (c, i) -> Mmx.set(c, i.reg, Xmm.gpRm(c, i, i.rexW())));
        SimdTable.simd(t, MAP_0F, P_66, 0x6E, "movd", Imm.NONE, (c, i) -> Xmm.set(c, i.reg, Xmm.gpRm(c, i, i.rexW()), 0));
        SimdTable.simd(t, MAP_0F, P_NONE, 0x7E, "movd", Imm.NONE, (c, i) -> toGpRm(c, i, Mmx.get(c, i.reg)));
        SimdTable.simd(t, MAP_0F, P_66, 0x7E, "movd", Imm.NONE, (c, i) -> toGpRm(c, i, Xmm.lo(c, i.reg)));
        SimdTable.simd(t, MAP_0F, P_F3, 0x7E, "movq", Imm.NONE, (c, i) -> Xmm.set(c, i.reg, Xmm.rm64(c, i), 0));
        SimdTable.simd(t, MAP_0F, P_66, 0xD6, "movq", Imm.NONE, (c, i) -> {
            if (i.mod == 3) Xmm.set(c, i.rm, Xmm.lo(c, i.reg), 0);
            else c.mem.write64(i.ea(c), Xmm.lo(c, i.reg));
        });

        // MMX moves.
        SimdTable.simd(t, MAP_0F, P_NONE, 0x6F, "movq", Imm.NONE, (c, i) -> Mmx.set(c, i.reg, Mmx.rm(c, i)));
        SimdTable.simd(t, MAP_0F, P_NONE, 0x7F, "movq", Imm.NONE, (c, i) -> {
            long v = Mmx.get(c, i.reg);
            if (i.mod == 3) Mmx.set(c, i.rm, v);
            else c.mem.write64(i.ea(c), v);
        });
        SimdTable.simd(t, MAP_0F, P_NONE, 0xE7, "movntq", Imm.NONE, (c, i) -> c.mem.write64(Xmm.memOnly(c, i), Mmx.get(c, i.reg)));
        SimdTable.simd(t, MAP_0F, P_F3, 0xD6, "movq2dq", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            Xmm.set(c, i.reg, Mmx.get(c, i.rm), 0);
        });
        SimdTable.simd(t, MAP_0F, P_F2, 0xD6, "movdq2q", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            Mmx.set(c, i.reg, Xmm.lo(c, i.rm));
        });
        t.op(MAP_0F, 0x77, "emms", false, Imm.NONE, (c, i) -> {
            if (i.lock) throw CpuTrap.ud();
            c.x87.emms();
        });

        // Byte-masked stores to [rdi].
        SimdTable.simd(t, MAP_0F, P_NONE, 0xF7, "maskmovq", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            maskedStore(c, i, new long[] {Mmx.get(c, i.reg)}, new long[] {Mmx.get(c, i.rm)});
        });
        SimdTable.simd(t, MAP_0F, P_66, 0xF7, "maskmovdqu", Imm.NONE, (c, i) -> {
            if (i.mod != 3) throw CpuTrap.ud();
            maskedStore(c, i, new long[] {Xmm.lo(c, i.reg), Xmm.hi(c, i.reg)},
                    new long[] {Xmm.lo(c, i.rm), Xmm.hi(c, i.rm)});
        });
    }

    private static void load128(OpTable t, int prefix, int opc, String name, boolean aligned) {
        SimdTable.simd(t, MAP_0F, prefix, opc, name, Imm.NONE, (c, i) -> {
            long[] s = Xmm.rm128(c, i, aligned);
            Xmm.set(c, i.reg, s[0], s[1]);
        });
    }

    private static void store128(OpTable t, int prefix, int opc, String name, boolean aligned, boolean memOnly) {
        SimdTable.simd(t, MAP_0F, prefix, opc, name, Imm.NONE, (c, i) -> {
            long lo = Xmm.lo(c, i.reg), hi = Xmm.hi(c, i.reg);
            if (i.mod == 3) {
                if (memOnly) throw CpuTrap.ud();
                Xmm.set(c, i.rm, lo, hi);
                return;
            }
            long a = i.ea(c);
            if (aligned) Xmm.checkAligned(a);
            Xmm.store128(c, a, lo, hi);
        });
    }

    /** movd/movq r/m32/64, mm/xmm: a register destination is zero-extended. */
    private static void toGpRm(Cpu c, Insn i, long v) {
        boolean wide = i.rexW();
        if (i.mod == 3) Xmm.setGp(c, i.rm, v, wide);
        else if (wide) c.mem.write64(i.ea(c), v);
        else c.mem.write32(i.ea(c), (int) v);
    }

    static long byteSigns(long v) {
        long m = 0;
        for (int k = 0; k < 8; k++) m |= (v >>> (8 * k + 7) & 1) << k;
        return m;
    }

    private static void maskedStore(Cpu c, Insn i, long[] data, long[] mask) {
        long a = c.r[Cpu.RDI];
        if (i.addrSize == 4) a &= 0xFFFF_FFFFL;
        if (i.segment == Insn.SEG_FS) a += c.fsBase;
        else if (i.segment == Insn.SEG_GS) a += c.gsBase;
        int n = data.length * 8;
        boolean any = false;
        for (long m : mask) any |= byteSigns(m) != 0;
        if (!any) return;
        c.mem.writePage(a);
        c.mem.writePage(a + n - 1);
        for (int k = 0; k < n; k++) {
            if ((mask[k >> 3] >>> (8 * (k & 7) + 7) & 1) != 0) {
                c.mem.write8(a + k, (byte) (data[k >> 3] >>> 8 * (k & 7)));
            }
        }
    }
}
