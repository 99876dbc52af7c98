package lbj.kernel.mm;

import lbj.cpu.mem.Memory;

/** A process's mappings (VMAs) over the machine's {@link Memory}: mmap, munmap, mprotect, brk. */
public final class AddressSpace {
    public final Memory memory = new Memory();

    /** The text of /proc/PID/maps. */
    public String procMaps() {
        return "";
    }
}
