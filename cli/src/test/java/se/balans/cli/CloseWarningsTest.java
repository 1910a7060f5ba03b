package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the configuration lets through but the finance unit must see is printed by {@code close}, on stderr. */
class CloseWarningsTest {
    @org.junit.jupiter.api.BeforeAll
    static void inTheSampleWorkspace() {
        CliRun.useSampleWorkspace();
    }

    @TempDir
    Path dir;

    @Test
    void aCommitteeWithoutABudgetIsWarnedOfBeforeTheClosing() throws IOException {
        Path config = Files.createDirectory(dir.resolve("region"));
        Path sample = CliRun.repo().resolve("sample-data/region-vasterbotten");
        try (Stream<Path> files = Files.list(sample)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, config.resolve(p.getFileName()));
            }
        }
        Path budget = config.resolve("budget-2026.csv");
        try (Stream<String> lines = Files.lines(budget)) {
            Files.writeString(budget, lines.filter(l -> !l.startsWith("PN,")).collect(Collectors.joining("\n", "", "\n")));
        }

        // An empty store: the closing itself is refused (no ledger), after the warning.
        CliRun r = CliRun.of("close", "2026-03", "--config", config.toString(), "--db",
                "jdbc:h2:file:" + dir.resolve("store"));

        assertThat(r.err()).startsWith("balans: warning: " + budget + ": committee PN has no row, so its 2026 budget is "
                + "0 on every line (give it rows, with amount 0 if that is meant)\n");
    }
}
