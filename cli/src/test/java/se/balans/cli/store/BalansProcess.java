package se.balans.cli.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import se.balans.cli.CliRun;
import se.balans.cli.Main;
import se.balans.store.Checkpoint;
import se.balans.store.testing.TestDatabase;

/**
 * A real {@code balans} process — {@code java -cp … se.balans.cli.Main ARGS} — on a test store, with
 * its {@link Checkpoint}s announced, so a test can wait for it to reach a point, hold it there, let it
 * go on, or kill it ({@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL).
 */
final class BalansProcess {
    /** Lean JVM settings: the children are short-lived and the machine is small. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final long startNanos = System.nanoTime();
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    /** Checkpoint name → nanoseconds after the start when it was first passed. */
    private final Map<String, Long> passed = new ConcurrentHashMap<>();
    private final Thread outReader;
    private final Thread errReader;

    private BalansProcess(Process process) {
        this.process = process;
        this.outReader = drain(process.getInputStream(), out, false);
        this.errReader = drain(process.getErrorStream(), err, true);
    }

    /**
     * Starts {@code balans ARGS --db URL} on a test store.
     *
     * @param hold the checkpoints at which the process waits for {@link #proceed()}; none: it only announces
     */
    static BalansProcess start(TestDatabase db, List<String> hold, String... args) {
        return start(db, db.environment(), hold, args);
    }

    /** Starts {@code balans ARGS --db URL} with the database credentials given in {@code env} (and no others). */
    static BalansProcess start(TestDatabase db, Map<String, String> env, List<String> hold, String... args) {
        List<String> withStore = new ArrayList<>(List.of(args));
        withStore.add("--db");
        withStore.add(db.url());
        return launch(env, List.of("-D" + Checkpoint.PROPERTY + "=" + (hold.isEmpty() ? "announce"
                : String.join(",", hold))), Main.class, withStore);
    }

    /**
     * Starts another main class of the test class path as a {@code balans} process runs: the same JVM settings,
     * sample workspace and class path, with {@code env} (and no other database settings) in its environment.
     *
     * @param properties further JVM options, e.g. {@code -Duser.name=…}
     */
    static BalansProcess startMain(Map<String, String> env, List<String> properties, Class<?> main, List<String> args) {
        return launch(env, properties, main, args);
    }

    private static BalansProcess launch(Map<String, String> env, List<String> properties, Class<?> main,
                                        List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(properties);
        cmd.add("-Dbalans.home=" + CliRun.repo());
        cmd.add("-Dbalans.workspace=" + CliRun.sampleWorkspace());
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("BALANS_DB");
        pb.environment().remove("BALANS_DB_USER");
        pb.environment().remove("BALANS_DB_PASSWORD");
        pb.environment().remove("PGPASSFILE");
        pb.environment().putAll(env);
        try {
            return new BalansProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's own class path: surefire names it in a property when it runs the tests from a manifest jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private Thread drain(InputStream in, StringBuffer into, boolean checkpoints) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    int at = checkpoints ? line.indexOf(Checkpoint.PREFIX) : -1;
                    if (at >= 0) {
                        passed.putIfAbsent(line.substring(at + Checkpoint.PREFIX.length()).trim(),
                                System.nanoTime() - startNanos);
                    } else {
                        into.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process was killed: its pipes close; what was read is kept
            }
        }, "balans-child-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until the process passes {@code checkpoint}; fails if it ends or takes too long first. */
    BalansProcess await(String checkpoint) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!passed.containsKey(checkpoint)) {
            if (!process.isAlive() && !errReader.isAlive()) {
                throw new AssertionError("balans ended (exit " + process.exitValue() + ") before " + checkpoint
                        + "\nstdout: " + out + "\nstderr: " + err);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("balans did not reach " + checkpoint + " within " + PATIENCE
                        + "\nstderr: " + err);
            }
            Thread.sleep(2);
        }
        return this;
    }

    boolean passed(String checkpoint) {
        return passed.containsKey(checkpoint);
    }

    /** When the process passed a checkpoint, as time since its start. */
    Duration passedAfter(String checkpoint) {
        Long nanos = passed.get(checkpoint);
        if (nanos == null) {
            throw new AssertionError("balans never passed " + checkpoint);
        }
        return Duration.ofNanos(nanos);
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Lets a process held at a checkpoint go on. */
    void proceed() {
        try {
            OutputStream in = process.getOutputStream();
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("balans survived SIGKILL");
        }
        outReader.join(5_000);
        errReader.join(5_000);
    }

    /** Waits for the process to end and returns its exit code. */
    int exitCode() throws InterruptedException {
        return exitCode(PATIENCE);
    }

    /** Waits up to {@code patience} for the process to end and returns its exit code. */
    int exitCode(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("balans did not finish within " + patience + "\nstderr: " + err);
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public String toString() {
        return "balans (exit " + (process.isAlive() ? "-" : String.valueOf(process.exitValue())) + ")\nstdout: " + out
                + "stderr: " + err;
    }
}
