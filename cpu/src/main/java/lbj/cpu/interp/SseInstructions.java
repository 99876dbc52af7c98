package lbj.cpu.interp;

import lbj.cpu.decode.OpTable;
import lbj.cpu.interp.sse.Sse3;
import lbj.cpu.interp.sse.SseConvert;
import lbj.cpu.interp.sse.SseFloat;
import lbj.cpu.interp.sse.SseInt;
import lbj.cpu.interp.sse.SseMove;
import lbj.cpu.interp.sse.Ssse3;

/** Registers the MMX, SSE, SSE2, SSE3 (SIMD part) and SSSE3 instruction groups (package lbj.cpu.interp.sse). */
public final class SseInstructions {
    private SseInstructions() {}

    public static void register(OpTable t) {
        SseMove.register(t);
        SseFloat.register(t);
        SseConvert.register(t);
        SseInt.register(t);
        Sse3.register(t);
        Ssse3.register(t);
    }
}
