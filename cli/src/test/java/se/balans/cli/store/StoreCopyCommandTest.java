package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.cli.CliRun;
import se.balans.cli.ExitCode;
import se.balans.store.testing.TestDatabase;

/**
 * {@code balans store copy}: the sample region's store (three years of ledger, March closed) moves from H2 to
 * PostgreSQL and back, each copy checked by the command itself, and the final store passes {@code balans verify}.
 */
class StoreCopyCommandTest {
    @BeforeAll
    static void inTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }

    @TempDir
    Path dir;

    @Test
    void theSampleStoreGoesToPostgresAndBackAndStillVerifies() throws Exception {
        try (TestDatabase h2 = TestDatabase.h2(Files.createDirectories(dir.resolve("h2")));
             TestDatabase pg = TestDatabase.postgres();
             TestDatabase back = TestDatabase.h2(Files.createDirectories(dir.resolve("back")))) {
            SampleStore.fill(h2, true);

            long start = System.nanoTime();
            BalansProcess there = BalansProcess.start(h2, Map.of("BALANS_TO_DB_USER", pg.user(),
                    "BALANS_TO_DB_PASSWORD", pg.password()), List.of(), "store", "copy", "--to", pg.url(), "--lang", "en");
            assertThat(there.exitCode()).as("%s", there).isEqualTo(ExitCode.OK);
            long toPostgres = System.nanoTime() - start;
            assertThat(there.out()).contains("ledger_balance_block: ").contains("The copy is verified")
                    .contains("Closings in the copy: 1 recomputed, every figure matches.")
                    .doesNotContain(pg.password());

            start = System.nanoTime();
            BalansProcess home = BalansProcess.start(pg, List.of(), "store", "copy", "--to", back.url());
            assertThat(home.exitCode()).as("%s", home).isEqualTo(ExitCode.OK);
            long toH2 = System.nanoTime() - start;
            assertThat(home.out()).contains("Kopian är kontrollerad");

            BalansProcess verify = BalansProcess.start(back, List.of(), "verify");
            assertThat(verify.exitCode()).as("%s", verify).isEqualTo(ExitCode.OK);
            System.out.printf("store copy of the sample store: H2 to PostgreSQL %d ms, PostgreSQL to H2 %d ms%n",
                    toPostgres / 1_000_000, toH2 / 1_000_000);
        }
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedWithTheConflictCode() throws Exception {
        try (TestDatabase from = TestDatabase.h2(Files.createDirectories(dir.resolve("from")));
             TestDatabase to = TestDatabase.h2(Files.createDirectories(dir.resolve("to")))) {
            assertThat(CliRun.of("import", SampleStore.ledger(2024).toString(), "--db", to.url()).exitCode())
                    .isEqualTo(ExitCode.OK);

            CliRun r = CliRun.of("store", "copy", "--to", to.url(), "--db", from.url());

            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.CONFLICT);
            assertThat(r.err()).contains("is not empty").contains("nothing was copied");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void theTargetsPasswordIsNeverTakenFromItsUrl() {
        CliRun r = CliRun.of("store", "copy", "--to", "jdbc:postgresql://127.0.0.1/balans?password=hemligt",
                "--db", "jdbc:h2:mem:x");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("BALANS_TO_DB_PASSWORD").doesNotContain("hemligt");
    }

    @Test
    void withoutATargetOrASubcommandItIsAUsageError() {
        assertThat(CliRun.of("store", "copy").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun group = CliRun.of("store");
        assertThat(group.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(group.err()).contains("needs a command").contains("copy");
    }
}
