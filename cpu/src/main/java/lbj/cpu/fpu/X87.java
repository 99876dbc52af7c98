package lbj.cpu.fpu;

/**
 * The x87 FPU state: eight 80-bit registers as a stack, control, status and tag words.
 * (SSE branch: only the subset of the x87 engineer's class that MMX needs, with the same names, so that
 * merging takes the x87 version unchanged.)
 */
public final class X87 {
    public int control = 0x037F;
    public int status;
    /** Top of stack: the physical register that is ST(0). */
    public int top;
    /** Bit i set: physical register i is empty. */
    public int emptyMask = 0xFF;
    /** Significands (and MMX registers) of the physical registers. */
    public final long[] mant = new long[8];
    /** Sign and exponent of the physical registers. */
    public final int[] se = new int[8];

    public void copyFrom(X87 o) {
        control = o.control;
        status = o.status;
        top = o.top;
        emptyMask = o.emptyMask;
        System.arraycopy(o.mant, 0, mant, 0, 8);
        System.arraycopy(o.se, 0, se, 0, 8);
    }

    // ---------------------------------------------------------------- MMX aliasing

    /** MMX register i (the significand of physical register i). */
    public long mmx(int i) {
        return mant[i];
    }

    /** Writes MMX register i as an MMX instruction does: exponent bits all ones, TOP 0, all tags valid. */
    public void setMmx(int i, long v) {
        mant[i] = v;
        se[i] = 0xFFFF;
        enterMmx();
    }

    /** Every MMX instruction: TOP = 0 and all registers valid. */
    public void enterMmx() {
        top = 0;
        emptyMask = 0;
    }

    /** emms: all registers empty. */
    public void emms() {
        emptyMask = 0xFF;
    }
}
