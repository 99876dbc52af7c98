package lbj.cpu;

/**
 * Thrown by an instruction to raise a processor exception (#DE, #UD, #GP, ...). The machine rewinds rip to
 * the instruction and returns an {@link Exit.Trap}. Without a stack trace: guests raise these routinely.
 */
public final class CpuTrap extends RuntimeException {
    public final Exit.Vector vector;
    /** For #GP from a non-canonical or misaligned memory operand, the address involved; else 0. */
    public final long address;

    public CpuTrap(Exit.Vector vector) {
        this(vector, 0);
    }

    public CpuTrap(Exit.Vector vector, long address) {
        super(null, null, false, false);
        this.vector = vector;
        this.address = address;
    }

    public static CpuTrap ud() { return new CpuTrap(Exit.Vector.INVALID_OPCODE); }

    public static CpuTrap gp() { return new CpuTrap(Exit.Vector.GENERAL_PROTECTION); }

    public static CpuTrap de() { return new CpuTrap(Exit.Vector.DIVIDE_ERROR); }

    @Override
    public String getMessage() { return vector.toString(); }
}
