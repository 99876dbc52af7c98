package lbj.cpu.interp.sse;

import lbj.cpu.Cpu;
import lbj.cpu.Exit;
import lbj.cpu.interp.Interpreter;
import lbj.cpu.mem.Memory;
import lbj.cpu.mem.Prot;

/** A tiny machine for instruction tests: code at CODE, a data area at DATA, one step at a time. */
final class Machine {
    static final long CODE = 0x10000, DATA = 0x20000;
    static final Interpreter INTERP = new Interpreter();

    final Memory mem = new Memory();
    final Cpu cpu = new Cpu(mem);

    Machine() {
        mem.mapZero(CODE, 0x1000, Prot.READ | Prot.WRITE | Prot.EXEC);
        mem.mapZero(DATA, 0x2000, Prot.READ | Prot.WRITE);
        mem.mapZero(READ_ONLY, 0x1000, Prot.READ);
    }

    /** A read-only page right after the data area; the page after that is unmapped. */
    static final long READ_ONLY = DATA + 0x2000;

    /** Runs one instruction given as bytes; returns the exit (null when it just completed). */
    Exit run(byte[] code) {
        mem.writeBytes(CODE, code, 0, code.length);
        cpu.rip = CODE;
        return INTERP.step(cpu);
    }

    Exit run(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int k = 0; k < b.length; k++) b[k] = (byte) bytes[k];
        return run(b);
    }

    void xmm(int n, long lo, long hi) {
        cpu.xmm[2 * n] = lo;
        cpu.xmm[2 * n + 1] = hi;
    }
}
