package lbj.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a guest Linux program from Java:
 * <pre>{@code
 * GuestExit e = new GuestCommand("/bin/busybox", "echo", "hi").root(Path.of("/")).run();
 * }</pre>
 * Stdio defaults to the JVM's own; with {@link #stdout(OutputStream)} and friends a caller captures it.
 */
public final class GuestCommand {
    final List<String> argv = new ArrayList<>();
    final Map<String, String> env = new LinkedHashMap<>();
    Path root = Path.of("/");
    String cwd;
    InputStream stdin = System.in;
    OutputStream stdout = System.out;
    OutputStream stderr = System.err;
    boolean stdinTty, stdoutTty, stderrTty;
    PrintStream trace;
    boolean interpretOnly;
    Duration timeout;

    /** program is resolved inside the guest root; without a slash, through the guest's PATH. */
    public GuestCommand(String program, String... args) {
        argv.add(program);
        argv.addAll(List.of(args));
    }

    public GuestCommand root(Path root) { this.root = root; return this; }

    /** Guest working directory; default: the host's working directory if inside the root, else "/". */
    public GuestCommand cwd(String cwd) { this.cwd = cwd; return this; }

    public GuestCommand env(String name, String value) { env.put(name, value); return this; }

    public GuestCommand env(Map<String, String> all) { env.putAll(all); return this; }

    public GuestCommand stdin(InputStream in) { this.stdin = in; return this; }

    public GuestCommand stdout(OutputStream out) { this.stdout = out; return this; }

    public GuestCommand stderr(OutputStream err) { this.stderr = err; return this; }

    /** Declares which of stdin, stdout and stderr are terminals. */
    public GuestCommand terminals(boolean in, boolean out, boolean err) {
        stdinTty = in; stdoutTty = out; stderrTty = err; return this;
    }

    /** Prints every syscall, strace-style, to the given stream. */
    public GuestCommand trace(PrintStream trace) { this.trace = trace; return this; }

    /** Runs without the translator (the reference interpreter only). */
    public GuestCommand interpretOnly(boolean yes) { this.interpretOnly = yes; return this; }

    /** Kills the guest (all its processes) with SIGKILL if it has not ended after this long. */
    public GuestCommand timeout(Duration timeout) { this.timeout = timeout; return this; }

    /** Starts the program and waits for it to end. */
    public GuestExit run() throws LaunchException {
        return Launcher.run(this);
    }
}
