package se.balans.cli;

/**
 * Exit codes scripts can rely on. Documented in the README; never renumber.
 */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** The command ran, and found what it checks for: plan inconsistencies, verify differences. */
    public static final int CHECK_FAILED = 1;
    /** Wrong command line (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** Bad input data: a file, line and field are named on stderr. */
    public static final int BAD_INPUT = 3;
    /** The store refuses: already imported, month already closed, a concurrent closing. */
    public static final int CONFLICT = 4;
    /** A bug or an environment failure (disk, database): the message says which. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
