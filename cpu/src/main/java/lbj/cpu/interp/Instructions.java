package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;

/** Builds the machine's opcode table from the instruction groups. */
public final class Instructions {
    private static final OpTable TABLE = build();

    private Instructions() {}

    public static OpTable table() {
        return TABLE;
    }

    private static OpTable build() {
        OpTable t = new OpTable();
        IntegerInstructions.register(t);
        SseInstructions.register(t);
        X87Instructions.register(t);
        return t;
    }
}
