package lbj.kernel.task;

import lbj.kernel.Kernel;

/** A guest process (a Linux thread group). */
public final class GuestProcess {
    public final Kernel kernel;
    public final int pid;
    /** Guest path of the running executable, for /proc/self/exe. */
    public String exePath = "";

    public GuestProcess(Kernel kernel, int pid) {
        this.kernel = kernel;
        this.pid = pid;
    }
}
