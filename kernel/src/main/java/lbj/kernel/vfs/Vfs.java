package lbj.kernel.vfs;

import java.nio.file.Path;
import lbj.kernel.abi.Errno;
import lbj.kernel.abi.ErrnoException;

/** The mount table and the path walk: every guest path is resolved here, never by the host. */
public final class Vfs {
    private Vfs() {}

    /** A VFS whose root is the given host directory, with /dev and /proc mounted. */
    public static Vfs hostRoot(Path root) {
        return new Vfs();
    }

    /**
     * Opens a program for execve: resolves path (relative to ctx's cwd), requires a regular file with an
     * execute bit the caller may use. Throws ENOENT, ENOTDIR, ELOOP, EACCES (not executable, a directory).
     */
    public OpenFile openExec(FsContext ctx, String path) {
        throw new ErrnoException(Errno.ENOENT);
    }

    /** Opens path with open(2) flags and mode, resolved against ctx's cwd and root. */
    public OpenFile open(FsContext ctx, String path, int flags, int mode) {
        throw new ErrnoException(Errno.ENOENT);
    }
}
