package se.balans.io.ledger;

import java.util.ArrayList;
import java.util.List;

import se.balans.io.InputFileException;

/**
 * The warnings of one read: every one counted, the first {@value #KEPT} kept. Why a limit: a file
 * can repeat the same harmless fault on every line, and the list must not grow with the file.
 *
 * <p>Readers of the individual formats use it; it is public only because they live in different
 * packages.
 */
public final class LedgerWarnings {
    /** Enough to show what kind of faults a file has; the count says how many in all. */
    public static final int KEPT = 100;

    /** A warning may quote the input (a name with stray quotes); one line on a terminal is enough. */
    private static final int MAX_MESSAGE = 300;

    private final List<LedgerWarning> kept = new ArrayList<>();
    private long count;

    public void add(long line, String field, String message) {
        count++;
        if (kept.size() < KEPT) {
            String m = InputFileException.printable(message);
            kept.add(new LedgerWarning(line, field == null ? "" : field,
                    m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m));
        }
    }

    /** The first {@value #KEPT} warnings, in file order. */
    public List<LedgerWarning> kept() {
        return List.copyOf(kept);
    }

    /** All warnings, including those not kept. */
    public long count() {
        return count;
    }
}
