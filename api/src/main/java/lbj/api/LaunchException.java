package lbj.api;

/**
 * The program could not be started: not found (exit status 127), not executable or not an x86-64 Linux
 * ELF (126). The message is one line, fit for a user.
 */
public final class LaunchException extends Exception {
    private final int exitStatus;

    public LaunchException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    /** 127 for "not found", 126 for "found but cannot execute", as a shell would exit. */
    public int exitStatus() {
        return exitStatus;
    }
}
