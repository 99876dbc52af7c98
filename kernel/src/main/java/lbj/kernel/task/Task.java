package lbj.kernel.task;

import lbj.cpu.Cpu;
import lbj.cpu.mem.Memory;
import lbj.kernel.Kernel;
import lbj.kernel.vfs.FdTable;
import lbj.kernel.vfs.FsContext;

/** A guest thread: its machine state, its process, and the per-thread kernel state. */
public final class Task {
    public final Cpu cpu;
    public final GuestProcess process;
    public int tid;
    /** The fd table; shared between threads (CLONE_FILES). */
    public FdTable files;
    /** Root, cwd and umask; shared between threads (CLONE_FS). */
    public FsContext fs;

    public Task(Cpu cpu, GuestProcess process) {
        this.cpu = cpu;
        this.process = process;
    }

    public Memory memory() {
        return cpu.mem;
    }

    public Kernel kernel() {
        return process.kernel;
    }
}
