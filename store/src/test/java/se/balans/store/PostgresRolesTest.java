package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.money.Money;
import se.balans.store.jooq.JooqStore;
import se.balans.store.jooq.StoreGrants;
import se.balans.store.testing.TestDatabase;

/**
 * Least privilege on the real PostgreSQL server CI starts: the owner runs {@link StoreGrants} for a finance and an
 * auditor role ({@code .ci/postgres} creates {@code balans_test_finance} and {@code balans_test_auditor}), then each
 * logs in as itself. The finance role does what the commands do; the database itself refuses it every rewrite of
 * history. The auditor reads, verifies and records its reports, and is refused every other write.
 */
class PostgresRolesTest {
    static final YearMonth JAN = YearMonth.of(2025, 1);

    @TempDir
    Path dir;
    TestDatabase db;
    String finance;
    String auditor;

    @BeforeEach
    void storeWithRoles() throws SQLException {
        db = TestDatabase.postgres();
        finance = role("BALANS_TEST_PG_FINANCE_USER");
        auditor = role("BALANS_TEST_PG_AUDITOR_USER");
        try (JooqStore owner = open(db.user())) {
            owner.importLedger(JooqStoreTest.ledger("2024.se", JooqStoreTest.sha('a'), YearMonth.of(2024, 12)), false);
        }
        try (Connection c = db.connect()) {
            List<StoreGrants.Granted> granted = StoreGrants.grant(c, db.url(), new StoreGrants.Roles(finance, auditor));
            assertThat(granted).contains(new StoreGrants.Granted(auditor, "INSERT", "audit_log"))
                    .doesNotContain(new StoreGrants.Granted(finance, "UPDATE", "audit_log"),
                            new StoreGrants.Granted(finance, "DELETE", "audit_log"));
        }
    }

    @AfterEach
    void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    static String role(String variable) {
        String r = System.getenv(variable);
        if (r == null || r.isBlank()) {
            if ("1".equals(System.getenv("BALANS_REQUIRE_POSTGRES"))) {
                fail(variable + " is not set: .ci/postgres did not create the test roles");
            }
            Assumptions.abort("no test roles (" + variable + "); see .ci/postgres");
        }
        return r;
    }

    JooqStore open(String user) {
        return JooqStore.open(db.url(), user, db.password(), "os-" + user, JooqStoreTest.CLOCK);
    }

    Connection connect(String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", db.password());
        return DriverManager.getConnection(db.url(), p);
    }

    /** Runs a statement as a role and expects the database to refuse it for want of privilege (SQLSTATE 42501). */
    void refused(String user, String sql) throws SQLException {
        try (Connection c = connect(user); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute(sql)).as("%s: %s", user, sql).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).as("%s: %s → %s", user, sql, e.getMessage()).isIn("42501"));
        }
    }

    @Test
    void theFinanceRoleImportsClosesReopensAndForecastsAndTheLogNamesItsLogin() {
        try (JooqStore store = open(finance)) {
            store.importLedger(JooqStoreTest.ledger("2025.se", JooqStoreTest.sha('b'), JAN), false);
            LedgerSnapshot s = store.ledger(2024, JAN);
            ClosingInfo first = store.saveClosing(new ClosingDraft(JooqStoreTest.closing(JAN, "1.00"), "0.1.0",
                    JooqStoreTest.sha('f'), s.ledgerVersion(), s.imports(), List.of()), false);
            store.saveClosing(new ClosingDraft(JooqStoreTest.closing(JAN, "2.00"), "0.1.0", JooqStoreTest.sha('f'),
                    s.ledgerVersion(), s.imports(), List.of()), true);
            CommitteeForecast f = new CommitteeForecast("HSN", JAN, Money.ofMnkr("-3"), "", CommitteeForecast.Confidence.LOW,
                    List.of(), List.of());
            store.saveForecasts(List.of(ForecastSubmission.of(f, first.id() + 1, "hsn.xlsx", JooqStoreTest.sha('1'))));
            store.saveForecasts(List.of(ForecastSubmission.of(f, first.id() + 1, "hsn-2.xlsx", JooqStoreTest.sha('2'))));
            store.audit("report", "/r/m.pdf", "monthly report");
            assertThat(store.imports().get(0).supersededBy()).isEmpty();
            assertThat(store.checkAuditChain().breaks()).isEmpty();
            assertThat(store.auditLog()).last().satisfies(e -> {
                assertThat(e.dbUser()).contains(finance);
                assertThat(e.osUser()).isEqualTo("os-" + finance);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE audit_log SET os_user = 'someone'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "UPDATE ledger_balance_block SET amounts_ore = row_counts",
            "DELETE FROM ledger_balance_block",
            "UPDATE imported_file SET sha256 = 'x'",
            "DELETE FROM imported_file",
            "UPDATE closing SET closed_by = 'someone'",
            "DELETE FROM closing",
            "UPDATE closing_outcome SET ytd = 0",
            "DELETE FROM closing_outcome",
            "UPDATE closing_config SET content = ''",
            "UPDATE committee_forecast SET deviation = 0",
            "DROP TABLE audit_log",
            "ALTER TABLE audit_log DROP COLUMN entry_sha256"})
    void theFinanceRoleCannotRewriteHistory(String sql) throws SQLException {
        refused(finance, sql);
    }

    @Test
    void theAuditorReadsVerifiesAndRecordsItsReportsButCannotImport() {
        try (JooqStore store = open(auditor)) {
            assertThat(store.imports()).hasSize(1);
            assertThat(store.checkAuditChain().breaks()).isEmpty();
            store.audit("report", "/r/revision.pdf", "monthly report");
            assertThat(store.checkAuditChain().breaks()).isEmpty();
            assertThatThrownBy(() -> store.importLedger(JooqStoreTest.ledger("2025.se", JooqStoreTest.sha('b'), JAN),
                    false)).isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
            assertThat(store.imports()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO imported_file (file_name, sha256, size_bytes, format, charset, vouchers, rows_read, "
                    + "imported_at, imported_by) VALUES ('x', 'x', 1, 'SIE 4', 'CP437', 0, 0, now(), 'x')",
            "UPDATE ledger_state SET version = version + 1",
            "UPDATE ledger_balance_block SET part = 1",
            "DELETE FROM audit_log",
            "UPDATE audit_log SET details = ''",
            "UPDATE closing SET state = 'reopened'",
            "DELETE FROM closed_period",
            "INSERT INTO account (number, name) VALUES ('9999', 'x')"})
    void theAuditorCannotWrite(String sql) throws SQLException {
        refused(auditor, sql);
    }

    @Test
    void rolesAreCheckedNamesAndOnlyForPostgres() {
        assertThatThrownBy(() -> new StoreGrants.Roles("balans_ekonomi; DROP TABLE x", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostgreSQL name");
        assertThatThrownBy(() -> new StoreGrants.Roles("same", "same")).isInstanceOf(IllegalArgumentException.class);
        try (TestDatabase h2 = TestDatabase.h2(dir); JooqStore s = JooqStore.open(h2.url(), null, null, "x",
                JooqStoreTest.CLOCK); Connection c = h2.connect()) {
            assertThatThrownBy(() -> StoreGrants.grant(c, h2.url(), new StoreGrants.Roles("a", "b")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("an H2 store has one user");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
