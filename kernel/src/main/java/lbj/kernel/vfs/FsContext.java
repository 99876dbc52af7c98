package lbj.kernel.vfs;

/** A process's root directory, working directory and umask. */
public final class FsContext {
    public final Vfs vfs;

    /** A context at the VFS root with the given guest working directory (an absolute guest path). */
    public FsContext(Vfs vfs, String cwd) {
        this.vfs = vfs;
    }
}
