package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.xlsx.Workbooks;

/**
 * {@code balans report financial} as a user runs it on the sample data: the defaults find the
 * treasury files and the register of the month end; the documents are dated the month end and
 * carry the fingerprint of exactly the files read.
 */
class ReportFinancialCommandTest {
    static final Path TREASURY = Path.of(CliRun.sample("region-vasterbotten/treasury"));

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    static XSSFWorkbook workbook(Path p) throws IOException {
        return Workbooks.open(Files.readAllBytes(p));
    }

    static String fingerprint(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = workbook(xlsx)) {
            return wb.getProperties().getCustomProperties().getProperty("BalansInputFingerprint").getLpwstr();
        }
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void givenFebruary2026TheDefaultsWriteTheReportDatedTheMonthEnd(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path xlsx = dir.resolve("finansrapport-2026-02.xlsx");
        Path pdf = dir.resolve("finansrapport-2026-02.pdf");
        assertThat(r.out().lines()).containsExactly(xlsx.toString(), pdf.toString());
        try (XSSFWorkbook wb = workbook(xlsx)) {
            assertThat(Workbooks.sheetNames(wb)).containsExactly("Sammanfattning", "Pensionsmedel", "Likviditet",
                    "Låneportfölj");
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        }
        assertThat(fingerprint(xlsx)).matches("[0-9a-f]{64}");
        assertThat(text(pdf)).contains("Totala lån uppgick per februari till 3 020 miljoner kronor med en "
                + "genomsnittsränta på 2,82 %").contains("+2,9 %").contains("+2,1 %").contains("3 020,0");
    }

    @Test
    void givenJuly2025TheRegisterOfThatMonthEndIsRead(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("report", "financial", "--month", "2025-07", "--out", dir.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(text(dir.resolve("finansrapport-2025-07.pdf"))).contains("Finansrapport juli 2025")
                .contains("2 570,0").contains("2,85 %").contains("Likvida medel uppgick till 517 miljoner kronor")
                .contains("utvecklades +2,9 % under juli, vilket är +0,7 % mot jämförelseindex som utvecklades +2,2 %");
    }

    @Test
    void twoRunsWriteTheSameBytes(@TempDir Path dir) throws IOException {
        CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.resolve("a").toString());
        CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.resolve("b").toString());
        for (String f : new String[] {"finansrapport-2026-02.xlsx", "finansrapport-2026-02.pdf"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }

    @Test
    void theFingerprintIsOfTheFilesReadNotWhereTheyLie(@TempDir Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String f : new String[] {"loans-2026-02-28.csv", "pension-returns.csv", "cash.csv"}) {
            Files.copy(TREASURY.resolve(f), copy.resolve(f));
        }
        CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.resolve("a").toString(), "--format", "xlsx");
        CliRun moved = CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.resolve("b").toString(),
                "--format", "xlsx", "--loans", copy.resolve("loans-2026-02-28.csv").toString(), "--returns",
                copy.resolve("pension-returns.csv").toString(), "--cash", copy.resolve("cash.csv").toString());
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        String a = fingerprint(dir.resolve("a").resolve("finansrapport-2026-02.xlsx"));
        assertThat(fingerprint(dir.resolve("b").resolve("finansrapport-2026-02.xlsx"))).isEqualTo(a);
        Files.writeString(copy.resolve("cash.csv"), "month,cash\n2026-02,265\n");
        CliRun changed = CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.resolve("c").toString(),
                "--format", "xlsx", "--cash", copy.resolve("cash.csv").toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(fingerprint(dir.resolve("c").resolve("finansrapport-2026-02.xlsx"))).isNotEqualTo(a);
    }

    @Test
    void aMonthWithoutARegisterOfItsEndIsRefusedNamingTheOnesThereAre(@TempDir Path dir) {
        CliRun r = CliRun.of("report", "financial", "--month", "2026-01", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no loan register as of 2026-01-31").contains("loans-2026-01-31.csv")
                .contains("loans-2025-07-31.csv, loans-2025-12-31.csv, loans-2026-02-28.csv, loans-2026-03-31.csv")
                .contains("--loans");
    }

    @Test
    void aMonthTheCashOrTheReturnsDoNotHaveIsBadInputNamingTheFile(@TempDir Path dir) throws IOException {
        Path cash = Files.writeString(dir.resolve("cash.csv"), "month,cash\n2026-01,300\n");
        CliRun noCash = CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.toString(), "--cash",
                cash.toString());
        assertThat(noCash.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noCash.err()).contains("cash.csv").contains("no cash for 2026-02").contains("2026-01");
        Path returns = Files.writeString(dir.resolve("returns.csv"),
                "month,asset_class,portfolio_return,benchmark_return\n2026-01,total,1.0,0.9\n");
        CliRun noReturns = CliRun.of("report", "financial", "--month", "2026-02", "--out", dir.toString(), "--returns",
                returns.toString());
        assertThat(noReturns.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noReturns.err()).contains("returns.csv").contains("no returns for 2026-02");
    }
}
