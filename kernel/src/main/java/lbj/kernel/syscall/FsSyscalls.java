package lbj.kernel.syscall;

/** File and filesystem syscalls. */
public final class FsSyscalls {
    private FsSyscalls() {}

    public static void register(SyscallTable t) {
    }
}
