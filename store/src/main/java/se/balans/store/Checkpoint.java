package se.balans.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named points on an import's and a closing's way through the store (kontrollpunkter), where a test
 * can see a real {@code balans} process — and hold it.
 *
 * <p>The crash and concurrency tests run {@code balans} as child processes. To kill one inside its
 * transaction, or to let a second process in between a closing's read of the ledger and its commit,
 * they must know where the child is, and sometimes stop it there. Timing alone cannot do that
 * reliably on a loaded machine. So each point below announces itself, and can wait, when the JVM
 * runs with the system property {@value #PROPERTY}; nothing else sets it, and without it a
 * checkpoint is a test of one constant. It only ever waits: it never changes what the store does.
 *
 * <ul>
 *   <li>{@code -Dbalans.test.checkpoints=announce}: each point prints the line
 *       {@code balans-checkpoint NAME} on standard error as it is passed;</li>
 *   <li>{@code -Dbalans.test.checkpoints=NAME[,NAME…]}: the same, and at the points named the process
 *       then waits for one line on standard input before it goes on.</li>
 * </ul>
 *
 * <p>The points: {@link #IMPORT_LOCKED}, {@link #IMPORT_WRITTEN}, {@link #IMPORT_COMMITTED},
 * {@link #CLOSE_READ}, {@link #CLOSE_LOCKED}, {@link #CLOSE_WRITTEN}, {@link #CLOSE_COMMITTED}.
 */
public final class Checkpoint {
    /** The system property that switches checkpoints on. */
    public static final String PROPERTY = "balans.test.checkpoints";
    /** What a checkpoint prints before its name. */
    public static final String PREFIX = "balans-checkpoint ";

    /** An import's transaction has begun and holds the ledger lock. */
    public static final String IMPORT_LOCKED = "import.locked";
    /** Every row of an import is written; the transaction is not yet committed. */
    public static final String IMPORT_WRITTEN = "import.written";
    /** An import is committed. */
    public static final String IMPORT_COMMITTED = "import.committed";
    /** A closing has read the ledger and computed its figures; it has not yet begun to store them. */
    public static final String CLOSE_READ = "close.read";
    /** A closing's transaction holds the ledger lock and found the ledger unchanged. */
    public static final String CLOSE_LOCKED = "close.locked";
    /** Every row of a closing is written; the transaction is not yet committed. */
    public static final String CLOSE_WRITTEN = "close.written";
    /** A closing is committed. */
    public static final String CLOSE_COMMITTED = "close.committed";

    private static final String SETTING = System.getProperty(PROPERTY);
    private static final boolean ON = SETTING != null;
    private static final Set<String> HOLD = ON
            ? Arrays.stream(SETTING.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet())
            : Set.of();
    private static BufferedReader stdin;

    private Checkpoint() {
    }

    /** Passes the point {@code name}: announces it and waits there, if the tests asked for it. */
    public static void reach(String name) {
        if (!ON) {
            return;
        }
        System.err.println(PREFIX + name);
        System.err.flush();
        if (HOLD.contains(name)) {
            awaitLine();
        }
    }

    private static synchronized void awaitLine() {
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            stdin.readLine(); // a line, or the end of input, lets the process go on
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
