package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year's closings in one command ({@code balans close 2025-01..2025-12}): the ledger is read once, and every
 * month gets exactly the closing it gets when closed alone — the same figures, the same fingerprint — or, when any
 * month cannot be closed, none is.
 */
class CloseSeveralMonthsTest {
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dir;
    static String together;
    static String oneByOne;

    @BeforeAll
    static void twoStoresWithTheSameLedger() {
        CliRun.useSampleWorkspace();
        CliRun gen = CliRun.of("sample-ledger", "--out", dir.resolve("ledger").toString(), "--rows-per-year", "6000");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        List<String> files = gen.out().lines().toList();
        together = "jdbc:h2:file:" + dir.resolve("together");
        oneByOne = "jdbc:h2:file:" + dir.resolve("one-by-one");
        for (String db : List.of(together, oneByOne)) {
            List<String> a = new ArrayList<>(List.of("import"));
            a.addAll(files);
            CliRun imp = CliRun.of(args(db, a.toArray(String[]::new)));
            assertThat(imp.exitCode()).as(imp.err()).isZero();
        }
        CliRun year = CliRun.of(args(together, "close", "2025-01..2025-12"));
        assertThat(year.exitCode()).as(year.err()).isZero();
        assertThat(year.out().lines().filter(l -> l.contains("stängd"))).hasSize(12);
        for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            CliRun c = CliRun.of(args(oneByOne, "close", m.toString()));
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
    }

    static String[] args(String db, String... a) {
        List<String> l = new ArrayList<>(List.of(a));
        l.add("--db");
        l.add(db);
        return l.toArray(String[]::new);
    }

    @Test
    void everyMonthOfTheYearHasTheClosingItHasWhenClosedAlone() {
        for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            CliRun a = CliRun.of(args(together, "outcome", "--month", m.toString(), "--format", "csv"));
            CliRun b = CliRun.of(args(oneByOne, "outcome", "--month", m.toString(), "--format", "csv"));
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(a.out()).as(m.toString()).isNotBlank().isEqualTo(b.out());
        }
        assertThat(fingerprints(together)).hasSize(12).isEqualTo(fingerprints(oneByOne));
        CliRun verify = CliRun.of(args(together, "verify"));
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    }

    /** Each closing's month and input fingerprint (SHA-256), as {@code status --format csv} lists them. */
    static List<String> fingerprints(String db) {
        CliRun status = CliRun.of(args(db, "status", "--format", "csv"));
        assertThat(status.exitCode()).as(status.err()).isZero();
        String header = status.out().lines().filter(l -> l.startsWith("kind,")).findFirst().orElseThrow();
        List<String> columns = List.of(header.split(","));
        int month = columns.indexOf("subject");
        int fingerprint = columns.indexOf("sha256");
        assertThat(month).as(header).isNotNegative();
        assertThat(fingerprint).as(header).isNotNegative();
        return status.out().lines().filter(l -> l.startsWith("closing,"))
                .map(l -> l.split(",")[month] + " " + l.split(",")[fingerprint]).sorted().toList();
    }

    @Test
    void aBatchWithAMonthAlreadyClosedClosesNothing() {
        CliRun r = CliRun.of(args(oneByOne, "close", "2026-01", "2025-12"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.err()).contains("2025-12 is already closed (closing #").contains("nothing was closed");
        assertThat(fingerprints(oneByOne)).noneMatch(l -> l.startsWith("2026-01"));
    }

    @Test
    void aMonthNamedTwiceOrASpanBackwardsIsAUsageError() {
        CliRun twice = CliRun.of(args(together, "close", "2026-01..2026-02", "2026-02"));
        assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("2026-02 is named twice");
        CliRun backwards = CliRun.of(args(together, "close", "2026-03..2026-01"));
        assertThat(backwards.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(backwards.err()).contains("ends before it starts");
    }
}
