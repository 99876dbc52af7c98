package lbj.kernel.vfs;

/** An open file description: what an fd points at, shared by dup and fork (with its offset). */
public interface OpenFile {
    /** Reads at an absolute position without moving the offset; returns bytes read, 0 at end of file. */
    int pread(long position, byte[] buf, int off, int len);

    /** The file's size in bytes (for regular files). */
    long size();
}
