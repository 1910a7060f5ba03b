package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password in the {@code --db} URL never reaches the terminal: not in {@code balans status},
 * not in an error, not in a stack trace. Credentials belong in BALANS_DB_USER and
 * BALANS_DB_PASSWORD, but a URL with one in it must not leak it either.
 */
class SecretsAreNeverPrintedTest {
    private static final String SECRET = "Hemligt-7f3a";

    @BeforeAll
    static void home() {
        System.setProperty("balans.home", CliRun.repo().toString());
    }

    @TempDir
    Path dir;

    private static void assertNoSecret(CliRun r) {
        assertThat(r.out()).as("stdout").doesNotContain(SECRET);
        assertThat(r.err()).as("stderr").doesNotContain(SECRET);
    }

    @Test
    void statusShowsTheStoreWithThePasswordRedacted() {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";PASSWORD=" + SECRET;

        CliRun r = CliRun.of("status", "--db", url);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(";PASSWORD=***");
        assertNoSecret(r);
    }

    @Test
    void aWrongPasswordForAnExistingStoreIsRefusedWithoutPrintingIt() {
        String store = "jdbc:h2:file:" + dir.resolve("store");
        assertThat(CliRun.of("status", "--db", store + ";PASSWORD=right").exitCode()).isZero();

        CliRun r = CliRun.of("status", "--db", store + ";PASSWORD=" + SECRET);

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("PASSWORD=***");
        assertNoSecret(r);
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefusedWithoutPrintingThePassword() {
        CliRun r = CliRun.of("status", "--db", "jdbc:mysql://db.example/balans?user=u&password=" + SECRET);

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("password=***");
        assertNoSecret(r);
    }

    @Test
    void aPostgresqlServerThatCannotBeReachedIsReportedWithoutThePasswordEvenInTheStackTrace() {
        CliRun r = CliRun.of("status", "--db", "jdbc:postgresql://127.0.0.1:1/balans?user=u&password=" + SECRET
                + "&connectTimeout=2");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("password=***");
        assertNoSecret(r);
    }

    /**
     * Open: the PostgreSQL driver refuses a URL it cannot parse with "Unable to parse URL" and the
     * whole URL, password included; Database.connect (store) puts that message after the redacted
     * URL and keeps the SQLException as the cause, whose message the CLI prints in the stack trace
     * of an internal error. The fix (store, not this branch's to make): redact the driver's message
     * too, and keep a cause whose message is redacted (or none). docs/security.md.
     */
    @Disabled("Database.connect echoes the driver's message, which holds the raw URL; see the Javadoc")
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
