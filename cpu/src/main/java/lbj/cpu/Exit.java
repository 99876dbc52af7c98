package lbj.cpu;

import lbj.cpu.mem.Access;

/**
 * Why the machine stopped running guest code: the only door from the machine to the kernel. In every case
 * the guest state is consistent at an instruction boundary.
 */
public sealed interface Exit {
    /** The guest executed {@code syscall}; rip is past it, rcx and r11 hold what the instruction put there. */
    record Syscall() implements Exit {}

    /** An access to an unmapped page or one without permission; rip is the faulting instruction. */
    record PageFault(long address, Access access) implements Exit {}

    /**
     * A processor exception other than a page fault. For faults rip is the faulting instruction; for traps
     * (int3, into) it is the next one, as on the hardware.
     */
    record Trap(Vector vector, long address) implements Exit {}

    /** The kernel asked the machine to stop (a signal is pending); nothing was executed past rip. */
    record Interrupted() implements Exit {}

    /** The x86 exception vectors a user-mode program can raise. */
    enum Vector {
        DIVIDE_ERROR(0), DEBUG(1), BREAKPOINT(3), OVERFLOW(4), BOUND(5), INVALID_OPCODE(6),
        DEVICE_NOT_AVAILABLE(7), GENERAL_PROTECTION(13), X87_FLOATING_POINT(16), ALIGNMENT_CHECK(17),
        SIMD_FLOATING_POINT(19);

        public final int number;

        Vector(int number) { this.number = number; }
    }

    Syscall SYSCALL = new Syscall();
    Interrupted INTERRUPTED = new Interrupted();
}
