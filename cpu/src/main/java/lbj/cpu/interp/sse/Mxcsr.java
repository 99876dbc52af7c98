package lbj.cpu.interp.sse;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.Exit;

/** MXCSR bits and the end-of-instruction exception check shared by every SSE floating-point instruction. */
public final class Mxcsr {
    public static final int IE = 1, DE = 2, ZE = 4, OE = 8, UE = 0x10, PE = 0x20;
    public static final int DAZ = 0x40, FTZ = 0x8000;
    public static final int MASK_SHIFT = 7;
    public static final int RC_SHIFT = 13;
    /** Rounding control values. */
    public static final int RN = 0, RD = 1, RU = 2, RZ = 3;

    private Mxcsr() {}

    public static int rc(int mxcsr) { return mxcsr >>> RC_SHIFT & 3; }

    /**
     * Called after an instruction computed its results and before it writes them: raises #XM if one of the
     * exceptions it detected is unmasked (destination untouched, flags recorded), else records the flags.
     */
    public static void commit(Cpu cpu, int flags) {
        if (flags == 0) return;
        int unmasked = flags & ~(cpu.mxcsr >>> MASK_SHIFT) & 0x3F;
        if ((unmasked & PRE) != 0) {
            // An unmasked invalid, denormal or divide-by-zero stops the instruction before it computes
            // anything, so no lane reports overflow, underflow or precision.
            cpu.mxcsr |= flags & PRE;
            throw new CpuTrap(Exit.Vector.SIMD_FLOATING_POINT);
        }
        cpu.mxcsr |= flags;
        if (unmasked != 0) throw new CpuTrap(Exit.Vector.SIMD_FLOATING_POINT);
    }

    /** The exceptions detected before computation. */
    private static final int PRE = IE | DE | ZE;

    /** True when the guest unmasked exception flag e. */
    public static boolean unmasked(int mxcsr, int e) {
        return (mxcsr >>> MASK_SHIFT & e) == 0;
    }
}
