package lbj.kernel.vfs;

/** A process's file descriptor table. */
public final class FdTable {
}
