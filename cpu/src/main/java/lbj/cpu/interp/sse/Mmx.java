package lbj.cpu.interp.sse;

import lbj.cpu.Cpu;
import lbj.cpu.decode.Insn;

/**
 * MMX registers mm0-mm7, which alias the x87 registers' significands (see {@link lbj.cpu.fpu.X87#mmx(int)}).
 * REX bits do not extend MMX register numbers. Every MMX instruction puts the x87 unit in MMX state
 * (TOP = 0, all tags valid).
 */
public final class Mmx {
    private Mmx() {}

    public static long get(Cpu c, int n) {
        c.x87.enterMmx();
        return c.x87.mmx(n & 7);
    }

    public static void set(Cpu c, int n, long v) {
        c.x87.setMmx(n & 7, v);
    }

    /** The mm register or 64-bit memory operand named by ModRM.rm. */
    public static long rm(Cpu c, Insn i) {
        return i.mod == 3 ? get(c, i.rm) : c.mem.read64(i.ea(c));
    }

    /** 32-bit memory or the low half of an mm register (MMX punpckl* forms). */
    public static long rm32(Cpu c, Insn i) {
        return i.mod == 3 ? get(c, i.rm) & 0xFFFF_FFFFL : c.mem.read32(i.ea(c)) & 0xFFFF_FFFFL;
    }
}
