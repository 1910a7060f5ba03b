package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code balans report plan} as a user runs it: the files, their names, their bytes, the errors. */
class ReportPlanCommandTest {

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    static XSSFWorkbook workbook(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static String fingerprint(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = workbook(xlsx)) {
            return wb.getProperties().getCustomProperties().getProperty("BalansInputFingerprint").getLpwstr();
        }
    }

    static Path copyOfSamplePlan(Path dir) throws IOException {
        Path plan = Files.createDirectories(dir.resolve("plan"));
        // The whole folder, its drivers/ included: the same files give the same report wherever they are.
        Path sample = Path.of(CliRun.sample("region-vasterbotten"));
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.filter(p -> !p.equals(sample)).toList()) {
                Files.copy(f, plan.resolve(sample.relativize(f).toString()));
            }
        }
        return plan;
    }

    @Test
    void givenThePlanYear2025BothDocumentsAreWrittenAndTheirPathsPrinted(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("report", "plan", "--year", "2025", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(out.resolve("regionplan-2025.xlsx").toString(),
                out.resolve("regionplan-2025.pdf").toString());
        assertThat(r.err()).isEmpty();
        try (XSSFWorkbook wb = workbook(out.resolve("regionplan-2025.xlsx"))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Översikt");
            assertThat(wb.getSheet("Balanskrav")).as("the plan directory's history is the default").isNotNull();
            assertThat(wb.getSheet("Beräknad plan")).as("the plan directory's drivers/ are the default").isNotNull();
            assertThat(wb.getSheet("Scenarier")).isNotNull();
            assertThat(wb.getSheet("Scenarier").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Scenarier och känslighetsanalys");
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .as("no adoption date given: 1 January of the plan year")
                    .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        }
        assertThat(fingerprint(out.resolve("regionplan-2025.xlsx"))).matches("[0-9a-f]{64}");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "regionplan-2025.xlsx", "regionplan-2025.pdf");
        }
    }

    @Test
    void twoRunsWriteTheSameBytes(@TempDir Path dir) throws IOException {
        CliRun.of("report", "plan", "--year", "2025", "--out", dir.resolve("a").toString());
        CliRun.of("report", "plan", "--year", "2025", "--out", dir.resolve("b").toString());
        for (String f : new String[] {"regionplan-2025.xlsx", "regionplan-2025.pdf"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }

    @Test
    void englishAndOneFormatOnly(@TempDir Path dir) {
        CliRun r = CliRun.of("report", "plan", "--year", "2025", "--out", dir.toString(), "--lang", "en",
                "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(dir.resolve("regionplan-2025-en.pdf").toString());
        assertThat(dir.resolve("regionplan-2025-en.xlsx")).doesNotExist();
    }

    @Test
    void theFingerprintFollowsTheInputsAndTheDateTheAdoption(@TempDir Path dir) throws IOException {
        Path plan = copyOfSamplePlan(dir);
        CliRun.of("report", "plan", "--year", "2025", "--plan", plan.toString(), "--out", dir.resolve("a").toString(),
                "--format", "xlsx");
        Files.writeString(plan.resolve("plan.properties"), "adopted=2024-11-26\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun r = CliRun.of("report", "plan", "--year", "2025", "--plan", plan.toString(), "--out",
                dir.resolve("b").toString(), "--format", "xlsx");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path a = dir.resolve("a").resolve("regionplan-2025.xlsx");
        Path b = dir.resolve("b").resolve("regionplan-2025.xlsx");
        assertThat(fingerprint(b)).isNotEqualTo(fingerprint(a));
        try (XSSFWorkbook wb = workbook(b)) {
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.parse("2024-11-26T00:00:00Z"));
        }
        CliRun sample = CliRun.of("report", "plan", "--year", "2025", "--out", dir.resolve("c").toString(),
                "--format", "xlsx");
        assertThat(sample.exitCode()).isZero();
        assertThat(fingerprint(dir.resolve("c").resolve("regionplan-2025.xlsx")))
                .as("the same files in another folder").isEqualTo(fingerprint(a));
    }

    @Test
    void aBadAdoptionDateIsBadInputNamingTheProperty(@TempDir Path dir) throws IOException {
        Path plan = copyOfSamplePlan(dir);
        Files.writeString(plan.resolve("plan.properties"), "adopted=26 november\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun r = CliRun.of("report", "plan", "--year", "2025", "--plan", plan.toString(), "--out",
                dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("plan.properties").contains("column adopted").contains("2024-11-26");
    }

    @Test
    void mistakesGetTheDocumentedExitCodes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(CliRun.of("report", "plan", "--year", "1999", "--out", dir.toString()).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.of("report", "plan", "--year", "2025", "--format", "docx").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("report", "plan").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun toFile = CliRun.of("report", "plan", "--year", "2025", "--out", file.toString());
        assertThat(toFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(toFile.err()).contains("is a file, not a folder");
        CliRun noHistory = CliRun.of("report", "plan", "--year", "2025", "--out", dir.toString(),
                "--history", "/no/such/history.csv");
        assertThat(noHistory.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void everyReportCommandHasHelp() {
        for (String[] cmd : new String[][] {{"report", "--help"}, {"report", "plan", "--help"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        assertThat(CliRun.of("report", "plan", "--help").out()).contains("--year").contains("--out")
                .contains("--format").contains("--history").contains("--lang");
    }
}
