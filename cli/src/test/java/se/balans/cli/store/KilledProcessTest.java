package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.cli.ExitCode;
import se.balans.store.Checkpoint;
import se.balans.store.testing.TestDatabase;

/**
 * {@code kill -9} in the middle of an import or a closing, many times, on H2 and on PostgreSQL: the
 * store is afterwards exactly as it was before the killed command started, or holds all of what it
 * did — never part of it — and the next run of the command succeeds without anyone repairing anything.
 *
 * <p>The commands alternate: {@code import --replace} of the 2026 ledger and {@code close --reopen
 * 2026-03}; both can be repeated for ever, and each complete run changes the store by the same amount
 * (measured once at the start). Where the kill lands cycles through four ways:
 * <ul>
 *   <li>{@code anywhere}: after a random delay from the start of the process (start-up, reading the
 *       file, computing, the transaction, the commit, shutting down);</li>
 *   <li>{@code inside}: a random delay after the transaction took the ledger lock, up to the time the
 *       transaction took to the end of its writes when measured;</li>
 *   <li>{@code written}: held where every row is written but the commit has not been asked for —
 *       the store must be unchanged;</li>
 *   <li>{@code committed}: held just after the commit returned — the store must hold all of it
 *       (on H2 this is the durability setting at work).</li>
 * </ul>
 *
 * <p>The number of kills per database is {@code -Dbalans.test.kills=N} (default {@value #DEFAULT_KILLS}: each
 * command killed once at each of the four points, so that the suite stays within a few minutes);
 * the random delays come from {@code -Dbalans.test.seed=S} (default: new each run, printed).
 */
class KilledProcessTest {
    static final int DEFAULT_KILLS = 8;

    @TempDir
    Path dir;

    /** A command that can run again and again, and where it announces its transaction. */
    enum Command {
        IMPORT(Checkpoint.IMPORT_LOCKED, Checkpoint.IMPORT_WRITTEN, Checkpoint.IMPORT_COMMITTED),
        CLOSE(Checkpoint.CLOSE_LOCKED, Checkpoint.CLOSE_WRITTEN, Checkpoint.CLOSE_COMMITTED);

        final String locked;
        final String written;
        final String committed;

        Command(String locked, String written, String committed) {
            this.locked = locked;
            this.written = written;
            this.committed = committed;
        }

        String[] args() {
            return this == IMPORT
                    ? new String[] {"import", "--replace", SampleStore.ledger(2026).toString()}
                    : new String[] {"close", "--reopen", SampleStore.MONTH.toString(), "--config",
                            SampleStore.config().toString()};
        }
    }

    enum KillPoint { ANYWHERE, INSIDE, WRITTEN, COMMITTED }

    /** Where a killed process was when it died, as its checkpoints tell. */
    enum Phase { BEFORE_TRANSACTION, IN_TRANSACTION, AFTER_COMMIT }

    /** A complete run: what it changes in the store and how long its stages took. */
    record Calibration(StoreState change, Duration locked, Duration written, Duration committed) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aKilledImportOrClosingLeavesTheStoreAsBeforeOrWholeAndTheNextRunSucceeds(String kind) throws Exception {
        int kills = Integer.getInteger("balans.test.kills", DEFAULT_KILLS);
        long seed = Long.getLong("balans.test.seed", System.nanoTime());
        Random random = new Random(seed);
        long started = System.nanoTime();
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, true);
            Map<Command, Calibration> calibration = new EnumMap<>(Command.class);
            for (Command c : Command.values()) {
                calibration.put(c, completeRun(db, c, StoreState.read(db)));
            }
            Map<Phase, Integer> phases = new EnumMap<>(Phase.class);
            int unchanged = 0;
            int whole = 0;
            for (int i = 0; i < kills; i++) {
                Command command = Command.values()[i % 2];
                KillPoint point = KillPoint.values()[(i / 2) % KillPoint.values().length];
                Calibration cal = calibration.get(command);
                String what = kind + " kill " + (i + 1) + "/" + kills + " of " + command + " " + point + " (seed "
                        + seed + ")";

                StoreState before = StoreState.read(db);
                BalansProcess p = BalansProcess.start(db, hold(command, point), command.args());
                switch (point) {
                    case ANYWHERE -> Thread.sleep(randomMillis(random, cal.committed().plusMillis(200)));
                    case INSIDE -> {
                        p.await(command.locked);
                        Thread.sleep(randomMillis(random, cal.written().minus(cal.locked())));
                    }
                    case WRITTEN -> p.await(command.written);
                    case COMMITTED -> p.await(command.committed);
                }
                p.kill();
                Phase phase = p.passed(command.committed) ? Phase.AFTER_COMMIT
                        : p.passed(command.locked) ? Phase.IN_TRANSACTION : Phase.BEFORE_TRANSACTION;
                phases.merge(phase, 1, Integer::sum);

                StoreState after = StoreState.read(db);
                StoreState change = after.minus(before);
                assertThat(change.isEmpty() || change.equals(cal.change()))
                        .as("%s, killed %s: the store changed by %s, neither nothing nor a whole run's %s",
                                what, phase, change, cal.change()).isTrue();
                if (point == KillPoint.WRITTEN) {
                    assertThat(change.isEmpty()).as("%s: uncommitted work survived: %s", what, change).isTrue();
                }
                if (phase == Phase.AFTER_COMMIT) {
                    assertThat(change).as("%s: a committed run was lost", what).isEqualTo(cal.change());
                }
                if (change.isEmpty()) {
                    unchanged++;
                } else {
                    whole++;
                }
                // The next run, as a user would start it, without any repair in between.
                assertThat(completeRun(db, command, after).change()).as("%s: the next run", what)
                        .isEqualTo(cal.change());
            }
            System.out.printf("KilledProcessTest %s: %d kills (seed %d) in %d s; killed %s; store unchanged %d times,"
                            + " holding the whole run %d times; every next run succeeded%n", kind, kills, seed,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), phases, unchanged, whole);
        }
    }

    private static List<String> hold(Command command, KillPoint point) {
        return switch (point) {
            case WRITTEN -> List.of(command.written);
            case COMMITTED -> List.of(command.committed);
            default -> List.of();
        };
    }

    private static long randomMillis(Random random, Duration upTo) {
        return (long) (random.nextDouble() * Math.max(1, upTo.toMillis()));
    }

    /** Runs a command to its end on a store in state {@code before} and returns what it changed; it must succeed. */
    private static Calibration completeRun(TestDatabase db, Command command, StoreState before) throws Exception {
        BalansProcess p = BalansProcess.start(db, List.of(), command.args());
        assertThat(p.exitCode()).as("%s", p).isEqualTo(ExitCode.OK);
        StoreState change = StoreState.read(db).minus(before);
        assertThat(change.isEmpty()).as("%s changed nothing", command).isFalse();
        return new Calibration(change, p.passedAfter(command.locked), p.passedAfter(command.written),
                p.passedAfter(command.committed));
    }
}
