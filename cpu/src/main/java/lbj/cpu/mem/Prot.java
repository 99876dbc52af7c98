package lbj.cpu.mem;

/** Page permission bits; the values equal Linux's PROT_READ, PROT_WRITE and PROT_EXEC. */
public final class Prot {
    public static final int NONE = 0;
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int EXEC = 4;

    private Prot() {}
}
