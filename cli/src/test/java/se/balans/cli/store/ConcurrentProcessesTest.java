package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.cli.ExitCode;
import se.balans.store.Checkpoint;
import se.balans.store.ImportInfo;
import se.balans.store.StoredClosing;
import se.balans.store.jooq.JooqStore;
import se.balans.store.testing.TestDatabase;

/**
 * Two {@code balans} processes on one store at once, on H2 (the second process reaches the first one's
 * database through AUTO_SERVER) and on PostgreSQL. Each closing is held at {@link Checkpoint#CLOSE_READ}
 * — it has read the ledger and computed its figures, and stores nothing yet — while the other process
 * does its work; then it is let go.
 *
 * <p>The mechanism under test: every import and every closing's commit lock the one {@code ledger_state}
 * row; an import raises its version; a closing stores the version it read and refuses to commit if it
 * changed. The primary key of {@code closed_period} stops a second closing of the month in any case.
 */
class ConcurrentProcessesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void twoClosingsOfTheSameMonthAtOnceOneWinsTheOtherIsToldAndExits4(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, false);
            List<String> hold = List.of(Checkpoint.CLOSE_READ);
            BalansProcess first = BalansProcess.start(db, hold, close());
            BalansProcess second = BalansProcess.start(db, hold, close());
            first.await(Checkpoint.CLOSE_READ);
            second.await(Checkpoint.CLOSE_READ);
            // Both have passed the "already closed?" check and computed the month; both now try to store it.
            first.proceed();
            second.proceed();
            List<Integer> codes = List.of(first.exitCode(), second.exitCode());

            assertThat(codes).as("%s\n%s", first, second).containsExactlyInAnyOrder(ExitCode.OK, ExitCode.CONFLICT);
            BalansProcess loser = codes.get(0) == ExitCode.CONFLICT ? first : second;
            assertThat(loser.err()).contains("2026-03").containsAnyOf("is already closed",
                    "was closed by another process at the same time");
            assertThat(loser.out()).isEmpty();
            try (JooqStore store = open(db)) {
                assertThat(store.closings()).hasSize(1);
                assertThat(store.auditLog()).filteredOn(e -> e.action().equals("close")).hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void anImportDuringAClosingMakesTheClosingStoreNothingAndTheNextClosingReadsTheNewLedger(String kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, false);
            BalansProcess closing = BalansProcess.start(db, List.of(Checkpoint.CLOSE_READ), close());
            closing.await(Checkpoint.CLOSE_READ);

            // A corrected 2026 ledger lands while the closing holds what it read of the old one.
            BalansProcess importing = BalansProcess.start(db, List.of(), "import", "--replace",
                    SampleStore.correctedLedger(2026).toString());
            assertThat(importing.exitCode()).as("%s", importing).isEqualTo(ExitCode.OK);
            closing.proceed();

            assertThat(closing.exitCode()).as("%s", closing).isEqualTo(ExitCode.CONFLICT);
            assertThat(closing.err()).contains("the ledger changed while 2026-03 was being closed")
                    .contains("nothing was stored");
            long corrected;
            try (JooqStore store = open(db)) {
                assertThat(store.closings()).isEmpty();
                corrected = store.imports().stream().filter(i -> i.fileName().endsWith("2026.se") && i.current())
                        .mapToLong(ImportInfo::id).findFirst().orElseThrow();
            }

            BalansProcess again = BalansProcess.start(db, List.of(), close());
            assertThat(again.exitCode()).as("%s", again).isEqualTo(ExitCode.OK);
            try (JooqStore store = open(db)) {
                StoredClosing c = store.closing(SampleStore.MONTH).orElseThrow();
                assertThat(c.imports()).extracting(StoredClosing.ImportRef::importId).contains(corrected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aProcessThatFinishesWhileAnotherIsImportingDoesNotBreakTheOthersImport(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, false);
            // On H2 the first process to open the store serves it to the later ones.
            BalansProcess first = BalansProcess.start(db, List.of(Checkpoint.IMPORT_COMMITTED), "import", "--replace",
                    SampleStore.correctedLedger(2025).toString());
            first.await(Checkpoint.IMPORT_COMMITTED);
            BalansProcess second = BalansProcess.start(db, List.of(Checkpoint.IMPORT_WRITTEN), "import", "--replace",
                    SampleStore.correctedLedger(2026).toString());
            second.await(Checkpoint.IMPORT_WRITTEN);

            first.proceed(); // the first is done and ends, or would, while the second is inside its transaction
            Thread.sleep(2_000);
            second.proceed();

            assertThat(second.exitCode()).as("%s", second).isEqualTo(ExitCode.OK);
            assertThat(first.exitCode()).as("%s", first).isEqualTo(ExitCode.OK);
            try (JooqStore store = open(db)) {
                assertThat(store.imports()).filteredOn(ImportInfo::current).extracting(ImportInfo::sha256)
                        .hasSize(3).contains(sha256(SampleStore.correctedLedger(2025)),
                                sha256(SampleStore.correctedLedger(2026)));
            }
        }
    }

    private static String sha256(Path file) {
        return se.balans.io.Fingerprint.sha256(file);
    }

    private static String[] close() {
        return new String[] {"close", SampleStore.MONTH.toString(), "--config", SampleStore.config().toString()};
    }

    private static JooqStore open(TestDatabase db) {
        return JooqStore.open(db.url(), db.user(), db.password(), "test", Clock.systemUTC());
    }
}
