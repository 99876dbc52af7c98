package lbj.cpu.decode;

/**
 * The opcode table the decoder is driven by: (opcode map, mandatory prefix, opcode byte) to {@link OpSpec}.
 * Instruction groups register themselves into it; see {@code lbj.cpu.interp.Instructions}.
 */
public final class OpTable {
    /** Opcode maps: one-byte, 0F, 0F 38, 0F 3A. */
    public static final int MAP_PRIMARY = 0, MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3;
    /** Mandatory prefixes (for maps other than primary they select the instruction). */
    public static final int P_NONE = 0, P_66 = 1, P_F3 = 2, P_F2 = 3;

    private final OpSpec[] specs = new OpSpec[4 * 4 * 256];

    static int key(int map, int prefix, int opcode) {
        return map << 10 | prefix << 8 | opcode;
    }

    public OpSpec get(int map, int prefix, int opcode) {
        return specs[key(map, prefix, opcode)];
    }

    /** Registers an instruction; registering the same slot twice is a bug in the tables. */
    public void put(int map, int prefix, int opcode, OpSpec spec) {
        int k = key(map, prefix, opcode);
        if (specs[k] != null) {
            throw new IllegalStateException("opcode registered twice: map " + map + " prefix " + prefix
                    + " opcode 0x" + Integer.toHexString(opcode) + " (" + specs[k].name() + ", " + spec.name() + ")");
        }
        specs[k] = spec;
    }

    /** A legacy instruction without mandatory prefix. */
    public void op(int map, int opcode, String name, boolean modrm, Imm imm, Op op) {
        put(map, P_NONE, opcode, new OpSpec(name, modrm, imm, false, false, op));
    }

    /** A legacy instruction whose operand size defaults to 64 bits. */
    public void op64(int map, int opcode, String name, boolean modrm, Imm imm, Op op) {
        put(map, P_NONE, opcode, new OpSpec(name, modrm, imm, true, false, op));
    }

    /** An instruction selected by a mandatory prefix (SSE and friends); always has ModRM. */
    public void simd(int map, int prefix, int opcode, String name, Imm imm, Op op) {
        put(map, prefix, opcode, new OpSpec(name, true, imm, false, true, op));
    }
}
