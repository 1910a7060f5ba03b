package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.ExternalTools;
import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.text.Language;

/**
 * The workbooks add up in LibreOffice Calc: opened with recalculation on load, every total shows the value
 * the workbook stored and the sum of the figures shown in the cells it adds, and no cell shows a negative
 * zero. Skipped where soffice is missing (CI installs it and requires it).
 */
class LiveWorkbookLibreOfficeTest {

    /** Checks one workbook; returns how many totals it has. */
    static int check(Path dir, String name, ReportDocument doc) throws IOException, InterruptedException {
        Path xlsx = dir.resolve(name + ".xlsx");
        Files.write(xlsx, SampleReports.xlsx(doc));
        LiveTotals.Result r = LiveTotals.recalculate(dir, xlsx);
        LiveTotals.assertAddUp(name, r);
        return r.totals().size();
    }

    @Test
    void thePlanReportsTotalsAddUpInLibreOfficeInSwedishAndEnglish(@TempDir Path dir) throws Exception {
        ExternalTools.require("soffice");
        assertThat(check(dir, "plan-sv", SampleReports.plan2025(Language.SV))).isGreaterThan(20);
        assertThat(check(dir, "plan-en", SampleReports.plan2025(Language.EN))).isGreaterThan(20);
    }

    @Test
    void theFinancialReportsTotalsAddUpInLibreOffice(@TempDir Path dir) throws Exception {
        ExternalTools.require("soffice");
        assertThat(check(dir, "finans", SampleReports.financial2026February(Language.SV))).isPositive();
    }

    @Test
    void committeeDeviationsShownAsAddingTo88_2ShowATotalOf88_2InLibreOffice(@TempDir Path dir) throws Exception {
        ExternalTools.require("soffice");
        ReportDocument doc = new ReportDocument("Rapport", "Region Test", "2026", Language.SV, SampleReports.metadata(),
                List.of(new Section("Nämnder", "Nämnder", List.of(LiveWorkbookTest.committees()), List.of())));
        Path xlsx = dir.resolve("namnder.xlsx");
        Files.write(xlsx, SampleReports.xlsx(doc));
        LiveTotals.Result r = LiveTotals.recalculate(dir, xlsx);
        LiveTotals.assertAddUp("namnder", r);
        assertThat(r.totals()).singleElement().satisfies(t -> {
            assertThat(t.shown()).isEqualTo("88,2");
            assertThat(t.terms()).containsExactly("+0,1", "+31,8", "+52,6", "+3,4", "+0,1", "+0,1", "+0,1");
        });
    }

    @Test
    void anEnglishWorkbookShowsPercentagesAndAmountsInEnglishAlike(@TempDir Path dir) throws Exception {
        ExternalTools.require("soffice");
        Path xlsx = dir.resolve("plan-en.xlsx");
        Files.write(xlsx, SampleReports.xlsx(SampleReports.plan2025(Language.EN)));
        List<String> cells = LiveTotals.recalculate(dir, xlsx).shownCells();
        assertThat(cells).anyMatch(c -> c.matches("\u2212?\\d+\\.\\d%"));
        assertThat(cells).as("no Swedish percentage").noneMatch(c -> c.matches("\u2212?\\d+,\\d \\s*%"));
        assertThat(cells).anyMatch(c -> c.matches("\u2212?\\d{1,3}(,\\d{3})+\\.\\d"));
    }
}
