package lbj.kernel.task;

import java.util.List;
import lbj.kernel.Kernel;
import lbj.kernel.mm.AddressSpace;

/** A guest process (a Linux thread group). */
public final class GuestProcess {
    public final Kernel kernel;
    public final int pid;
    public AddressSpace mm;
    /** Guest path of the running executable, for /proc/self/exe. */
    public String exePath = "";
    /** argv and envp as exec received them, for /proc/self/cmdline and environ. */
    public List<String> argv = List.of(), envp = List.of();
    /** Credentials: real and effective user and group ids (the guest sees the host user's ids). */
    public int uid, euid, gid, egid;

    public GuestProcess(Kernel kernel, int pid) {
        this.kernel = kernel;
        this.pid = pid;
    }
}
