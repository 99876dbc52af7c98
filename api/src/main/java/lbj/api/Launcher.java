package lbj.api;

/** Builds a kernel for a {@link GuestCommand} and runs its first process. */
final class Launcher {
    private Launcher() {}

    static GuestExit run(GuestCommand c) throws LaunchException {
        throw new LaunchException("lbj: not implemented yet", 126);
    }
}
