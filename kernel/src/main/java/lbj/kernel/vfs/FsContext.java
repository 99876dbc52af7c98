package lbj.kernel.vfs;

/** A process's root directory, working directory and umask. */
public final class FsContext {
}
