package se.balans.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import se.balans.io.InputFileException;

/**
 * What a reader may do with any input: read it, or refuse it with the project's own clear error —
 * an {@link InputFileException} naming the file (and the line where the reader promises one), in
 * one line of printable text of reasonable length. Anything else fails the property: another
 * exception, an {@link Error} such as {@link OutOfMemoryError}, or taking longer than
 * {@link #SECONDS_PER_INPUT} (the reader then runs in a thread that is abandoned).
 *
 * <p>It also counts what happened, for the report each fuzz test prints.
 */
final class ReaderOracle {
    /** Far above the milliseconds an input takes, so that a loaded machine does not fail the build. */
    static final long SECONDS_PER_INPUT = Long.getLong("balans.fuzz.secondsPerInput", 10);
    /** A message is printed on one terminal line or two; longer ones echo input they should not. */
    static final int MAX_MESSAGE_CHARS = 1100;
    /**
     * With {@code -Dbalans.fuzz.keepGoing=true} a long round records every failing input and goes on,
     * failing at the end with one line per distinct failure, instead of stopping at the first.
     */
    static final boolean KEEP_GOING = Boolean.getBoolean("balans.fuzz.keepGoing");
    /** With {@code -Dbalans.fuzz.verbose=true} the report lists every kind of refusal reached, with counts. */
    static final boolean VERBOSE = Boolean.getBoolean("balans.fuzz.verbose");

    private final ReaderTarget target;
    private final Path dir;
    private ExecutorService worker = newWorker();

    private long tried;
    private long read;
    private long refused;
    private long withLine;
    private long withField;
    private long slowestNanos;
    private long largestInput;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Map<String, String> failures = new TreeMap<>();

    ReaderOracle(ReaderTarget target) {
        this.target = target;
        this.dir = target.workspace();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzzed-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the reader on one input and fails unless it reads it or refuses it properly. */
    void check(FuzzInput input) {
        tried++;
        largestInput = Math.max(largestInput, input.bytes().length);
        Path file;
        try {
            file = target.place(dir, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        Future<Object> result = worker.submit(() -> target.read().read(dir, file));
        try {
            result.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
            read++;
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            fail(input, "took more than " + SECONDS_PER_INPUT + " s (a hang?)", null);
        } catch (ExecutionException e) {
            judge(input, file, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
            try {
                target.restore(dir, input);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void judge(FuzzInput input, Path file, Throwable thrown) {
        if (!(thrown instanceof InputFileException e)) {
            fail(input, "threw " + thrown, thrown);
            return;
        }
        refused++;
        String message = e.getMessage();
        if (e.file() == null || !(e.file().equals(file) || e.file().equals(dir) || dir.equals(e.file().getParent()))) {
            fail(input, "refused naming " + e.file() + " instead of the file read: " + message, e);
            return;
        }
        if (!message.startsWith(e.file() + ":")) {
            fail(input, "a message that does not start with the file: " + message, e);
        }
        if (message.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            fail(input, "a message with control characters (more than one line, or terminal escapes): "
                    + message.replaceAll("\\p{Cntrl}", "¤"), e);
        }
        if (message.length() > MAX_MESSAGE_CHARS + e.file().toString().length()) {
            fail(input, "a message of " + message.length() + " characters: "
                    + message.substring(0, 300) + "…", e);
        }
        if (target.alwaysLine() && e.line().isEmpty()) {
            fail(input, "a refusal without a line: " + message, e);
        }
        withLine += e.line().isPresent() ? 1 : 0;
        withField += e.field().isPresent() ? 1 : 0;
        kinds.merge((e.line().isPresent() ? "" : "(no line) ") + kind(message.substring(e.file().toString().length())),
                1, Integer::sum);
    }

    /** The message without its place and values, to count how many different refusals were reached. */
    private static String kind(String message) {
        String m = message.replaceFirst("^:\\d+", "").replaceFirst("^: column [^:]*:", ":").replaceFirst("^: ", "");
        m = m.replaceAll("\"[^\"]*\"?", "\"…\"").replaceAll("\\d+", "N");
        return m.length() > 60 ? m.substring(0, 60) : m;
    }

    private void fail(FuzzInput input, String what, Throwable cause) {
        Path saved = save(input);
        AssertionError error = new AssertionError(target.name() + ": " + what + "\n  input: " + input + "\n  saved as "
                + saved, cause);
        if (!KEEP_GOING) {
            throw error;
        }
        failures.putIfAbsent(failureKind(what, cause), what + " <- " + input.how() + " (saved as " + saved + ")");
    }

    /** Failures count as the same when they are of the same kind and thrown from the same place. */
    private static String failureKind(String what, Throwable cause) {
        if (cause instanceof InputFileException e) {
            String problem = what.substring(0, Math.max(0, what.indexOf(':')));
            return problem + ": " + kind(e.getMessage().substring(String.valueOf(e.file()).length()));
        }
        if (cause == null) {
            return what;
        }
        StackTraceElement[] at = cause.getStackTrace();
        return cause.getClass().getName() + (at.length > 0 ? " at " + at[0] : "");
    }

    /** In a {@link #KEEP_GOING} round: the distinct failures found, one line each. */
    Map<String, String> failures() {
        return failures;
    }

    /** Keeps a failing input where a developer can feed it to the reader again. */
    private static Path save(FuzzInput input) {
        try {
            Path d = Path.of("target", "fuzz-failures");
            Files.createDirectories(d);
            Path f = d.resolve(Integer.toHexString(java.util.Arrays.hashCode(input.bytes())) + "-" + input.file());
            Files.write(f, input.bytes());
            return f.toAbsolutePath();
        } catch (IOException e) {
            return null;
        }
    }

    /** One line for the build log: how many inputs, what became of them, and the heap still in use. */
    String report(String property) {
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        return String.format("fuzz %s %s: %d inputs (largest %d bytes), %d read, %d refused (%d naming a line, %d a "
                        + "column or field), %d different refusals, slowest %d ms; heap in use after: %d MiB of %d",
                target.name(), property, tried, largestInput, read, refused, withLine, withField, kinds.size(),
                slowestNanos / 1_000_000, heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The report, and in a {@link #VERBOSE} run every kind of refusal with its count. */
    String fullReport(String property) {
        StringBuilder sb = new StringBuilder(report(property));
        if (VERBOSE) {
            kinds.forEach((k, n) -> sb.append(String.format("%n  %6d  %s", n, k)));
        }
        return sb.toString();
    }

    long tried() {
        return tried;
    }

    void close() {
        worker.shutdownNow();
        ReaderTarget.delete(dir);
    }
}
