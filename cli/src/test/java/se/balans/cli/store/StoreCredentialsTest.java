package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.cli.CliRun;
import se.balans.cli.ExitCode;
import se.balans.store.testing.TestDatabase;

/** Where the store's credentials come from, and that they are never taken from, or shown in, a URL. */
class StoreCredentialsTest {
    @org.junit.jupiter.api.BeforeAll
    static void inTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }

    @TempDir
    Path dir;

    @Test
    void aPasswordInThePostgresUrlIsRefusedAndNotRepeated() {
        CliRun r = CliRun.of("status", "--db", "jdbc:postgresql://127.0.0.1/balans?user=ekonomi&password=hemligt");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("must not contain a password").contains("BALANS_DB_PASSWORD")
                .contains("~/.pgpass").doesNotContain("hemligt");
    }

    @Test
    void aPasswordInAnH2UrlIsRefusedToo() {
        CliRun r = CliRun.of("status", "--db", "jdbc:h2:file:" + dir.resolve("b") + ";USER=sa;PASSWORD=hemligt");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).doesNotContain("hemligt");
    }

    @Test
    void aWrongPasswordIsOneLineThatNamesTheServerAndNotThePassword() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            BalansProcess p = BalansProcess.start(db, Map.of("BALANS_DB_USER", db.user(),
                    "BALANS_DB_PASSWORD", "fel-lösenord"), List.of(), "status");
            assertThat(p.exitCode()).as("%s", p).isEqualTo(ExitCode.INTERNAL);
            assertThat(p.err()).startsWith("balans: cannot open the database jdbc:postgresql://")
                    .contains("password authentication failed").doesNotContain("fel-lösenord")
                    .hasLineCount(1);
        }
    }

    @Test
    void thePasswordMayComeFromPostgresPasswordFile() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/([^?]+)").matcher(db.url());
            assertThat(m.lookingAt()).isTrue();
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, m.group(1) + ":" + (m.group(2).isEmpty() ? "5432" : m.group(2)) + ":"
                    + m.group(3) + ":" + db.user() + ":" + db.password() + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));

            BalansProcess p = BalansProcess.start(db, Map.of("BALANS_DB_USER", db.user(),
                    "PGPASSFILE", pgpass.toString()), List.of(), "status");
            assertThat(p.exitCode()).as("%s", p).isEqualTo(ExitCode.OK);
            assertThat(p.out()).contains("jdbc:postgresql://").doesNotContain(db.password());
        }
    }
}
