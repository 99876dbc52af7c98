package lbj.kernel.syscall;

import lbj.kernel.task.Task;

/**
 * One system call. Decodes its arguments, calls the subsystem that owns the behaviour, and returns the
 * result (non-negative) or throws {@link lbj.kernel.abi.ErrnoException}. A {@link lbj.cpu.mem.GuestFault}
 * from touching guest memory becomes EFAULT in the dispatcher.
 */
@FunctionalInterface
public interface SyscallHandler {
    long call(Task task, SyscallArgs args);
}
