package lbj.kernel.abi;

/** Linux errno values (asm-generic/errno-base.h and errno.h). */
public final class Errno {
    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, ENXIO = 6, E2BIG = 7,
            ENOEXEC = 8, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
            ENOTBLK = 15, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENODEV = 19, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENFILE = 23, EMFILE = 24, ENOTTY = 25, ETXTBSY = 26, EFBIG = 27, ENOSPC = 28,
            ESPIPE = 29, EROFS = 30, EMLINK = 31, EPIPE = 32, EDOM = 33, ERANGE = 34, EDEADLK = 35,
            ENAMETOOLONG = 36, ENOLCK = 37, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, ENOMSG = 42,
            EIDRM = 43, ENODATA = 61, ETIME = 62, EOVERFLOW = 75, EBADFD = 77, EILSEQ = 84,
            ENOTSOCK = 88, EDESTADDRREQ = 89, EMSGSIZE = 90, EPROTOTYPE = 91, ENOPROTOOPT = 92,
            EPROTONOSUPPORT = 93, ESOCKTNOSUPPORT = 94, EOPNOTSUPP = 95, EPFNOSUPPORT = 96,
            EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETDOWN = 100, ENETUNREACH = 101,
            ECONNABORTED = 103, ECONNRESET = 104, ENOBUFS = 105, EISCONN = 106, ENOTCONN = 107,
            ETIMEDOUT = 110, ECONNREFUSED = 111, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115,
            ESTALE = 116, EDQUOT = 122, ECANCELED = 125, EOWNERDEAD = 130, ENOTRECOVERABLE = 131;
    /** Kernel-internal: restart the syscall if the signal handler has SA_RESTART. Never seen by guests. */
    public static final int ERESTARTSYS = 512;
    public static final int ENOTSUP = EOPNOTSUPP;
    public static final int EWOULDBLOCK = EAGAIN;

    private static final String[] NAMES = new String[133];

    static {
        for (var f : Errno.class.getFields()) {
            if (f.getType() != int.class || f.getName().equals("ENOTSUP") || f.getName().equals("EWOULDBLOCK")) {
                continue;
            }
            try {
                int v = f.getInt(null);
                if (v < NAMES.length) NAMES[v] = f.getName();
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    private Errno() {}

    /** The symbolic name, e.g. "ENOENT", or the number when unknown. */
    public static String name(int errno) {
        if (errno == ERESTARTSYS) return "ERESTARTSYS";
        return errno > 0 && errno < NAMES.length && NAMES[errno] != null ? NAMES[errno] : Integer.toString(errno);
    }
}
