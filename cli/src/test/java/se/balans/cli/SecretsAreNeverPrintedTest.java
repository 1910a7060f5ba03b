package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password never reaches the terminal. Credentials belong in BALANS_DB_USER and
 * BALANS_DB_PASSWORD (or ~/.pgpass); a URL that carries one is refused, in every form, without the
 * password appearing in the message, an error or a stack trace.
 */
class SecretsAreNeverPrintedTest {
    private static final String SECRET = "Hemligt-7f3a";

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    @TempDir
    Path dir;

    private static void assertNoSecret(CliRun r) {
        assertThat(r.out()).as("stdout").doesNotContain(SECRET);
        assertThat(r.err()).as("stderr").doesNotContain(SECRET);
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        for (String url : new String[] {"jdbc:h2:file:" + dir.resolve("store") + ";PASSWORD=" + SECRET,
            "jdbc:postgresql://127.0.0.1:1/balans?user=u&password=" + SECRET + "&connectTimeout=2",
            "jdbc:postgresql://u:" + SECRET + "@127.0.0.1:1/balans"}) {
            CliRun r = CliRun.of("status", "--db", url);

            assertThat(r.exitCode()).as(url).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("BALANS_DB_PASSWORD");
            assertNoSecret(r);
        }
    }

    @Test
    void statusShowsTheStoreItUses() {
        String url = "jdbc:h2:file:" + dir.resolve("store");

        CliRun r = CliRun.of("status", "--db", url);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(url);
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefusedWithoutPrintingThePassword() {
        CliRun r = CliRun.of("status", "--db", "jdbc:mysql://db.example/balans?user=u&password=" + SECRET);

        assertThat(r.exitCode()).isNotZero();
        assertNoSecret(r);
    }

    @Test
    void aUrlThePostgresqlDriverCannotParseIsReportedWithoutThePassword() {
        for (String url : new String[] {"jdbc:postgresql://127.0.0.1:99999999/balans?password=" + SECRET,
            "jdbc:postgresql://u:" + SECRET + "@127.0.0.1:1/balans"}) {
            CliRun r = CliRun.of("status", "--db", url);

            assertThat(r.exitCode()).isNotZero();
            assertNoSecret(r);
        }
    }

    @Test
    void aPasswordParameterInAnyCaseOrPrefixIsRedacted() {
        for (String key : new String[] {"password", "PASSWORD", "PassWord", "sslpassword"}) {
            CliRun r = CliRun.of("status", "--db", "jdbc:mysql://db.example/balans?" + key + "=" + SECRET + "&user=u");

            assertNoSecret(r);
        }
    }
}
