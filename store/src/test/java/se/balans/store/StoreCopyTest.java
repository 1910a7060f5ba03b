package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.trace.SourceFile;
import se.balans.store.jooq.JooqStore;
import se.balans.store.jooq.StoreCopy;
import se.balans.store.testing.TestDatabase;

/**
 * {@code balans store copy}: a whole store — imports (one superseded), closings (one reopened and closed
 * again), committees' forecasts (one replaced), the organisation and the audit log — moves into an empty
 * store on another database, equal table by table, ids included, and goes on from there. The subclasses
 * name the two databases: {@link H2ToPostgresStoreCopyTest}, {@link PostgresToH2StoreCopyTest}, and
 * {@link H2ToH2StoreCopyTest} (an online backup of an H2 store, and the one that runs without a server).
 */
abstract class StoreCopyTest {
    /** Microseconds, as a real clock gives them: the precision both databases keep must survive the copy. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T08:00:00.123456Z"), ZoneOffset.UTC);
    static final Organisation REGION = Organisation.of("Region Västerbotten", "232100-0222");

    @TempDir
    Path dir;
    TestDatabase from;
    TestDatabase to;

    abstract TestDatabase source(Path dir);

    abstract TestDatabase target(Path dir);

    @BeforeEach
    void databases() throws Exception {
        from = source(Files.createDirectories(dir.resolve("source")));
        to = target(Files.createDirectories(dir.resolve("target")));
    }

    @AfterEach
    void dropThem() throws Exception {
        for (TestDatabase db : new TestDatabase[] {from, to}) {
            if (db != null) {
                db.close();
            }
        }
    }

    static JooqStore open(TestDatabase db) {
        return JooqStore.open(db.url(), db.user(), db.password(), "tester", CLOCK);
    }

    static StoreCopy.Location location(TestDatabase db) {
        return new StoreCopy.Location(db.url(), db.user(), db.password());
    }

    /** A store with a little of everything the schema holds, ids not 1, 2, 3 in every table. */
    static void fill(TestDatabase db) {
        try (JooqStore s = open(db)) {
            s.bindOrganisation(REGION);
            s.importLedger(JooqStoreTest.ledger("jan.se", JooqStoreTest.sha('a'), YearMonth.of(2025, 1)), false);
            // A file imported again supersedes the first: a reference to a later row of the same table.
            s.importLedger(JooqStoreTest.ledger("jan-rättad.se", JooqStoreTest.sha('b'), YearMonth.of(2025, 1)), true);
            s.importLedger(JooqStoreTest.ledger("feb.se", JooqStoreTest.sha('c'), YearMonth.of(2025, 2)), false);
            ClosingInfo first = s.saveClosing(draft(s, YearMonth.of(2025, 1), "100.10"), false);
            // Reopened and closed again: a closing that replaces an earlier one.
            s.saveClosing(draft(s, YearMonth.of(2025, 1), "100.20"), true);
            ClosingInfo feb = s.saveClosing(draft(s, YearMonth.of(2025, 2), "-0.05"), false);
            CommitteeForecast hsn = new CommitteeForecast("HSN", YearMonth.of(2025, 2), Money.ofMnkr("-35.5"),
                    "Personalkostnaderna ökar.", CommitteeForecast.Confidence.MEDIUM,
                    List.of(new CommitteeForecast.Item("Hyrpersonal", Money.ofMnkr("-10"))),
                    List.of(new CommitteeForecast.Item("Anställningsstopp", Money.ofMnkr("5"))));
            s.saveForecasts(List.of(ForecastSubmission.of(hsn, feb.id(), "hsn.xlsx", JooqStoreTest.sha('1'))));
            CommitteeForecast again = new CommitteeForecast("HSN", YearMonth.of(2025, 2), Money.ofMnkr("-40"), "",
                    CommitteeForecast.Confidence.LOW, List.of(), List.of());
            s.saveForecasts(List.of(ForecastSubmission.of(again, feb.id(), "hsn-2.xlsx", JooqStoreTest.sha('2'))));
            s.audit("report", "2025-02", "monthly report of closing #" + feb.id() + " after #" + first.id());
        }
    }

    private static ClosingDraft draft(Store s, YearMonth month, String ytdSek) {
        LedgerSnapshot ledger = s.ledger(2024, month);
        return new ClosingDraft(JooqStoreTest.closing(month, ytdSek), "0.1.0", JooqStoreTest.sha('f'),
                ledger.ledgerVersion(), ledger.imports(),
                List.of(new SourceFile("budget-2025.csv", JooqStoreTest.sha('e'), "committee,line,amount\n")));
    }

    /** Everything a store gives back through its interface, to compare two stores by. */
    record Contents(Optional<Organisation> organisation, List<ImportInfo> imports, List<ClosingInfo> closings,
                    List<Optional<StoredClosing>> closingsById, List<ForecastSubmission> forecasts,
                    List<AuditEntry> audit, LedgerSnapshot ledger) {
        static Contents of(TestDatabase db) {
            try (JooqStore s = open(db)) {
                List<Optional<StoredClosing>> byId = new ArrayList<>();
                s.closings().forEach(c -> byId.add(s.closingById(c.id())));
                return new Contents(s.organisation(), s.imports(), s.closings(), byId,
                        s.forecasts(YearMonth.of(2025, 2), true), s.auditLog(), s.ledger(2024, YearMonth.of(2025, 12)));
            }
        }
    }

    @Test
    void everyTableArrivesRowForRowWithItsIdsAndIsVerified() {
        fill(from);
        Contents before = Contents.of(from);
        List<String> reported = new ArrayList<>();

        StoreCopy.Result r = StoreCopy.copy(location(from), location(to), (table, rows, done) -> {
            if (done) {
                reported.add(table);
            }
        });

        assertThat(r.verified()).isTrue();
        assertThat(r.tables()).allSatisfy(t -> assertThat(t.targetRows()).as(t.table()).isEqualTo(t.sourceRows()));
        assertThat(r.tables()).extracting(StoreCopy.TableCopy::table)
                .contains("imported_file", "ledger_balance_block", "ledger_state", "closing", "closed_period",
                        "committee_forecast", "store_organisation", "audit_log")
                .doesNotContain("flyway_schema_history")
                .containsExactlyElementsOf(reported);
        assertThat(r.tables()).extracting(StoreCopy.TableCopy::table).as("a referenced table before the ones that refer to it")
                .containsSubsequence("imported_file", "ledger_balance_block")
                .containsSubsequence("closing", "closed_period")
                .containsSubsequence("closing", "committee_forecast", "committee_forecast_item");
        assertThat(Contents.of(to)).isEqualTo(before);
    }

    @Test
    void theLedgersVersionIsTheSourcesNotTheNewStores() {
        fill(from);

        StoreCopy.copy(location(from), location(to), StoreCopy.Progress.none());

        assertThat(Contents.of(to).ledger().ledgerVersion()).isEqualTo(Contents.of(from).ledger().ledgerVersion())
                .isEqualTo(3);
    }

    @Test
    void theCopyGoesOnWithTheNextIdsAndItsSupersededAndReplacedRowsIntact() {
        fill(from);
        StoreCopy.copy(location(from), location(to), StoreCopy.Progress.none());

        try (JooqStore s = open(to)) {
            assertThat(s.imports()).extracting(ImportInfo::id).containsExactly(1L, 2L, 3L);
            assertThat(s.imports().get(0).supersededBy()).contains(2L);
            assertThat(s.closings()).extracting(ClosingInfo::replaces).containsExactly(Optional.empty(),
                    Optional.of(1L), Optional.empty());
            assertThat(s.forecasts(YearMonth.of(2025, 2), true).get(0).replacedBy()).contains(2L);

            ImportReceipt next = s.importLedger(JooqStoreTest.ledger("mar.se", JooqStoreTest.sha('d'),
                    YearMonth.of(2025, 3)), false);
            assertThat(next.imported().id()).isEqualTo(4);
            assertThat(s.saveClosing(draft(s, YearMonth.of(2025, 3), "1.00"), false).id()).isEqualTo(4);
            List<AuditEntry> audit = s.auditLog();
            assertThat(audit.get(audit.size() - 1).id()).isEqualTo(audit.get(audit.size() - 2).id() + 1);
            assertThat(s.ledger(2025, YearMonth.of(2025, 12)).ledgerVersion()).isEqualTo(4);
        }
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedNamingATableAndNothingIsWritten() {
        fill(from);
        try (JooqStore s = open(to)) {
            s.importLedger(JooqStoreTest.ledger("annan.se", JooqStoreTest.sha('9'), YearMonth.of(2024, 12)), false);
        }
        Contents before = Contents.of(to);

        assertThatThrownBy(() -> StoreCopy.copy(location(from), location(to), StoreCopy.Progress.none()))
                .isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("not empty").hasMessageMatching(".*: \\w+ holds \\d+ rows? a new store does not.*")
                .hasMessageContaining("nothing was copied");
        assertThat(Contents.of(to)).isEqualTo(before);
    }

    @Test
    void aNewStoreIsEmptyThoughItsMigrationsSeededARow() {
        // Opened once: migrated, ledger_state's first row in place. Still a valid target.
        open(to).close();

        assertThat(StoreCopy.copy(location(from), location(to), StoreCopy.Progress.none()).verified()).isTrue();
    }

    @Test
    void aSeededRowThatDiffersFromANewStoresIsNotEmpty() throws Exception {
        open(to).close();
        try (java.sql.Connection c = to.connect(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE ledger_state SET version = 7");
        }

        assertThatThrownBy(() -> StoreCopy.copy(location(from), location(to), StoreCopy.Progress.none()))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("ledger_state holds 1 row");
    }
}
