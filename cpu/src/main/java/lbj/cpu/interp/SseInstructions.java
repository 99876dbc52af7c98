package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;

/** Registers the Sse instruction group. */
public final class SseInstructions {
    private SseInstructions() {}

    public static void register(OpTable t) {
    }
}
