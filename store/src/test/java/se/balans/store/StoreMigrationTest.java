package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
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
import se.balans.store.jooq.JooqStore;
import se.balans.store.jooq.OlderSchema;
import se.balans.store.testing.BalanceTamper;
import se.balans.store.testing.TestDatabase;

/**
 * A store that an older Balans made keeps every closing after the upgrade, reading back exactly as it
 * did before it — so that {@code balans verify} still reproduces it and its reports do not change.
 * The same on every database: {@link H2StoreMigrationTest}, {@link PostgresStoreMigrationTest}.
 *
 * <p>The old store is made as the last release left it: the schema migrated to version 3 only, and
 * the closings written row by row as version 3's store wrote them, committees and forecast profiles
 * as delimited strings.
 */
abstract class StoreMigrationTest {
    static final OffsetDateTime CLOSED_AT = OffsetDateTime.of(2025, 3, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    TestDatabase db;
    /** Held open through the test, so that an H2 file is not closed and reopened between the steps. */
    Connection connection;

    abstract TestDatabase database(Path dir);

    @BeforeEach
    void createAStoreAtVersion3() throws SQLException {
        db = database(dir);
        connection = db.connect();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                .target("3").loggers("slf4j").load().migrate();
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (db != null) {
            db.close();
        }
    }

    JooqStore open() {
        return JooqStore.open(db.url(), db.user(), db.password(), "tester", JooqStoreTest.CLOCK);
    }

    /** A learned profile as the engine makes one: twelve weights to 12 decimals. */
    static MonthlyProfile learned() {
        List<BigDecimal> raw = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            raw.add(BigDecimal.valueOf(m % 3 + 7));
        }
        return MonthlyProfile.normalised(raw, MonthlyProfile.Source.LEARNED, List.of(2022, 2024, 2023));
    }

    static MonthlyClosing closing(List<String> committees, List<ForecastBasis> bases) {
        Measures m = new Measures(Money.ofSek(new BigDecimal("-120.50")), Money.ofSek(-300), Money.ofSek(-280),
                Money.ofSek(-310), Money.ofSek(-1200), Money.ofSek(new BigDecimal("-1195.25")));
        List<MonthlyClosing.Row> rows = committees.stream()
                .map(k -> new MonthlyClosing.Row(new Key(k, IncomeStatementLine.OPERATING_COSTS), m)).toList();
        return new MonthlyClosing(YearMonth.of(2025, 2), committees, rows,
                List.of(new MonthlyClosing.MonthRow(new Key("RS", IncomeStatementLine.TAX_REVENUE), 2,
                        Money.ofSek(500), Money.ofSek(480), Money.ofSek(490))),
                bases, Optional.of(new Backtest(2024, List.of(new Backtest.Point(1, Money.ofSek(7), Money.ofSek(8)),
                        new Backtest.Point(2, Money.ofSek(9), Money.ofSek(10))), Money.ofSek(11), Money.ofSek(12))));
    }

    @Test
    void closingsStoredAtVersion3ReadBackAsTheyWereWithTheirCommitteeCodesAsNames() throws SQLException {
        MonthlyClosing first = closing(List.of("HSN"),
                List.of(new ForecastBasis("HSN", ForecastMethod.SEASONAL, MonthlyProfile.even())));
        ForecastBasis rs = new ForecastBasis("RS", ForecastMethod.BUDGET, MonthlyProfile.even());
        ForecastBasis hsn = new ForecastBasis("HSN", ForecastMethod.SEASONAL, learned());
        ForecastBasis tax = new ForecastBasis(IncomeStatementLine.TAX_REVENUE.code(), ForecastMethod.SEASONAL,
                MonthlyProfile.even());
        // The engine lists the bases in report order; version 3 did not keep it and read them back by target.
        MonthlyClosing second = closing(List.of("RS", "HSN", "KN"), List.of(rs, hsn, tax));
        MonthlyClosing secondAsVersion3ReadIt = closing(List.of("RS", "HSN", "KN"), List.of(hsn, rs, tax));
        long reopened = insertAsVersion3(first, "reopened", null);
        long valid = insertAsVersion3(second, "closed", reopened);

        try (JooqStore store = open()) {
            StoredClosing back = store.closing(YearMonth.of(2025, 2)).orElseThrow();
            assertThat(back.info().id()).isEqualTo(valid);
            assertThat(back.closing()).isEqualTo(secondAsVersion3ReadIt);
            assertThat(back.closing().committees()).containsExactly("RS", "HSN", "KN");
            assertThat(back.organisation()).as("not recorded before version 4").isEmpty();
            assertThat(back.committees()).containsExactly(new Committee("RS", "RS", "RS"),
                    new Committee("HSN", "HSN", "HSN"), new Committee("KN", "KN", "KN"));
            MonthlyProfile profile = back.closing().basesByTarget().get("HSN").profile();
            assertThat(profile.learnedFrom()).containsExactly(2022, 2024, 2023);
            assertThat(profile.weights()).isEqualTo(learned().weights())
                    .allSatisfy(w -> assertThat(w.scale()).isEqualTo(12));
            assertThat(store.closingById(reopened).orElseThrow().closing()).isEqualTo(first);
            assertThat(store.closings()).extracting(ClosingInfo::valid).containsExactly(false, true);
        }
    }

    @Test
    void theDelimitedColumnsAreGoneAndTheirListsAreInChildTables() throws SQLException {
        MonthlyClosing c = closing(List.of("RS", "HSN"),
                List.of(new ForecastBasis("HSN", ForecastMethod.SEASONAL, learned())));
        long id = insertAsVersion3(c, "closed", null);
        open().close();

        assertThat(columns("closing")).contains("organisation").doesNotContain("committees");
        assertThat(columns("closing_basis")).doesNotContain("learned_from", "weights");
        assertThat(rows("SELECT ordinal, code, name, english_name FROM closing_committee WHERE closing_id = " + id
                + " ORDER BY ordinal")).containsExactly("1 RS RS RS", "2 HSN HSN HSN");
        assertThat(rows("SELECT ordinal, learned_year FROM closing_basis_year WHERE closing_id = " + id
                + " ORDER BY ordinal")).containsExactly("1 2022", "2 2024", "3 2023");
        assertThat(rows("SELECT COUNT(*), MIN(weight_scale), MAX(weight_scale) FROM closing_basis_weight"
                + " WHERE closing_id = " + id)).containsExactly("12 12 12");
    }

    @Test
    void theMigratedStoreGoesOnClosing() {
        insertAsVersion3(closing(List.of("HSN"), List.of()), "closed", null);
        try (JooqStore store = open()) {
            MonthlyClosing march = new MonthlyClosing(YearMonth.of(2025, 3), List.of("HSN"), List.of(), List.of(),
                    List.of(new ForecastBasis("HSN", ForecastMethod.SEASONAL, learned())), Optional.empty());
            ClosingInfo info = store.saveClosing(new ClosingDraft(march, "0.2.0", JooqStoreTest.sha('f'),
                    store.ledger(2025, YearMonth.of(2025, 3)).ledgerVersion(), List.of(), List.of()), false);
            assertThat(store.closingById(info.id()).orElseThrow().closing()).isEqualTo(march);
            assertThat(store.closings()).hasSize(2);
        }
    }

    @Test
    void aStoreAtVersion6BelongsToNoOrganisationUntilAWorkspaceBindsItAndKeepsItsClosings() throws SQLException {
        long id = insertAsVersion3(closing(List.of("HSN"), List.of()), "closed", null);
        OlderSchema.migrate(db.url(), db.user(), db.password(), "6");
        assertThat(versions()).endsWith("5", "6");

        Organisation vasterbotten = Organisation.of("Region Västerbotten", "232100-0222");
        try (JooqStore store = open()) {
            assertThat(store.organisation()).isEmpty();
            store.bindOrganisation(vasterbotten);
            assertThat(store.organisation()).contains(vasterbotten);
            assertThat(store.closingById(id)).isPresent();
            assertThat(store.auditLog()).extracting(AuditEntry::action).containsExactly("bind");
        }
        assertThat(versions()).endsWith("6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(rows("SELECT id, number, name, bound_by FROM store_organisation"))
                .containsExactly("1 232100-0222 Region Västerbotten tester");
    }

    /**
     * A store written before the audit log was a hash chain (version 10): the upgrade seals its entries in the
     * order of the log, each with the record its words name, so it checks clean — and from then on a figure changed
     * under an old entry breaks the chain like any other.
     */
    @Test
    void theUpgradeToVersion12SealsTheEntriesWrittenBeforeAndTheyCheckClean() throws SQLException {
        OlderSchema.migrate(db.url(), db.user(), db.password(), "10");
        execute("INSERT INTO imported_file (id, file_name, sha256, size_bytes, format, charset, vouchers, rows_read, "
                + "first_period, last_period, imported_at, imported_by, file_path) VALUES (1, 'a.se', ?, 10, 'SIE 4', "
                + "'CP437', 1, 2, '2025-01', '2025-01', ?, 'ekonom', '/data/a.se')", JooqStoreTest.sha('a'), CLOSED_AT);
        execute("INSERT INTO ledger_balance (import_id, period, account, cost_centre, dimensions, amount, row_count) "
                + "VALUES (1, '2025-01', '5010', '2100', '', 1000.00, 2)");
        execute("INSERT INTO audit_log (id, at, os_user, db_user, action, subject, details) VALUES (7, ?, 'ekonom', "
                + "'SA', 'import', 'a.se', ?)", CLOSED_AT, "import #1 sha256 " + JooqStoreTest.sha('a') + ", 1 vouchers");
        execute("INSERT INTO audit_log (id, at, os_user, action, subject, details) VALUES (9, ?, 'ekonom', "
                + "'report', '/r/m.pdf', 'månadsrapport')", CLOSED_AT);

        try (JooqStore store = open()) {
            ChainCheck check = store.checkAuditChain();
            assertThat(check.breaks()).isEmpty();
            assertThat(check.head()).map(ChainCheck.Head::entry).contains(9L);
            store.audit("report", "/r/n.pdf", "månadsrapport");
            assertThat(store.auditLog()).extracting(AuditEntry::id).containsExactly(7L, 9L, 10L);
            assertThat(store.checkAuditChain().breaks()).isEmpty();
        }
        BalanceTamper.add(connection, "import_id = 1", new java.math.BigDecimal("-999.00"));
        try (JooqStore store = open()) {
            assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.RECORD_CHANGED, 7L));
        }
    }

    /**
     * A store as Balans wrote it on 2026-12-01 before its import hashed the balances from memory (commit 0c662fd,
     * schema 12): the rows and the two chained entries below are that version's own, read out of the store it made
     * importing a two-voucher file. The import's entry records the balances in that version's form; after the
     * upgrades to blocks (13) and quiet months (14) the chain still checks clean — and a changed figure still
     * breaks it.
     */
    @Test
    void aStoreWrittenBeforeTheImportHashedFromMemoryChecksCleanAfterTheUpgrades() throws SQLException {
        OlderSchema.migrate(db.url(), db.user(), db.password(), "12");
        java.time.OffsetDateTime bound = java.time.OffsetDateTime.parse("2026-12-01T07:48:28.953816Z");
        java.time.OffsetDateTime boundEntry = java.time.OffsetDateTime.parse("2026-12-01T07:48:28.956352Z");
        java.time.OffsetDateTime imported = java.time.OffsetDateTime.parse("2026-12-01T07:48:29.012519Z");
        java.time.OffsetDateTime importEntry = java.time.OffsetDateTime.parse("2026-12-01T07:48:29.034735Z");
        String fileSha = "515d19236b9f49d7f6ba8d8c93fce84c82376570fff77ce49444005a10ea5497";
        execute("INSERT INTO store_organisation (id, number, name, bound_at, bound_by) VALUES (1, '232100-0222', "
                + "'Region Västerbotten', ?, 'root')", bound);
        execute("INSERT INTO imported_file (id, file_name, sha256, size_bytes, format, charset, vouchers, rows_read, "
                + "first_period, last_period, imported_at, imported_by, file_path) VALUES (1, 'tiny.se', ?, 287, 'SIE', "
                + "'UTF-8', 2, 5, '2025-01', '2025-02', ?, 'root', '/tmp/fx/tiny.se')", fileSha, imported);
        for (String row : List.of("2025-01,1930,,-1500.50", "2025-01,5010,2100,1500.50", "2025-02,1930,,-300.25",
                "2025-02,5010,,100.25", "2025-02,5010,2100,200.00")) {
            String[] f = row.split(",", -1);
            execute("INSERT INTO ledger_balance (import_id, period, account, cost_centre, dimensions, amount, row_count) "
                    + "VALUES (1, ?, ?, ?, '', ?, 1)", f[0], f[1], f[2], new BigDecimal(f[3]));
        }
        execute("INSERT INTO ledger_opening_balance (import_id, fiscal_year, account, amount) VALUES (1, 2025, '1930', "
                + "1000.00)");
        execute("INSERT INTO audit_log (id, at, os_user, db_user, action, subject, details, record_kind, record_id, "
                + "record_sha256, previous_sha256, entry_sha256) VALUES (1, ?, 'root', '', 'bind', '232100-0222', "
                + "'Region Västerbotten', 'organisation', 1, "
                + "'5ee2cc9d6ce45bad168922732c2e50d96396bfe140fda90d24cf9124ef54cb94', ?, "
                + "'2504491d040bc81f63bed413ccbfeb9c45d320c16f9e495f30fc16429ef34cb6')", boundEntry, "0".repeat(64));
        execute("INSERT INTO audit_log (id, at, os_user, db_user, action, subject, details, record_kind, record_id, "
                + "record_sha256, previous_sha256, entry_sha256) VALUES (2, ?, 'root', '', 'import', 'tiny.se', ?, "
                + "'import', 1, '154ee0186a51f7d22d89a66cfc5dc7ca5e7f9432a0cfc8c95a51f0dfe1324f9f', "
                + "'2504491d040bc81f63bed413ccbfeb9c45d320c16f9e495f30fc16429ef34cb6', "
                + "'ed9120e76ccca85079c908e981c87b1f76b32198f74ece74de1de0441e5cfcdf')", importEntry,
                "import #1 sha256 " + fileSha + ", 2 vouchers, 5 rows, 2025-01–2025-02");
        execute("UPDATE audit_chain SET last_entry = 2, "
                + "last_sha256 = 'ed9120e76ccca85079c908e981c87b1f76b32198f74ece74de1de0441e5cfcdf' WHERE id = 1");

        try (JooqStore store = open()) {
            assertThat(store.checkAuditChain().breaks()).isEmpty();
        }
        assertThat(versions()).endsWith("12", "13", "14");
        BalanceTamper.add(connection, "import_id = 1 AND period = '2025-02'", new BigDecimal("0.01"));
        try (JooqStore store = open()) {
            assertThat(store.checkAuditChain().breaks()).extracting(ChainCheck.Break::kind, ChainCheck.Break::entry)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChainCheck.Kind.RECORD_CHANGED, 2L));
        }
    }

    @Test
    void theStoresOrganisationIsOneRowAsTheDatabaseItselfEnforces() {
        open().close();
        String insert = "INSERT INTO store_organisation (id, number, name, bound_at, bound_by) VALUES (?, ?, ?, ?, ?)";
        assertThatThrownBy(() -> execute(insert, 2, "232100-0016", "Region Stockholm", CLOSED_AT, "ekonom"))
                .as("no key but 1").isInstanceOf(SQLException.class);
        try {
            execute(insert, 1, "232100-0222", "Region Västerbotten", CLOSED_AT, "ekonom");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> execute(insert, 1, "232100-0016", "Region Stockholm", CLOSED_AT, "ekonom"))
                .as("a second row").isInstanceOf(SQLException.class);
    }

    /** Flyway's versions applied, in order. */
    private List<String> versions() throws SQLException {
        return rows("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"");
    }

    /**
     * Writes a closing's rows as version 3's store did: committee codes joined by ',', learned years by
     * ',' and weights, as {@link BigDecimal#toPlainString()}, by ';'.
     *
     * @return the closing's id
     */
    long insertAsVersion3(MonthlyClosing c, String state, Long replaces) {
        try {
            long id;
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO closing (period, state, closed_at, "
                    + "closed_by, engine_version, inputs_sha256, ledger_version, committees, replaces, reopened_at, "
                    + "reopened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, c.month().toString());
                ps.setString(2, state);
                ps.setObject(3, CLOSED_AT);
                ps.setString(4, "ekonom");
                ps.setString(5, "0.1.0");
                ps.setString(6, JooqStoreTest.sha('f'));
                ps.setLong(7, 0);
                ps.setString(8, String.join(",", c.committees()));
                ps.setObject(9, replaces);
                ps.setObject(10, "reopened".equals(state) ? CLOSED_AT.plusDays(1) : null);
                ps.setString(11, "reopened".equals(state) ? "ekonom" : null);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if ("closed".equals(state)) {
                execute("INSERT INTO closed_period (period, closing_id) VALUES (?, ?)", c.month().toString(), id);
            }
            for (MonthlyClosing.Row r : c.rows()) {
                Measures m = r.measures();
                execute("INSERT INTO closing_outcome (closing_id, committee, line, month_amount, ytd, ytd_last_year, "
                        + "budget_ytd, budget_year, forecast_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                        r.key().committee(), r.key().line().code(), m.month().sek(), m.ytd().sek(),
                        m.ytdLastYear().sek(), m.budgetYtd().sek(), m.budgetYear().sek(), m.forecastYear().sek());
            }
            for (MonthlyClosing.MonthRow r : c.months()) {
                execute("INSERT INTO closing_month (closing_id, committee, line, month_number, actual, last_year, "
                        + "budget) VALUES (?, ?, ?, ?, ?, ?, ?)", id, r.key().committee(), r.key().line().code(),
                        r.month(), r.actual().sek(), r.lastYear().sek(), r.budget().sek());
            }
            for (ForecastBasis b : c.bases()) {
                execute("INSERT INTO closing_basis (closing_id, target, method, profile_source, learned_from, weights) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, b.target(), b.method().code(), b.profile().source().code(),
                        b.profile().learnedFrom().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        b.profile().weights().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";")));
            }
            if (c.backtest().isPresent()) {
                Backtest bt = c.backtest().get();
                for (Backtest.Point p : bt.points()) {
                    execute("INSERT INTO closing_backtest (closing_id, backtest_year, month_number, "
                            + "forecast_operating_result, forecast_result, actual_operating_result, actual_result) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, bt.year(), p.month(),
                            p.forecastOperatingResult().sek(), p.forecastResult().sek(),
                            bt.actualOperatingResult().sek(), bt.actualResult().sek());
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** A table's columns as the database lists them, in lower case (H2 keeps unquoted names in upper case). */
    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, db.schema(),
                db.isPostgres() ? table : table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(out).as("columns of " + table).isNotEmpty();
        return out;
    }

    /** Each row of a query, its values joined by spaces. */
    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                out.add(String.join(" ", values));
            }
        }
        return out;
    }
}
