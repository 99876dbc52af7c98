package lbj.api;

/**
 * How a guest process ended: exited with a status, or killed by a signal (maybe with a core dump).
 */
public record GuestExit(int status, int signal, boolean coreDumped) {
    public static GuestExit exited(int status) { return new GuestExit(status, 0, false); }

    public static GuestExit killed(int signal, boolean core) { return new GuestExit(0, signal, core); }

    /** The status a shell reports: the exit status, or 128 + the signal number. */
    public int shellStatus() {
        return signal != 0 ? 128 + signal : status;
    }
}
