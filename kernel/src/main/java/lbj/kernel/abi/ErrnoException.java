package lbj.kernel.abi;

/**
 * A syscall's failure with a Linux errno. Handlers throw it; the syscall dispatcher returns -errno to the
 * guest. No stack trace: failing syscalls are ordinary.
 */
public final class ErrnoException extends RuntimeException {
    public final int errno;

    public ErrnoException(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    @Override
    public String getMessage() {
        return Errno.name(errno);
    }
}
