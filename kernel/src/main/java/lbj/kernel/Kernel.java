package lbj.kernel;

import lbj.kernel.vfs.Vfs;

/**
 * One Linux personality: its mounts, its processes, its clock. An embedding can run several side by side.
 */
public final class Kernel {
    public final Vfs vfs;

    public Kernel(Vfs vfs) {
        this.vfs = vfs;
    }
}
