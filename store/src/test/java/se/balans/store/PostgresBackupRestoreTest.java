package se.balans.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.store.jooq.JooqStore;
import se.balans.store.testing.TestDatabase;

/**
 * The backup of a PostgreSQL store as docs/store-operations.md describes it: {@code pg_dump -Fc} of the store's
 * schema, the schema dropped, {@code pg_restore} of the dump — and the store is back as it was, down to its
 * identity counters (the next import gets the next id). Skipped without a server, or without pg_dump on the
 * PATH unless BALANS_REQUIRE_POSTGRES=1 (CI).
 */
class PostgresBackupRestoreTest {
    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)");

    @TempDir
    Path dir;

    @Test
    void aDumpOfTheSchemaRestoresTheStoreWhole() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            requireTool("pg_dump");
            requireTool("pg_restore");
            StoreCopyTest.fill(db);
            StoreCopyTest.Contents before = StoreCopyTest.Contents.of(db);
            ChainCheck chainBefore;
            try (JooqStore s = StoreCopyTest.open(db)) {
                chainBefore = s.checkAuditChain();
            }
            assertThat(chainBefore.breaks()).isEmpty();
            Path dump = dir.resolve("balans.dump");

            run(db, "pg_dump", "--format=custom", "--schema=" + db.schema(), "--file=" + dump);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + db.schema() + " CASCADE");
            }
            run(db, "pg_restore", "--exit-on-error", dump.toString());

            assertThat(StoreCopyTest.Contents.of(db)).isEqualTo(before);
            try (JooqStore s = StoreCopyTest.open(db)) {
                ChainCheck restored = s.checkAuditChain();
                assertThat(restored.breaks()).as("the restored chain is whole").isEmpty();
                assertThat(restored.head()).as("and ends where the auditor noted it").isEqualTo(chainBefore.head());
                assertThat(s.importLedger(JooqStoreTest.ledger("mar.se", JooqStoreTest.sha('d'), YearMonth.of(2025, 3)),
                        false).imported().id()).isEqualTo(4);
            }
        }
    }

    private static void requireTool(String name) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, name)));
        if (!found && !"1".equals(System.getenv("BALANS_REQUIRE_POSTGRES"))) {
            Assumptions.abort(name + " is not on the PATH");
        }
        assertThat(found).as(name + " on the PATH (BALANS_REQUIRE_POSTGRES=1)").isTrue();
    }

    /** Runs a PostgreSQL client tool against the test database; the password only in the child's environment. */
    private static void run(TestDatabase db, String tool, String... args) throws IOException, InterruptedException {
        Matcher m = SERVER.matcher(db.url());
        assertThat(m.lookingAt()).as(db.url()).isTrue();
        List<String> cmd = new ArrayList<>(List.of(tool, "--host=" + m.group(1),
                "--port=" + (m.group(2) == null ? "5432" : m.group(2)), "--username=" + db.user(),
                "--dbname=" + m.group(3), "--no-password"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", db.password());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(p.exitValue()).as(tool + ": " + output).isZero();
    }
}
