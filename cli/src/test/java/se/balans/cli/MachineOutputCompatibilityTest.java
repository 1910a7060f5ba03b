package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV and JSON that scripts read, byte for byte, on the sample data. The expected files in
 * {@code src/test/resources/machine-output} were printed by the program before its machine output
 * was rebuilt on the report model; a column, key, order or number format that changes fails here,
 * so a change of what scripts read is always a deliberate one (update the file and say why).
 */
class MachineOutputCompatibilityTest {

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    static final String HISTORY = CliRun.sample("fixtures/regionplan-2025-balance-requirement.csv");
    static final String LOANS = CliRun.sample("region-vasterbotten/treasury/loans-2026-02-28.csv");
    static final String RETURNS = CliRun.sample("region-vasterbotten/treasury/pension-returns.csv");
    static final String POLICY = CliRun.sample("region-vasterbotten/treasury/finance-policy.csv");
    static final String PUBLISHED_PLAN = CliRun.sample("fixtures/regionplan-2025-published");

    static Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        for (String format : List.of("csv", "json")) {
            all.add(Arguments.of("plan-show." + format, 0, new String[] {"plan", "show"}, format));
            all.add(Arguments.of("plan-show-2025." + format, 0, new String[] {"plan", "show", "--year", "2025"},
                    format));
            all.add(Arguments.of("plan-check." + format, 0, new String[] {"plan", "check"}, format));
            all.add(Arguments.of("plan-check-pub." + format, ExitCode.CHECK_FAILED,
                    new String[] {"plan", "check", "--plan", PUBLISHED_PLAN}, format));
            all.add(Arguments.of("balance-requirement." + format, 0,
                    new String[] {"balance-requirement", "--history", HISTORY}, format));
            all.add(Arguments.of("debt." + format, 0,
                    new String[] {"debt", "--loans", LOANS, "--as-of", "2026-02-28", "--policy", POLICY}, format));
            all.add(Arguments.of("pension." + format, 0,
                    new String[] {"pension", "--returns", RETURNS, "--month", "2025-07", "--policy", POLICY},
                    format));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void printsWhatScriptsReadUnchanged(String expectedFile, int exitCode, String[] command, String format) {
        String[] args = Stream.concat(Stream.of(command), Stream.of("--format", format)).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(exitCode);
        assertThat(r.out()).isEqualTo(expected(expectedFile));
    }

    private static String expected(String name) {
        try (InputStream in = MachineOutputCompatibilityTest.class.getResourceAsStream("/machine-output/" + name)) {
            assertThat(in).as("expected file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
