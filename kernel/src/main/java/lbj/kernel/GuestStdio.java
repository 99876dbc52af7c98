package lbj.kernel;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the first guest process's fds 0, 1 and 2 go, and whether each is a terminal (then TCGETS and
 * friends answer as for a tty).
 */
public record GuestStdio(InputStream in, OutputStream out, OutputStream err,
                         boolean inIsTty, boolean outIsTty, boolean errIsTty) {
    public static GuestStdio of(InputStream in, OutputStream out, OutputStream err) {
        return new GuestStdio(in, out, err, false, false, false);
    }
}
