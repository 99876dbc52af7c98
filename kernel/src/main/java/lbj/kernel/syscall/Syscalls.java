package lbj.kernel.syscall;

/** The syscall table, assembled from one registrar per area. */
public final class Syscalls {
    private static final SyscallTable TABLE = build();

    private Syscalls() {}

    public static SyscallTable table() {
        return TABLE;
    }

    private static SyscallTable build() {
        SyscallTable t = new SyscallTable();
        FsSyscalls.register(t);
        return t;
    }
}
