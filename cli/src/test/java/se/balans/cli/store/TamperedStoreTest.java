package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.cli.ExitCode;
import se.balans.store.testing.TestDatabase;

/**
 * Issue 15's tamperings, tried on the sample store (three years imported, March 2026 closed) with a plain SQL
 * client, then {@code balans verify} run as an auditor would, in a process of its own: an untouched store verifies
 * clean; each tampering exits 1 and names where it is. On H2 and PostgreSQL.
 */
class TamperedStoreTest {
    @TempDir
    Path dir;

    static void sql(TestDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        }
    }

    static BalansProcess verify(TestDatabase db) {
        return BalansProcess.start(db, List.of(), "verify", "--lang", "en");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void eachTamperingIsNamedAndAnUntouchedStoreVerifiesClean(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, true);
            BalansProcess clean = verify(db);
            assertThat(clean.exitCode()).as("%s", clean).isEqualTo(ExitCode.OK);
            assertThat(clean.out()).contains("Audit log: 5 entries in an unbroken hash chain. Newest entry #5")
                    .contains("balances re-derived from the file match the store")
                    .contains("2026-03 (closing #1): recomputed, every figure matches.");

            // Deleting the entry of the first import (2024), the second of the log after the store's binding.
            sql(db, "DELETE FROM audit_log WHERE id = 2");
            BalansProcess deleted = verify(db);
            assertThat(deleted.exitCode()).as("%s", deleted).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(deleted.out()).contains("the chain is BROKEN")
                    .contains("entry #3 (import region-vasterbotten-2025.se) does not follow the entry before it")
                    .contains("import #1 has no entry in the audit log");

            // Deleting the pointer to March's valid closing: the month would look open.
            sql(db, "DELETE FROM closed_period WHERE period = '2026-03'");
            BalansProcess reopened = verify(db);
            assertThat(reopened.exitCode()).as("%s", reopened).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(reopened.out()).contains("closed_period 2026-03: the month's valid closing: stored #1, "
                    + "recomputed (none: the month looks open)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aBalanceAndTheClosingFigureChangedTogetherAreCaughtByTheFileAndByTheChain(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            SampleStore.fill(db, true);
            // A million kronor added to one balance of February 2026, and the closing's figures changed to match.
            try (Connection c = db.connect()) {
                se.balans.store.testing.BalanceTamper.add(c, "import_id = 3 AND period = '2026-02' AND account LIKE '5%'",
                        new java.math.BigDecimal("1000000"));
            }
            sql(db, "UPDATE closing_outcome SET ytd = ytd - 1000000 WHERE closing_id = 1 AND line = 'operating_costs' "
                            + "AND committee = (SELECT MIN(committee) FROM closing_outcome WHERE closing_id = 1 "
                            + "AND line = 'operating_costs')");
            BalansProcess r = verify(db);
            assertThat(r.exitCode()).as("%s", r).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(r.out())
                    .contains("import #3 no longer matches entry #4 (import region-vasterbotten-2026.se)")
                    .contains("closing #1 no longer matches entry #5 (close 2026-03)")
                    .contains("SHA-256 matches, but the stored balances differ from the file (differences: 1):")
                    .containsPattern("import #3 2026-02 5\\d+ / \\d+: stored SEK [\\d,]+\\.\\d\\d, recomputed SEK [\\d,]+\\.\\d\\d")
                    .contains("import #3: the balances this closing read: stored (as stored), recomputed 1 differ from the file");
            BalansProcess quick = BalansProcess.start(db, List.of(), "verify", "--quick", "--lang", "en");
            assertThat(quick.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(quick.out()).contains("Quick check (--quick): the balances were not re-derived")
                    .doesNotContain("differ from the file");
        }
    }
}
