package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.cli.CliRun;
import se.balans.cli.ExitCode;
import se.balans.store.testing.TestDatabase;

/**
 * {@code balans store grant} on the PostgreSQL server CI starts, then real {@code balans} processes logged in as
 * the finance role and as the auditor role: each can run its commands; an auditor's import is refused by the
 * database itself, and nothing is stored.
 */
class StoreGrantCommandTest {
    @TempDir
    Path dir;

    static String role(String variable) {
        String r = System.getenv(variable);
        if (r == null || r.isBlank()) {
            if ("1".equals(System.getenv("BALANS_REQUIRE_POSTGRES"))) {
                org.junit.jupiter.api.Assertions.fail(variable + " is not set: .ci/postgres did not create the test roles");
            }
            Assumptions.abort("no test roles (" + variable + "); see .ci/postgres");
        }
        return r;
    }

    @Test
    void theOwnerGrantsAndEachRoleRunsItsCommandsAsItself() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            String finance = role("BALANS_TEST_PG_FINANCE_USER");
            String auditor = role("BALANS_TEST_PG_AUDITOR_USER");
            SampleStore.fill(db, false);
            BalansProcess grant = BalansProcess.start(db, List.of(), "store", "grant", "--finance", finance,
                    "--auditor", auditor, "--lang", "en");
            assertThat(grant.exitCode()).as("%s", grant).isEqualTo(ExitCode.OK);
            assertThat(grant.out()).contains("The group " + finance + " may:").contains("DELETE: closed_period")
                    .contains("The group " + auditor + " may:").contains("INSERT: audit_log");

            Map<String, String> asFinance = Map.of("BALANS_DB_USER", finance, "BALANS_DB_PASSWORD", db.password());
            Map<String, String> asAuditor = Map.of("BALANS_DB_USER", auditor, "BALANS_DB_PASSWORD", db.password());
            BalansProcess close = BalansProcess.start(db, asFinance, List.of(), "close", "2026-03", "--config",
                    SampleStore.config().toString());
            assertThat(close.exitCode()).as("%s", close).isEqualTo(ExitCode.OK);
            BalansProcess reopen = BalansProcess.start(db, asFinance, List.of(), "close", "2026-03", "--reopen",
                    "--config", SampleStore.config().toString());
            assertThat(reopen.exitCode()).as("%s", reopen).isEqualTo(ExitCode.OK);

            BalansProcess imports = BalansProcess.start(db, asAuditor, List.of(), "import", "--replace",
                    SampleStore.correctedLedger(2026).toString());
            assertThat(imports.exitCode()).as("%s", imports).isEqualTo(ExitCode.INTERNAL);
            assertThat(imports.err()).contains("nothing was stored").contains("permission denied");
            BalansProcess verify = BalansProcess.start(db, asAuditor, List.of(), "verify", "--lang", "en");
            assertThat(verify.exitCode()).as("%s", verify).isEqualTo(ExitCode.OK);
            BalansProcess audit = BalansProcess.start(db, asAuditor, List.of(), "audit", "--format", "csv");
            assertThat(audit.exitCode()).as("%s", audit).isEqualTo(ExitCode.OK);
            assertThat(audit.out()).contains(",close,2026-03,").contains(finance);
        }
    }

    @Test
    void anH2StoreHasNoRolesToGrantAndARoleMustBeAPlainName() {
        CliRun h2 = CliRun.of("store", "grant", "--db", "jdbc:h2:file:" + dir.resolve("b"));
        assertThat(h2.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(h2.err()).contains("an H2 store has one user");
        CliRun bad = CliRun.of("store", "grant", "--finance", "x; DROP TABLE audit_log", "--db",
                "jdbc:h2:file:" + dir.resolve("c"));
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("must be a PostgreSQL name");
    }
}
