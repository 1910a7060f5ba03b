package se.balans.cli.output;

import java.io.PrintWriter;

/**
 * Progress on long work, on stderr so it never mixes with the output: a bar when bytes of a known
 * total are processed, a running count otherwise. Silent when stderr is not a terminal (scripts, CI),
 * unless BALANS_PROGRESS=1.
 */
public final class Progress {
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private long last;
    private boolean shown;

    private Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    public static Progress stderr(PrintWriter err, String label) {
        boolean tty = System.console() != null || "1".equals(System.getenv("BALANS_PROGRESS"));
        return new Progress(err, label, tty);
    }

    public static Progress none() {
        return new Progress(null, "", false);
    }

    /** Bytes done of a total: a bar with percent. */
    public void bytes(long done, long total) {
        if (!due()) {
            return;
        }
        int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int bar = pct / 4;
        err.print("\r" + label + " [" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + pct + " % "
                + (done >> 20) + "/" + (total >> 20) + " MiB");
        err.flush();
        shown = true;
    }

    /** A running count. */
    public void count(long n) {
        if (!due()) {
            return;
        }
        err.print("\r" + label + " " + n);
        err.flush();
        shown = true;
    }

    private boolean due() {
        if (!enabled) {
            return false;
        }
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return false;
        }
        last = now;
        return true;
    }

    public void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
