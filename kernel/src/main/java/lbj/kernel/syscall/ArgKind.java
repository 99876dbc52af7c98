package lbj.kernel.syscall;

/** How --trace prints a syscall argument, strace-style. */
public enum ArgKind {
    /** Signed 32-bit decimal. */
    INT,
    /** Signed 64-bit decimal. */
    LONG,
    /** Unsigned 64-bit decimal (sizes and counts). */
    ULONG,
    HEX,
    /** A pointer: hex, or NULL. */
    PTR,
    FD,
    /** A directory fd that may be AT_FDCWD. */
    DIRFD,
    /** A NUL-terminated path, quoted. */
    PATH,
    /** Bytes the guest hands in, quoted; the length is the next argument. */
    BUF_IN,
    /** Bytes the kernel hands out, quoted after the call; the length is the result. */
    BUF_OUT,
    OPEN_FLAGS,
    /** File mode in octal. */
    MODE,
    /** AT_* flags. */
    AT_FLAGS,
    PROT,
    MMAP_FLAGS,
    SIGNAL,
    /** ioctl request, by name where known. */
    IOCTL,
    /** fcntl command, by name. */
    FCNTL,
    /** lseek whence. */
    WHENCE,
    /** clock id, by name. */
    CLOCK
}
