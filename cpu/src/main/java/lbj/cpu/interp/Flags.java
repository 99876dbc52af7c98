package lbj.cpu.interp;

/**
 * RFLAGS. Arithmetic instructions record their operands and the flags are computed only when read.
 */
public final class Flags {
    private long value = 0x202;

    /** The full RFLAGS value. */
    public long get() {
        return value;
    }

    /** Sets RFLAGS from a full value (popf, sigreturn, comisd, fcomi...). */
    public void set(long v) {
        value = (v & 0x0000_0000_003F_7FD5L) | 0x2;
    }
}
