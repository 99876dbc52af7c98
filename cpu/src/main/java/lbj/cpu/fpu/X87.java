package lbj.cpu.fpu;

/** The x87 FPU state: eight 80-bit registers as a stack, control, status and tag words. */
public final class X87 {
    public int control = 0x037F;
    public int status;

    /**
     * MMX view (added by the SSE/MMX group): the 64-bit significands of physical registers R0-R7, which
     * mm0-mm7 alias, and the full tag word (2 bits per physical register, 11 = empty).
     */
    public final long[] mmx = new long[8];
    public int tag = 0xFFFF;

    /** An MMX instruction ran: TOP becomes 0 and every register is tagged valid. */
    public void enterMmx() {
        status &= ~0x3800;
        tag = 0;
    }

    /** emms: every register tagged empty. */
    public void emms() {
        tag = 0xFFFF;
    }

    public void copyFrom(X87 o) {
        control = o.control;
        status = o.status;
        tag = o.tag;
        System.arraycopy(o.mmx, 0, mmx, 0, 8);
    }
}
