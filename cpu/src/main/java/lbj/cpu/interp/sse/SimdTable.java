package lbj.cpu.interp.sse;

import lbj.cpu.CpuTrap;
import lbj.cpu.decode.Imm;
import lbj.cpu.decode.Op;
import lbj.cpu.decode.OpTable;

/** Registers SIMD instructions; a LOCK prefix on any of them is #UD, checked here once for all. */
final class SimdTable {
    private SimdTable() {}

    static void simd(OpTable t, int map, int prefix, int opcode, String name, Imm imm, Op op) {
        t.simd(map, prefix, opcode, name, imm, (c, i) -> {
            if (i.lock) throw CpuTrap.ud();
            op.exec(c, i);
        });
    }
}
