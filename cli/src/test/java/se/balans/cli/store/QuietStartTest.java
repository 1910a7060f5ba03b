package se.balans.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.balans.cli.ExitCode;
import se.balans.store.testing.TestDatabase;

/**
 * A command's standard error holds its own words only. The libraries a command starts are told what they would
 * otherwise look for in every jar (SLF4J its provider, picocli that there are no Groovy closures, the store its
 * JDBC driver); told, SLF4J would say on standard error, in every command, which provider it took.
 */
class QuietStartTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    void aCommandThatSucceedsWritesNothingOnStandardError(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind, dir)) {
            BalansProcess p = BalansProcess.start(db, List.of(), "status");

            assertThat(p.exitCode()).as("%s", p).isEqualTo(ExitCode.OK);
            assertThat(p.err()).isEmpty();
            assertThat(p.out()).contains(kind.equals(TestDatabase.H2) ? "jdbc:h2:" : "jdbc:postgresql:");
        }
    }
}
