package lbj.kernel.syscall;

/** The six raw syscall arguments (rdi, rsi, rdx, r10, r8, r9) with typed views. */
public final class SyscallArgs {
    private final long[] a = new long[6];

    public void set(long a0, long a1, long a2, long a3, long a4, long a5) {
        a[0] = a0; a[1] = a1; a[2] = a2; a[3] = a3; a[4] = a4; a[5] = a5;
    }

    /** Raw 64-bit argument i. */
    public long get(int i) { return a[i]; }

    /** Argument i as a C int (the kernel ignores the upper 32 bits of int arguments). */
    public int i32(int i) { return (int) a[i]; }

    /** Argument i as an unsigned 32-bit value. */
    public long u32(int i) { return a[i] & 0xFFFF_FFFFL; }

    /** Argument i as a guest pointer. */
    public long ptr(int i) { return a[i]; }
}
