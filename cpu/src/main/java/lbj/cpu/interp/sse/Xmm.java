package lbj.cpu.interp.sse;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.decode.Insn;

/**
 * Operand access for SSE instructions: the xmm register or memory operand named by ModRM.rm in its
 * different widths, alignment checks, and stores that fault before changing any byte.
 */
public final class Xmm {
    private Xmm() {}

    public static long lo(Cpu c, int n) { return c.xmm[2 * n]; }

    public static long hi(Cpu c, int n) { return c.xmm[2 * n + 1]; }

    public static void set(Cpu c, int n, long lo, long hi) {
        c.xmm[2 * n] = lo;
        c.xmm[2 * n + 1] = hi;
    }

    /** Legacy SSE 16-byte memory operands must be 16-byte aligned: #GP(0) otherwise. */
    public static void checkAligned(long a) {
        if ((a & 15) != 0) throw CpuTrap.gp();
    }

    /** The 128-bit rm operand as {lo, hi}; aligned says whether a memory operand must be 16-byte aligned. */
    public static long[] rm128(Cpu c, Insn i, boolean aligned) {
        if (i.mod == 3) return new long[] {lo(c, i.rm), hi(c, i.rm)};
        long a = i.ea(c);
        if (aligned) checkAligned(a);
        long lo = c.mem.read64(a);
        long hi = c.mem.read64(a + 8);
        return new long[] {lo, hi};
    }

    /** The low 64 bits of an xmm rm, or 8 bytes of memory (scalar double forms: no alignment). */
    public static long rm64(Cpu c, Insn i) {
        return i.mod == 3 ? lo(c, i.rm) : c.mem.read64(i.ea(c));
    }

    /** The low 32 bits of an xmm rm, or 4 bytes of memory. */
    public static long rm32(Cpu c, Insn i) {
        return i.mod == 3 ? lo(c, i.rm) & 0xFFFF_FFFFL : c.mem.read32(i.ea(c)) & 0xFFFF_FFFFL;
    }

    /** A 16-byte store that checks both ends' pages before writing, so a fault leaves memory unchanged. */
    public static void store128(Cpu c, long a, long lo, long hi) {
        c.mem.writePage(a);
        c.mem.writePage(a + 15);
        c.mem.write64(a, lo);
        c.mem.write64(a + 8, hi);
    }

    /** Memory operand required (e.g. movlps m64 forms): #UD for a register. */
    public static long memOnly(Cpu c, Insn i) {
        if (i.mod == 3) throw CpuTrap.ud();
        return i.ea(c);
    }

    /** A general register or memory rm operand of 32 or 64 bits (REX.W), zero-extended. */
    public static long gpRm(Cpu c, Insn i, boolean wide) {
        if (i.mod == 3) return wide ? c.r[i.rm] : c.r[i.rm] & 0xFFFF_FFFFL;
        long a = i.ea(c);
        return wide ? c.mem.read64(a) : c.mem.read32(a) & 0xFFFF_FFFFL;
    }

    /** Writes a 32-bit (zero-extending) or 64-bit result to a general register. */
    public static void setGp(Cpu c, int reg, long v, boolean wide) {
        c.r[reg] = wide ? v : v & 0xFFFF_FFFFL;
    }
}
