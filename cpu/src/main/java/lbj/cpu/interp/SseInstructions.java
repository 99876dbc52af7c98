package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;
import lbj.cpu.interp.sse.SseConvert;
import lbj.cpu.interp.sse.SseFloat;
import lbj.cpu.interp.sse.SseInt;
import lbj.cpu.interp.sse.SseMove;

/** Registers the SSE, SSE2 and MMX instruction groups (see package lbj.cpu.interp.sse). */
public final class SseInstructions {
    private SseInstructions() {}

    public static void register(OpTable t) {
        SseMove.register(t);
        SseFloat.register(t);
        SseConvert.register(t);
        SseInt.register(t);
    }
}
