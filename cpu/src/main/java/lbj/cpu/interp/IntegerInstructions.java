package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;

/** Registers the Integer instruction group. */
public final class IntegerInstructions {
    private IntegerInstructions() {}

    public static void register(OpTable t) {
    }
}
