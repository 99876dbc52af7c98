package lbj.cpu.decode;

import lbj.cpu.Cpu;

/**
 * What an instruction does, given the machine and its decoded form. By the time it runs, {@code cpu.rip}
 * already points at the next instruction (so RIP-relative operands and relative branches just work). It
 * raises faults by throwing ({@link lbj.cpu.CpuTrap}, {@link lbj.cpu.mem.GuestFault}) and must not change
 * architectural state before its last possible fault, so that faults stay precise.
 */
@FunctionalInterface
public interface Op {
    void exec(Cpu cpu, Insn insn);
}
