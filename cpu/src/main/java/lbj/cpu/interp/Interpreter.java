package lbj.cpu.interp;

import lbj.cpu.Cpu;
import lbj.cpu.CpuTrap;
import lbj.cpu.Exit;
import lbj.cpu.decode.Decoder;
import lbj.cpu.decode.Insn;
import lbj.cpu.mem.GuestFault;

/**
 * The reference interpreter: fetch, decode, execute, one instruction at a time, until something the kernel
 * must see. It defines what every instruction does; the translator must agree with it.
 */
public final class Interpreter {
    private final Decoder decoder = new Decoder(Instructions.table());

    /** Runs the guest until it makes a syscall, faults or is interrupted. */
    public Exit run(Cpu cpu) {
        while (true) {
            if (cpu.interruptRequested) return Exit.INTERRUPTED;
            Exit e = step(cpu);
            if (e != null) return e;
        }
    }

    /** Executes one instruction; returns why the machine must stop, or null to go on. */
    public Exit step(Cpu cpu) {
        long start = cpu.rip;
        try {
            Insn insn = decoder.decode(cpu.mem, start);
            cpu.rip = start + insn.length;
            insn.spec.op().exec(cpu, insn);
        } catch (GuestFault f) {
            cpu.rip = start;
            return new Exit.PageFault(f.address(), f.access());
        } catch (CpuTrap t) {
            cpu.rip = start;
            return new Exit.Trap(t.vector, t.address);
        }
        Exit e = cpu.pendingExit;
        if (e != null) cpu.pendingExit = null;
        return e;
    }
}
