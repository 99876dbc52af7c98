package lbj.kernel.vfs;

/** The mount table and the path walk: every guest path is resolved here, never by the host. */
public final class Vfs {
}
