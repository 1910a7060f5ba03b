package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.ForecastMethod;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.closing.MonthlyProfile;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.trace.SourceFile;
import se.balans.store.jooq.JooqStore;
import se.balans.store.testing.TestDatabase;

/**
 * The store's rules, the same on every database: {@link H2JooqStoreTest} runs them on an H2 file,
 * {@link PostgresJooqStoreTest} on a PostgreSQL server.
 */
abstract class JooqStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    TestDatabase db;
    JooqStore store;

    /** A new, empty database for one test. */
    abstract TestDatabase database(Path dir);

    @BeforeEach
    void open() {
        db = database(dir);
        store = open("tester");
    }

    JooqStore open(String osUser) {
        return JooqStore.open(db.url(), db.user(), db.password(), osUser, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        // Null when the test was skipped for want of a PostgreSQL server.
        if (store != null) {
            store.close();
        }
        if (db != null) {
            db.close();
        }
    }

    static LedgerImport ledger(String name, String sha, YearMonth... months) {
        List<LedgerBalance> balances = new java.util.ArrayList<>();
        for (YearMonth m : months) {
            balances.add(new LedgerBalance(m, "5010", "2100", "", Money.ofSek(1000), 2));
            balances.add(new LedgerBalance(m, "1930", "", "", Money.ofSek(-1000), 1));
        }
        return new LedgerImport(name, "/data/" + name, sha, 123, "SIE 4", "CP437", months.length, 3L * months.length, balances,
                Map.of("5010", "Löner"));
    }

    static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void anImportIsRecordedWithItsHashAndItsBalancesAreReadBack() {
        ImportReceipt r = store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                false);
        assertThat(r.imported().fileName()).isEqualTo("a.se");
        assertThat(r.imported().firstPeriod()).contains(YearMonth.of(2025, 1));
        assertThat(r.imported().importedBy()).isEqualTo("tester");
        LedgerSnapshot s = store.ledger(2025, YearMonth.of(2025, 12));
        assertThat(s.amounts()).hasSize(4);
        assertThat(s.ledgerVersion()).isEqualTo(1);
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("import");
    }

    @Test
    void theSameFileTwiceIsRefusedUnlessReplaced() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        assertThatThrownBy(() -> store.importLedger(ledger("copy-of-a.se", sha('a'), YearMonth.of(2025, 1)), false))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("already imported")
                .hasMessageContaining("--replace");
        ImportReceipt r = store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), true);
        assertThat(r.superseded()).hasSize(1);
        assertThat(store.imports()).hasSize(2);
        assertThat(store.ledger(2025, YearMonth.of(2025, 12)).amounts()).hasSize(2);
    }

    @Test
    void overlappingMonthsAreRefusedUnlessReplaced() {
        store.importLedger(ledger("jan-feb.se", sha('a'), YearMonth.of(2025, 1), YearMonth.of(2025, 2)), false);
        assertThatThrownBy(() -> store.importLedger(ledger("feb-mar.se", sha('b'), YearMonth.of(2025, 2),
                YearMonth.of(2025, 3)), false)).isInstanceOf(StoreConflictException.class).hasMessageContaining("2025-02");
        assertThat(store.imports()).hasSize(1);
        store.importLedger(ledger("jan-mar.se", sha('c'), YearMonth.of(2025, 1), YearMonth.of(2025, 2),
                YearMonth.of(2025, 3)), true);
        assertThat(store.ledger(2025, YearMonth.of(2025, 12)).imports()).extracting(ImportInfo::fileName)
                .containsExactly("jan-mar.se");
    }

    static MonthlyClosing closing(YearMonth m, String ytdSek) {
        Measures measures = new Measures(Money.ofSek(1), Money.ofSek(new java.math.BigDecimal(ytdSek)),
                Money.ofSek(3), Money.ofSek(4), Money.ofSek(5), Money.ofSek(6));
        return new MonthlyClosing(m, List.of("HSN", "RS"),
                List.of(new MonthlyClosing.Row(new Key("RS", IncomeStatementLine.TAX_REVENUE), measures),
                        new MonthlyClosing.Row(new Key("HSN", IncomeStatementLine.OPERATING_COSTS), measures)),
                List.of(new MonthlyClosing.MonthRow(new Key("HSN", IncomeStatementLine.OPERATING_COSTS), 1,
                        Money.ofSek(-11), Money.ofSek(-12), Money.ofSek(-13))),
                List.of(new ForecastBasis("HSN", ForecastMethod.SEASONAL, MonthlyProfile.even())),
                Optional.of(new Backtest(2024, List.of(new Backtest.Point(1, Money.ofSek(7), Money.ofSek(8)),
                                new Backtest.Point(2, Money.ofSek(17), Money.ofSek(18))),
                        Money.ofSek(9), Money.ofSek(10))));
    }

    ClosingDraft draft(MonthlyClosing c) {
        LedgerSnapshot s = store.ledger(2024, c.month());
        return new ClosingDraft(c, "0.1.0", sha('f'), s.ledgerVersion(), s.imports(),
                List.of(new SourceFile("budget-2025.csv", sha('e'), "committee,line,amount\n"),
                        new SourceFile("committees.csv", sha('d'), "code,name\n")));
    }

    @Test
    void aClosingIsStoredWholeAndReadBackExactly() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        MonthlyClosing c = closing(YearMonth.of(2025, 1), "12345.67");
        ClosingInfo info = store.saveClosing(draft(c), false);
        StoredClosing back = store.closing(YearMonth.of(2025, 1)).orElseThrow();
        assertThat(back.closing()).isEqualTo(c);
        assertThat(back.info().id()).isEqualTo(info.id());
        assertThat(back.imports()).extracting(StoredClosing.ImportRef::sha256).containsExactly(sha('a'));
        assertThat(back.config()).extracting(SourceFile::name)
                .containsExactlyInAnyOrder("budget-2025.csv", "committees.csv");
    }

    @Test
    void aCommitteesForecastIsStoredWithItsFileAndAReImportReplacesItKeepingTheFirst() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        ClosingInfo closed = store.saveClosing(draft(closing(YearMonth.of(2025, 1), "1.00")), false);
        YearMonth round = YearMonth.of(2025, 1);
        se.balans.engine.forecast.CommitteeForecast first = new se.balans.engine.forecast.CommitteeForecast("HSN", round,
                Money.ofMnkr("-35.5"), "Personalkostnaderna ökar.", se.balans.engine.forecast.CommitteeForecast.Confidence.MEDIUM,
                List.of(new se.balans.engine.forecast.CommitteeForecast.Item("Hyrpersonal", Money.ofMnkr("-10"))),
                List.of(new se.balans.engine.forecast.CommitteeForecast.Item("Anställningsstopp", Money.ofMnkr("5"))));
        store.saveForecasts(List.of(ForecastSubmission.of(first, closed.id(), "hsn.xlsx", sha('1'))));
        se.balans.engine.forecast.CommitteeForecast second = new se.balans.engine.forecast.CommitteeForecast("HSN", round,
                Money.ofMnkr("-40"), "", se.balans.engine.forecast.CommitteeForecast.Confidence.LOW, List.of(), List.of());
        store.saveForecasts(List.of(ForecastSubmission.of(second, closed.id(), "hsn-2.xlsx", sha('2'))));

        assertThat(store.forecasts(round, false)).singleElement().satisfies(f -> {
            assertThat(f.forecast()).isEqualTo(second);
            assertThat(f.fileName()).isEqualTo("hsn-2.xlsx");
            assertThat(f.importedBy()).isEqualTo("tester");
        });
        List<ForecastSubmission> all = store.forecasts(round, true);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).forecast()).as("read back exactly, risks and actions in order").isEqualTo(first);
        assertThat(all.get(0).replacedBy()).contains(all.get(1).id());
        assertThat(store.auditLog()).extracting(AuditEntry::action).endsWith("forecast", "forecast");
    }

    /** Twelve weights that sum to one, each with the scale it is written with. */
    static MonthlyProfile profile(String... weights) {
        return new MonthlyProfile(java.util.Arrays.stream(weights).map(java.math.BigDecimal::new).toList(),
                MonthlyProfile.Source.CONFIGURED, List.of());
    }

    static MonthlyClosing withBases(MonthlyClosing c, ForecastBasis... bases) {
        return new MonthlyClosing(c.month(), c.committees(), c.rows(), c.months(), List.of(bases), c.backtest());
    }

    @Test
    void profileWeightsComeBackWithTheirScaleAndLearnedYearsInTheirOrder() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        MonthlyProfile odd = profile("0.50", "0.5", "0", "0.0", "0.00000000000000000000", "0E+2", "-0.25", "0.25",
                "0.000000000001", "-0.000000000001", "1E-20", "-1E-20");
        MonthlyProfile learned = MonthlyProfile.normalised(java.util.Collections.nCopies(12, java.math.BigDecimal.TEN),
                MonthlyProfile.Source.LEARNED, List.of(2024, 2022));
        MonthlyClosing c = withBases(closing(YearMonth.of(2025, 1), "1.00"),
                new ForecastBasis("HSN", ForecastMethod.SEASONAL, odd),
                new ForecastBasis("RS", ForecastMethod.BUDGET, learned));
        store.saveClosing(draft(c), false);
        MonthlyClosing back = store.closing(YearMonth.of(2025, 1)).orElseThrow().closing();
        assertThat(back).isEqualTo(c);
        assertThat(back.basesByTarget().get("HSN").profile().weights()).extracting(java.math.BigDecimal::scale)
                .containsExactly(2, 1, 0, 1, 20, -2, 2, 2, 12, 12, 20, 20);
        assertThat(back.basesByTarget().get("RS").profile().learnedFrom()).containsExactly(2024, 2022);
    }

    /**
     * An import stores its opening balances and its account names; a later import that names an account anew
     * renames it, and one that names new accounts adds them — every row bound, none lost in the batch.
     */
    @Test
    void openingBalancesAndAccountNamesAreStoredAndALaterImportRenames() throws Exception {
        LedgerImport jan = ledger("jan.se", sha('a'), YearMonth.of(2025, 1));
        List<se.balans.engine.ledger.OpeningBalance> openings = List.of(
                new se.balans.engine.ledger.OpeningBalance(2025, "1930", Money.ofSek(new BigDecimal("1250000.55"))),
                new se.balans.engine.ledger.OpeningBalance(2025, "2440", Money.ofSek(new BigDecimal("-300000.00"))));
        long first = store.importLedger(new LedgerImport(jan.fileName(), jan.filePath(), jan.sha256(), jan.sizeBytes(),
                jan.format(), jan.charset(), jan.vouchers(), jan.rows(), jan.balances(),
                Map.of("5010", "Löner", "1930", "Bank", "2440", "Leverantörsskulder"), openings), false).imported().id();
        LedgerImport feb = ledger("feb.se", sha('b'), YearMonth.of(2025, 2));
        store.importLedger(new LedgerImport(feb.fileName(), feb.filePath(), feb.sha256(), feb.sizeBytes(), feb.format(),
                feb.charset(), feb.vouchers(), feb.rows(), feb.balances(), Map.of("5010", "Löner, tillsvidare",
                "6110", "Kontorsmaterial")), false);

        assertThat(store.openingBalancesOf(first)).containsExactlyInAnyOrderElementsOf(openings);
        Map<String, String> names = new java.util.TreeMap<>();
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT number, name FROM account")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(names).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("1930", "Bank",
                "2440", "Leverantörsskulder", "5010", "Löner, tillsvidare", "6110", "Kontorsmaterial")));
    }

    /** The log records the database login as the database knows it, beside the operating-system user. */
    @Test
    void theAuditLogRecordsTheDatabaseLoginBesideTheOsUser() throws Exception {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        String login;
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            login = rs.getString(1);
        }
        AuditEntry e = store.auditLog().get(store.auditLog().size() - 1);
        assertThat(e.osUser()).isEqualTo("tester");
        assertThat(e.dbUser()).contains(login);
        if (db.user() != null) {
            assertThat(e.dbUser()).as("the login the store was opened with").contains(db.user());
        }
    }

    /**
     * Another process holds the ledger's lock (an import in progress that does not end): a change waits the lock
     * timeout — 1 s here, BALANS_LOCK_TIMEOUT — and is refused as a conflict (exit 4), not left waiting forever.
     */
    @Test
    void aChangeThatCannotGetALockIsRefusedAfterTheLockTimeoutNotLeftWaiting() throws Exception {
        try (java.sql.Connection other = db.connect()) {
            other.setAutoCommit(false);
            try (java.sql.Statement st = other.createStatement()) {
                st.execute("UPDATE ledger_state SET version = version WHERE id = 1");
            }
            System.setProperty("balans.lockTimeout", "1");
            try (JooqStore waiting = open("other")) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> waiting.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false))
                        .isInstanceOf(StoreConflictException.class).hasMessageContaining("the store is busy")
                        .hasMessageContaining("nothing was stored");
                assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds waited").isLessThan(15);
            } finally {
                System.clearProperty("balans.lockTimeout");
                other.rollback();
            }
        }
        assertThat(store.imports()).as("nothing was stored").isEmpty();
    }

    @Test
    void forecastBasesComeBackInTheClosingsOrderNotByTarget() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        MonthlyClosing c = withBases(closing(YearMonth.of(2025, 1), "1.00"),
                new ForecastBasis("RS", ForecastMethod.BUDGET, MonthlyProfile.even()),
                new ForecastBasis("HSN", ForecastMethod.SEASONAL, MonthlyProfile.even()),
                new ForecastBasis(IncomeStatementLine.FINANCIAL_COSTS.code(), ForecastMethod.BUDGET,
                        MonthlyProfile.even()),
                new ForecastBasis(IncomeStatementLine.TAX_REVENUE.code(), ForecastMethod.SEASONAL,
                        MonthlyProfile.even()));
        store.saveClosing(draft(c), false);
        assertThat(store.closing(YearMonth.of(2025, 1)).orElseThrow().closing().bases())
                .extracting(ForecastBasis::target).containsExactly("RS", "HSN", "financial_costs", "tax_revenue");
    }

    @Test
    void aWeightTheStoreCannotGiveBackExactlyIsRefusedAndNothingIsStored() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        MonthlyProfile tooFine = profile("0.5", "0.5", "0", "0", "0", "0", "0", "0", "0", "0",
                "0.000000000000000000001", "-0.000000000000000000001");
        MonthlyClosing c = withBases(closing(YearMonth.of(2025, 1), "1.00"),
                new ForecastBasis("HSN", ForecastMethod.SEASONAL, tooFine));
        assertThatThrownBy(() -> store.saveClosing(draft(c), false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("HSN").hasMessageContaining("cannot keep it exactly");
        assertThat(store.closings()).isEmpty();
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("import");
    }

    static final List<Committee> NAMED = List.of(
            new Committee("HSN", "Hälso- och sjukvårdsnämnden", "Health and Medical Services Committee"),
            new Committee("RS", "Regionstyrelsen", "Regional Executive Board"));

    @Test
    void aClosingCarriesItsOrganisationAndItsCommitteesNamesInReportOrder() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        MonthlyClosing c = closing(YearMonth.of(2025, 1), "1.00");
        LedgerSnapshot s = store.ledger(2024, c.month());
        store.saveClosing(new ClosingDraft(c, "Region Västerbotten", NAMED, "0.1.0", sha('f'), s.ledgerVersion(),
                s.imports(), List.of()), false);
        StoredClosing back = store.closing(YearMonth.of(2025, 1)).orElseThrow();
        assertThat(back.organisation()).isEqualTo("Region Västerbotten");
        assertThat(back.committees()).isEqualTo(NAMED);
        assertThat(back.closing()).isEqualTo(c);
    }

    @Test
    void aClosingMadeWithoutNamesReadsBackWithoutOrganisationAndWithItsCodesAsNames() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        store.saveClosing(draft(closing(YearMonth.of(2025, 1), "1.00")), false);
        StoredClosing back = store.closing(YearMonth.of(2025, 1)).orElseThrow();
        assertThat(back.organisation()).isEmpty();
        assertThat(back.committees()).containsExactly(new Committee("HSN", "HSN", "HSN"),
                new Committee("RS", "RS", "RS"));
    }

    @Test
    void aClosedMonthIsNotClosedAgainWithoutReopenAndTheReopeningIsRecorded() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        ClosingInfo first = store.saveClosing(draft(closing(YearMonth.of(2025, 1), "1.00")), false);
        assertThatThrownBy(() -> store.saveClosing(draft(closing(YearMonth.of(2025, 1), "2.00")), false))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("already closed")
                .hasMessageContaining("--reopen");
        assertThat(store.closing(YearMonth.of(2025, 1)).orElseThrow().closing().rows().get(0).measures().ytd())
                .isEqualTo(Money.ofSek(1));
        ClosingInfo second = store.saveClosing(draft(closing(YearMonth.of(2025, 1), "2.00")), true);
        assertThat(second.replaces()).contains(first.id());
        assertThat(store.closings()).extracting(ClosingInfo::valid).containsExactly(false, true);
        assertThat(store.closings().get(0).reopenedBy()).contains("tester");
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("import", "close", "reopen", "close");
    }

    @Test
    void aClosingWhoseLedgerChangedIsRefused() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        ClosingDraft d = draft(closing(YearMonth.of(2025, 1), "1.00"));
        store.importLedger(ledger("b.se", sha('b'), YearMonth.of(2025, 2)), false);
        assertThatThrownBy(() -> store.saveClosing(d, false)).isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("ledger changed");
        assertThat(store.closings()).isEmpty();
    }

    @Test
    void twoBalancesForOneCellAreRefusedWhereverTheyStandInTheBlock() {
        LedgerBalance b = new LedgerBalance(YearMonth.of(2025, 2), "5010", "2100", "", Money.ofSek(5), 1);
        LedgerBalance other = new LedgerBalance(YearMonth.of(2025, 2), "5010", "1000", "6=P1", Money.ofSek(7), 1);
        // Not in cost-centre order, and the twins apart: the store cannot rely on them being neighbours.
        LedgerImport broken = new LedgerImport("b.se", "/data/b.se", sha('b'), 1, "SIE 4", "UTF-8", 1, 3,
                List.of(b, other, b), Map.of());

        assertThatThrownBy(() -> store.importLedger(broken, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("two balances for 2025-02 account 5010 cost centre '2100' dimensions ''")
                .hasMessageContaining("nothing was stored");
        assertThat(store.imports()).isEmpty();
    }

    @Test
    void anImportThatFailsHalfwayLeavesNothingBehind() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        LedgerBalance b = new LedgerBalance(YearMonth.of(2025, 2), "5010", "2100", "", Money.ofSek(5), 1);
        // The second balance repeats the first one's key: the store refuses it after the file's row is written.
        LedgerImport broken = new LedgerImport("b.se", "/data/b.se", sha('b'), 1, "SIE 4", "UTF-8", 1, 2, List.of(b, b), Map.of());
        assertThatThrownBy(() -> store.importLedger(broken, false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing was stored");
        assertThat(store.imports()).extracting(ImportInfo::fileName).containsExactly("a.se");
        assertThat(store.ledger(2025, YearMonth.of(2025, 12)).ledgerVersion()).isEqualTo(1);
        assertThat(store.auditLog()).hasSize(1);
        store.importLedger(ledger("b.se", sha('b'), YearMonth.of(2025, 2)), false);
        assertThat(store.imports()).hasSize(2);
    }

    @Test
    void aLaterImportRenamesAnAccount() throws Exception {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        store.importLedger(new LedgerImport("b.se", "/data/b.se", sha('b'), 1, "SIE 4", "UTF-8", 0, 0, List.of(),
                Map.of("5010", "Löner till tillsvidareanställda", "4010", "Inköp")), false);
        try (var c = db.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT number, name FROM account ORDER BY number")) {
            List<String> accounts = new java.util.ArrayList<>();
            while (rs.next()) {
                accounts.add(rs.getString(1) + " " + rs.getString(2));
            }
            assertThat(accounts).containsExactly("4010 Inköp", "5010 Löner till tillsvidareanställda");
        }
    }

    @Test
    void twoClosingsOfTheSameMonthAtTheSameMomentOneIsStoredTheOtherRefused() throws Exception {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        ClosingDraft mine = draft(closing(YearMonth.of(2025, 1), "1.00"));
        ClosingDraft theirs = draft(closing(YearMonth.of(2025, 1), "2.00"));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (JooqStore other = open("colleague")) {
            var a = pool.submit(() -> {
                together.await();
                return store.saveClosing(mine, false);
            });
            var b = pool.submit(() -> {
                together.await();
                return other.saveClosing(theirs, false);
            });
            List<Throwable> failures = new java.util.ArrayList<>();
            for (var f : List.of(a, b)) {
                try {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(StoreConflictException.class)
                    .extracting(Throwable::getMessage).asString().contains("2025-01");
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.closings()).singleElement().extracting(ClosingInfo::valid).isEqualTo(true);
    }

    static final Organisation VASTERBOTTEN = Organisation.of("Region Västerbotten", "232100-0222");
    static final Organisation STOCKHOLM = Organisation.of("Region Stockholm", "232100-0016");

    @Test
    void aStoreNoWorkspaceHasBoundBelongsToNoOrganisation() {
        assertThat(store.organisation()).isEmpty();
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        assertThat(store.organisation()).as("binding is the workspace's to do, not an import's").isEmpty();
    }

    @Test
    void bindingRecordsTheOrganisationForEveryoneAndInTheAuditLog() {
        store.bindOrganisation(VASTERBOTTEN);
        assertThat(store.organisation()).contains(VASTERBOTTEN);
        try (JooqStore other = open("colleague")) {
            assertThat(other.organisation()).contains(VASTERBOTTEN);
        }
        assertThat(store.auditLog()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("bind");
            assertThat(e.subject()).isEqualTo("232100-0222");
            assertThat(e.details()).isEqualTo("Region Västerbotten");
            assertThat(e.osUser()).isEqualTo("tester");
        });
    }

    @Test
    void theSameOrganisationAgainIsANoOpHoweverItsNameIsWritten() {
        store.bindOrganisation(VASTERBOTTEN);
        store.bindOrganisation(VASTERBOTTEN);
        try (JooqStore other = open("colleague")) {
            other.bindOrganisation(Organisation.of("REGION VÄSTERBOTTEN ", "2321000222"));
            other.bindOrganisation(Organisation.of("Västerbottens läns landsting", "16232100-0222"));
        }
        assertThat(store.organisation()).as("the name it was bound with").contains(VASTERBOTTEN);
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("bind");
    }

    @Test
    void anotherOrganisationIsRefusedNamingBoth() {
        store.bindOrganisation(VASTERBOTTEN);
        assertThatThrownBy(() -> store.bindOrganisation(STOCKHOLM)).isInstanceOf(StoreConflictException.class)
                .hasMessage("the store belongs to Region Västerbotten (232100-0222), not to Region Stockholm "
                        + "(232100-0016): one store holds one organisation's ledger; use that organisation's "
                        + "workspace or another --db");
        assertThatThrownBy(() -> store.bindOrganisation(Organisation.of("Region Västerbotten", "232100-0016")))
                .as("the number decides, not the name").isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("232100-0222").hasMessageContaining("232100-0016");
        assertThat(store.organisation()).contains(VASTERBOTTEN);
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("bind");
    }

    /** Two stores (two connections, as two processes have) bind at the same moment; the failures. */
    List<Throwable> bindTogether(Organisation mine, Organisation theirs) throws Exception {
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<Throwable> failures = new java.util.ArrayList<>();
        try (JooqStore other = open("colleague")) {
            var a = pool.submit(() -> {
                together.await();
                store.bindOrganisation(mine);
                return null;
            });
            var b = pool.submit(() -> {
                together.await();
                other.bindOrganisation(theirs);
                return null;
            });
            for (var f : List.of(a, b)) {
                try {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    @Test
    void twoFirstBindingsOfTheSameOrganisationAtTheSameMomentBothSucceedOnce() throws Exception {
        assertThat(bindTogether(VASTERBOTTEN, Organisation.of("REGION VÄSTERBOTTEN", "2321000222"))).isEmpty();
        assertThat(store.organisation().map(Organisation::number)).contains(VASTERBOTTEN.number());
        assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("bind");
    }

    @Test
    void twoFirstBindingsOfDifferentOrganisationsAtTheSameMomentOneWinsTheOtherIsRefused() throws Exception {
        List<Throwable> failures = bindTogether(VASTERBOTTEN, STOCKHOLM);
        Organisation bound = store.organisation().orElseThrow();
        Organisation loser = bound.equals(VASTERBOTTEN) ? STOCKHOLM : VASTERBOTTEN;
        assertThat(failures).singleElement().isInstanceOf(StoreConflictException.class).extracting(Throwable::getMessage)
                .asString().startsWith("the store belongs to " + bound + ", not to " + loser + ":");
        assertThat(store.auditLog()).singleElement().extracting(AuditEntry::subject).isEqualTo(bound.number());
    }

    /**
     * The race itself, made certain: another process has written the one row but not committed it when
     * this one reads (nothing) and inserts. The insert waits for the other and then fails on the key;
     * the store reads again and answers as if it had seen the row in the first place.
     */
    @Test
    void aBindingThatLosesTheRaceReadsTheWinnersOrganisation() throws Exception {
        for (Organisation mine : List.of(STOCKHOLM, Organisation.of("REGION VÄSTERBOTTEN", "2321000222"))) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try (var c = db.connect()) {
                c.setAutoCommit(false);
                try (var ps = c.prepareStatement("INSERT INTO store_organisation (id, number, name, bound_at, bound_by) "
                        + "VALUES (1, ?, ?, ?, ?)")) {
                    ps.setString(1, VASTERBOTTEN.number());
                    ps.setString(2, VASTERBOTTEN.name());
                    ps.setObject(3, java.time.OffsetDateTime.now(CLOCK));
                    ps.setString(4, "colleague");
                    ps.executeUpdate();
                }
                var binding = pool.submit(() -> {
                    store.bindOrganisation(mine);
                    return null;
                });
                Thread.sleep(1000);
                assertThat(binding).as("waits for the other's commit").isNotDone();
                c.commit();
                if (mine.number().equals(VASTERBOTTEN.number())) {
                    binding.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } else {
                    assertThatThrownBy(() -> binding.get(60, java.util.concurrent.TimeUnit.SECONDS))
                            .cause().isInstanceOf(StoreConflictException.class)
                            .hasMessageStartingWith("the store belongs to Region Västerbotten (232100-0222), not to "
                                    + "Region Stockholm (232100-0016):");
                }
                assertThat(store.organisation()).contains(VASTERBOTTEN);
                assertThat(store.auditLog()).as("the loser wrote nothing").isEmpty();
                try (var st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM store_organisation");
                }
                c.commit();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theStoreSurvivesReopeningTheFile() {
        store.importLedger(ledger("a.se", sha('a'), YearMonth.of(2025, 1)), false);
        store.close();
        store = open("tester");
        assertThat(store.imports()).hasSize(1);
    }
}
