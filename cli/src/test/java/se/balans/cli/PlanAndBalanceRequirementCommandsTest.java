package se.balans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.pdf.PdfArchivalCheck;

/** The commands of issue 2 as a user runs them: output, formats and exit codes. */
class PlanAndBalanceRequirementCommandsTest {

    @BeforeAll
    static void home() {
        CliRun.useSampleWorkspace();
    }

    static final String HISTORY = CliRun.sample("fixtures/regionplan-2025-balance-requirement.csv");

    @Test
    void balanceRequirementCsvHasTheSpecifiedColumnsAndTheSeedTable() {
        CliRun r = CliRun.of("balance-requirement", "--history", HISTORY, "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "year,result,result_after_adjustments,balance_requirement_result,special_reasons,opening_unrestored,"
                        + "closing_unrestored,missed_deadline,required_result,unrestored_from_2023,unrestored_from_2024",
                "2023,-668,-753,-753,514,0,-239,false,0,-239,0",
                "2024,-700,-1210,-1210,812,-239,-637,false,0,-239,-398",
                "2025,218,48,48,0,-637,-589,false,0,-191,-398",
                "2026,528,348,348,0,-589,-241,false,191,0,-241",
                "2027,422,241,241,0,-241,0,false,241,0,0");
    }

    @Test
    void balanceRequirementTableIsSwedishByDefault() {
        CliRun r = CliRun.of("balance-requirement", "--history", HISTORY);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Utgående balans: ackumulerade ej återställda negativa resultat")
                .contains("−239,0").contains("−1 210,0").contains("Varav från 2023, återställs senast 2026");
        CliRun en = CliRun.of("balance-requirement", "--history", HISTORY, "--lang", "en");
        assertThat(en.out()).contains("Closing balance").contains("−1,210.0");
    }

    @Test
    void balanceRequirementJsonIsPlainNumbers() {
        CliRun r = CliRun.of("balance-requirement", "--history", HISTORY, "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"closing_unrestored\" : -239").contains("\"result\" : 218")
                .contains("\"missed_deadline\" : false");
    }

    @Test
    void badHistoryInputIsOneLineNamingFileLineAndColumnWithExitCode3(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("h.csv");
        Files.writeString(f, "year,result,realisation_gains\n2023,10,5\n");
        CliRun r = CliRun.of("balance-requirement", "--history", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("balans: " + f + ":2: column realisation_gains:").doesNotContain("\n");
    }

    @Test
    void explainBalanceRequirementNamesTheFileLineAndColumnOfEachInput() {
        CliRun r = CliRun.of("explain", "balance-requirement", "2025", "--history", HISTORY);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("Balanskravsresultat 2025").endsWith("48,0 mnkr");
        assertThat(r.out()).contains("balance-requirement.csv rad 10, kolumn result")
                .contains("balance-requirement.csv rad 10, kolumn unrealised_securities")
                .contains("Återställt av underskott från 2023").contains("−589,0 mnkr");
        assertThat(CliRun.of("explain", "balance-requirement", "1999", "--history", HISTORY).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun r = CliRun.of("balance-requirement", "--history", "/no/such/file.csv");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void planCheckPassesOnTheSampleData() {
        CliRun r = CliRun.of("plan", "check");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("hänger ihop");
    }

    @Test
    void planCheckReportsTwentySixAndTwentySevenOnTheVerbatimFixture() {
        CliRun r = CliRun.of("plan", "check", "--plan", CliRun.sample("fixtures/regionplan-2025-published"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.out()).contains("2026 balansbudget, Summa tillgångar: angivet 16 832,0 mnkr, ska vara 16 725,0 mnkr")
                .contains("2027 balansbudget, Summa tillgångar: angivet 17 400,0 mnkr, ska vara 18 209,0 mnkr")
                .contains("Anläggningstillgångar + Omsättningstillgångar");
        CliRun csv = CliRun.of("plan", "check", "--plan", CliRun.sample("fixtures/regionplan-2025-published"),
                "--format", "csv");
        assertThat(csv.out().lines()).containsExactly(
                "year,statement,line,rule,given,expected,difference,detail",
                "2026,balance_sheet,total_assets,total,16832,16725,107,fixed_assets + current_assets",
                "2027,balance_sheet,total_assets,total,17400,18209,-809,fixed_assets + current_assets");
    }

    @Test
    void planShowGivesThePublishedFigures() {
        CliRun r = CliRun.of("plan", "show", "--year", "2025");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("10 958,4").contains("399,0").contains("218,0").contains("Uppfyllt");
        CliRun csv = CliRun.of("plan", "show", "--format", "csv");
        assertThat(csv.out()).contains("income_statement,2025,operating_result,399,mnkr")
                .contains("income_statement,2025,result_for_year,218,mnkr")
                .contains("cash_flow,2028,closing_cash,645,mnkr")
                .contains("frames,2025,HSN,6534,mnkr")
                .contains("goals,2025,resultatmal-2025.status,met,status");
        CliRun json = CliRun.of("plan", "show", "--format", "json", "--year", "2025");
        assertThat(json.out()).contains("\"operating_result\" : 399").contains("\"status\" : \"met\"");
    }

    @Test
    void planShowForAYearThePlanDoesNotCoverIsBadInput() {
        CliRun r = CliRun.of("plan", "show", "--year", "1999");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no figures for 1999");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("plan", "show", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("balance-requirement", "--history").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : new String[][] {{"--help"}, {"demo", "--help"}, {"plan", "--help"}, {"plan", "show", "--help"},
                {"plan", "check", "--help"}, {"balance-requirement", "--help"}, {"import", "--help"},
                {"close", "--help"}, {"outcome", "--help"}, {"status", "--help"}, {"sample-ledger", "--help"},
                {"verify", "--help"}, {"explain", "--help"}, {"explain", "outcome", "--help"},
                {"explain", "balance-requirement", "--help"}, {"debt", "--help"}, {"pension", "--help"},
                {"report", "--help"}, {"report", "plan", "--help"}, {"forecast", "accuracy", "--help"},
                {"forecast", "show", "--help"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Usage:");
        }
    }

    @Test
    void demoPrintsPlanGoalsAndScheduleAndWritesTheThreeReports(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("demo", "--db", "jdbc:h2:file:" + dir.resolve("demo"), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Region Västerbotten").contains("Finansiella mål 2025")
                .contains("Uppfyllt")
                // where the region stands (seed 000): 989 unrestored at the end of 2025, 239 of it due in 2026
                .contains("−989,0").contains("Vid ingången av 2026 återstod 989 miljoner kronor att återställa: 239 "
                        + "från 2023 (senast 2026), 193 från 2024 (senast 2027), 557 från 2025 (senast 2028).")
                .contains("2026 måste balanskravsresultatet bli minst 239 miljoner kronor");
        // The forecast round after March: early in the year, a range from the back-test; the loans' interest computed.
        assertThat(r.out()).contains("Så tidigt på året är prognosen osäker").contains("Årets resultat bedöms därför till "
                + "mellan").contains("Räntorna på lån är beräknade ur låneregistret 2026-03-31");
        // The 2025 rounds the demo ran, against the year's outcome +18.
        CliRun accuracy = CliRun.of("forecast", "accuracy", "--year", "2025", "--db", "jdbc:h2:file:" + dir.resolve("demo"),
                "--format", "json");
        assertThat(accuracy.exitCode()).as(accuracy.err()).isZero();
        assertThat(accuracy.out()).contains("\"outcome_result\" : 18").contains("\"round\" : \"2025-04\"")
                .contains("\"round\" : \"2025-08\"").contains("\"round\" : \"2025-10\"");
        // March's report follows up the costs by type and the personnel (seed 000: regionstyrelsen's sick leave
        // 4,7 % in 2024, 4,2 % in January–November 2025 — the November report; March says the region's).
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                out.resolve("manadsrapport-2026-03.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kostnadsslag och nettokostnadsutveckling").contains("Inhyrd personal")
                    .contains("Personal: årsarbetare och sjukfrånvaro").contains("Sjukfrånvaron var");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun noDecember = CliRun.of("forecast", "accuracy", "--year", "2026", "--db", "jdbc:h2:file:" + dir.resolve("demo"));
        assertThat(noDecember.exitCode()).isNotZero();
        assertThat(noDecember.err()).contains("December 2026 is not closed");
        for (String f : new String[] {"manadsrapport-2025-12.xlsx", "manadsrapport-2025-12.pdf",
                "manadsrapport-2026-03.xlsx", "manadsrapport-2026-03.pdf", "regionplan-2025.xlsx",
                "regionplan-2025.pdf", "finansrapport-2026-02.xlsx", "finansrapport-2026-02.pdf"}) {
            assertThat(r.out()).as("the demo prints the path").contains(out.resolve(f).toString());
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
            if (f.endsWith(".pdf")) {
                // The full reports of the demo's store (the monthly report with every part, the financial
                // report with its ledger reconciliation): archival and accessible.
                byte[] pdf = Files.readAllBytes(out.resolve(f));
                assertThat(PdfArchivalCheck.failures(pdf)).as(f + " PDF/A-2a").isEmpty();
                assertThat(PdfArchivalCheck.uaFailures(pdf)).as(f + " PDF/UA-1").isEmpty();
            }
        }
        // Every workbook the demo writes is live: LibreOffice recalculates it and every total is what it stored and
        // the sum of the cells it adds. Last, since it needs LibreOffice (skipped where it is not installed).
        se.balans.reports.ExternalTools.require("soffice");
        Path work = Files.createDirectories(dir.resolve("recalculated"));
        for (String f : new String[] {"manadsrapport-2025-12.xlsx", "manadsrapport-2026-03.xlsx",
                "regionplan-2025.xlsx", "finansrapport-2026-02.xlsx"}) {
            Path copy = Files.copy(out.resolve(f), work.resolve(f));
            se.balans.reports.xlsx.LiveTotals.assertAddUp(f, se.balans.reports.xlsx.LiveTotals.recalculate(work, copy));
        }
    }
}
