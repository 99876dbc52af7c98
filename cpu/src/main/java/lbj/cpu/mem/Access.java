package lbj.cpu.mem;

/** The kind of guest memory access that faulted. */
public enum Access {
    READ, WRITE, EXECUTE;

    /** The permission bit this access needs. */
    public int prot() {
        return switch (this) {
            case READ -> Prot.READ;
            case WRITE -> Prot.WRITE;
            case EXECUTE -> Prot.EXEC;
        };
    }
}
