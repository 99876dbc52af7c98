package lbj.cpu;

import lbj.cpu.fpu.X87;
import lbj.cpu.interp.Flags;
import lbj.cpu.mem.Memory;

/**
 * The architectural state of one guest thread: general registers, rip, flags, segment bases, SSE and x87
 * state, and the address space it runs in. Plain fields: one Java thread owns a Cpu.
 */
public final class Cpu {
    public static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
    public static final int R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;

    /** RFLAGS bits. */
    public static final long CF = 1, PF = 1 << 2, AF = 1 << 4, ZF = 1 << 6, SF = 1 << 7, TF = 1 << 8,
            IF = 1 << 9, DF = 1 << 10, OF = 1 << 11, AC = 1L << 18, ID = 1L << 21;
    /** The six arithmetic flags. */
    public static final long ARITH_FLAGS = CF | PF | AF | ZF | SF | OF;

    public final long[] r = new long[16];
    public long rip;
    public long fsBase, gsBase;

    /** Flags, computed lazily by the integer instructions. */
    public final Flags flags = new Flags();

    /** XMM0-15: register n is xmm[2n] (low 64 bits) and xmm[2n+1] (high 64 bits). */
    public final long[] xmm = new long[32];
    public int mxcsr = 0x1F80;
    public final X87 x87 = new X87();

    public Memory mem;

    /** Set by another thread to make the machine stop at the next instruction boundary it checks. */
    public volatile boolean interruptRequested;

    /** Set by an instruction that leaves the machine after it completes (syscall, int3). */
    public Exit pendingExit;

    public Cpu(Memory mem) {
        this.mem = mem;
    }

    public long getRflags() {
        return flags.get();
    }

    public void setRflags(long value) {
        flags.set(value);
    }

    /** Copies all register state (not the memory) from another Cpu, as fork and clone do. */
    public void copyRegistersFrom(Cpu o) {
        System.arraycopy(o.r, 0, r, 0, 16);
        rip = o.rip;
        fsBase = o.fsBase;
        gsBase = o.gsBase;
        flags.set(o.flags.get());
        System.arraycopy(o.xmm, 0, xmm, 0, xmm.length);
        mxcsr = o.mxcsr;
        x87.copyFrom(o.x87);
    }
}
