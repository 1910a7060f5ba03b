package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.store.jooq.JooqStore;
import se.balans.store.testing.BalanceTamper;
import se.balans.store.testing.TestDatabase;

/**
 * The audit log as a hash chain, tampered with the way issue 15 tried it: with a plain SQL client, behind the
 * program's back. Each tampering must show as a break that names the entry (or record) where it happened; an
 * untouched store checks clean. Run on H2 and on PostgreSQL.
 */
class AuditChainTest {
    @TempDir
    Path dir;
    TestDatabase db;
    JooqStore store;

    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth FEB = YearMonth.of(2025, 2);

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Given a store with two imports, a closing, a reopening and its second closing: five chained entries. */
    void given(String kind) {
        db = TestDatabase.of(kind, dir);
        store = JooqStore.open(db.url(), db.user(), db.password(), "tester", JooqStoreTest.CLOCK);
        store.importLedger(JooqStoreTest.ledger("2024.se", JooqStoreTest.sha('a'), YearMonth.of(2024, 12)), false);
        store.importLedger(JooqStoreTest.ledger("2025.se", JooqStoreTest.sha('b'), JAN, FEB), false);
        LedgerSnapshot s = store.ledger(2024, JAN);
        store.saveClosing(new ClosingDraft(JooqStoreTest.closing(JAN, "100.00"), "0.1.0", JooqStoreTest.sha('f'),
                s.ledgerVersion(), s.imports(), List.of()), false);
        store.saveClosing(new ClosingDraft(JooqStoreTest.closing(JAN, "101.00"), "0.1.0", JooqStoreTest.sha('f'),
                s.ledgerVersion(), s.imports(), List.of()), true);
    }

    /** A million kronor added to a stored balance of the block {@code where} selects. */
    void tamper(String where) throws SQLException {
        try (Connection c = db.connect()) {
            BalanceTamper.add(c, where, new java.math.BigDecimal("1000000"));
        }
    }

    void sql(String statement, Object... args) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void anUntouchedStoreChecksCleanAndItsHeadIsTheNewestEntry(String kind) {
        given(kind);
        ChainCheck check = store.checkAuditChain();
        assertThat(check.breaks()).isEmpty();
        assertThat(check.entries()).isEqualTo(5);
        List<AuditEntry> log = store.auditLog();
        assertThat(log).extracting(AuditEntry::action).containsExactly("import", "import", "close", "reopen", "close");
        assertThat(log).extracting(AuditEntry::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(check.head()).contains(new ChainCheck.Head(5, log.get(4).sha256().orElseThrow()));
        assertThat(log.get(4).dbUser()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void deletingTheFirstEntryBreaksTheLinkOfTheSecondAndLeavesItsImportUnrecorded(String kind) throws SQLException {
        given(kind);
        sql("DELETE FROM audit_log WHERE id = 1");
        ChainCheck check = store.checkAuditChain();
        assertThat(check.breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.BROKEN_LINK, 2L),
                org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.UNRECORDED, 1L));
        assertThat(check.breaks().get(0).what()).contains("entry #2").contains("first entries were deleted");
        assertThat(check.breaks().get(1).what()).contains("import #1 has no entry in the audit log");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void alteringAnEntryIsNamed(String kind) throws SQLException {
        given(kind);
        sql("UPDATE audit_log SET os_user = 'someone else' WHERE id = 3");
        assertThat(store.checkAuditChain().breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ChainCheck.Kind.ALTERED);
            assertThat(b.entry()).isEqualTo(3);
            assertThat(b.what()).startsWith("entry #3 (close 2025-01) was changed after it was written");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void anEntryInsertedByHandIsNamedAndSoIsTheHeadItDoesNotMatch(String kind) throws SQLException {
        given(kind);
        sql("INSERT INTO audit_log (id, at, os_user, action, subject, details) VALUES (6, CURRENT_TIMESTAMP, 'x', "
                + "'import', 'extra.se', 'import #9')");
        assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.UNCHAINED, 6L),
                        org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.HEAD, 6L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void anEntryWithForgedHashesAppendedWithoutMovingTheHeadIsNamed(String kind) throws SQLException {
        given(kind);
        String last = store.auditLog().get(4).sha256().orElseThrow();
        sql("INSERT INTO audit_log (id, at, os_user, action, subject, details, previous_sha256, entry_sha256) VALUES "
                + "(6, CURRENT_TIMESTAMP, 'x', 'report', 'r.pdf', 'x', ?, ?)", last, JooqStoreTest.sha('9'));
        assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.HEAD, 6L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void deletingTheNewestEntryNoLongerMatchesTheHead(String kind) throws SQLException {
        given(kind);
        sql("DELETE FROM audit_log WHERE id = 5");
        assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind).containsExactly(
                ChainCheck.Kind.HEAD, ChainCheck.Kind.UNRECORDED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aLedgerBalanceChangedBehindTheProgramsBackNoLongerMatchesItsImportsEntry(String kind) throws SQLException {
        given(kind);
        tamper("import_id = 2 AND period = '2025-02' AND account = '5010'");
        assertThat(store.checkAuditChain().breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ChainCheck.Kind.RECORD_CHANGED);
            assertThat(b.entry()).isEqualTo(2);
            assertThat(b.what()).contains("import #2").contains("entry #2 (import 2025.se)");
        });
    }

    /**
     * An export with vouchers in March and June supplies April and May too, with nothing in them; a file of late
     * vouchers of the same months does not. The quiet months are part of the import's record: one inserted, to make
     * a missing month look supplied, is caught.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void anExportSuppliesItsQuietMonthsAndAQuietMonthSlippedInIsCaught(String kind) throws SQLException {
        given(kind);
        YearMonth mar = YearMonth.of(2025, 3);
        YearMonth jun = YearMonth.of(2025, 6);
        long export = store.importLedger(JooqStoreTest.ledger("mar-jun.se", JooqStoreTest.sha('c'), mar, jun),
                ImportMode.NEW).imported().id();
        long late = store.importLedger(JooqStoreTest.ledger("late.se", JooqStoreTest.sha('d'), mar, jun),
                ImportMode.ADD).imported().id();

        assertThat(store.monthsByImport().get(export)).containsExactly(mar, mar.plusMonths(1), mar.plusMonths(2), jun);
        assertThat(store.monthsByImport().get(late)).containsExactly(mar, jun);
        assertThat(store.ledger(2025, YearMonth.of(2025, 5)).quietMonths())
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5));
        assertThat(store.ledger(2025, YearMonth.of(2025, 4)).supplies(YearMonth.of(2025, 4))).isTrue();
        assertThat(store.checkAuditChain().breaks()).isEmpty();

        sql("INSERT INTO ledger_quiet_month (import_id, period) VALUES (?, '2025-04')", late);
        assertThat(store.checkAuditChain().breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(ChainCheck.Kind.RECORD_CHANGED);
            assertThat(b.what()).contains("import #" + late);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aClosingFigureChangedWithTheBalanceToMatchIsStillCaughtByBothEntries(String kind) throws SQLException {
        given(kind);
        tamper("import_id = 2 AND period = '2025-01' AND account = '5010'");
        sql("UPDATE closing_outcome SET ytd = ytd + 1000000 WHERE closing_id = 2");
        assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.RECORD_CHANGED, 2L),
                        org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.RECORD_CHANGED, 5L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aReopeningChangesNoRecordAndAForecastIsRecordedToo(String kind) {
        given(kind);
        ClosingInfo valid = store.closings().stream().filter(ClosingInfo::valid).findFirst().orElseThrow();
        se.balans.engine.forecast.CommitteeForecast f = new se.balans.engine.forecast.CommitteeForecast("HSN", JAN,
                se.balans.engine.money.Money.ofMnkr("-3"), "", se.balans.engine.forecast.CommitteeForecast.Confidence.LOW,
                List.of(), List.of());
        store.saveForecasts(List.of(ForecastSubmission.of(f, valid.id(), "hsn.xlsx", JooqStoreTest.sha('1'))));
        store.audit("report", "/tmp/r.pdf", "sha256 " + JooqStoreTest.sha('2'));
        ChainCheck check = store.checkAuditChain();
        assertThat(check.breaks()).isEmpty();
        assertThat(check.entries()).isEqualTo(7);
    }
}
