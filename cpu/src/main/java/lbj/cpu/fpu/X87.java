package lbj.cpu.fpu;

/** The x87 FPU state: eight 80-bit registers as a stack, control, status and tag words. */
public final class X87 {
    public int control = 0x037F;
    public int status;

    public void copyFrom(X87 o) {
        control = o.control;
        status = o.status;
    }
}
