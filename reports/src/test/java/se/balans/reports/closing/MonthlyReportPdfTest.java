package se.balans.reports.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.pdf.PdfArchivalCheck;
import se.balans.reports.text.Language;

/**
 * The monthly report as a PDF is archival PDF/A-2a and accessible PDF/UA-1, with last year's figures
 * and without them (the CLI's tests check the full report of a closed month the same way).
 */
class MonthlyReportPdfTest {
    static void assertPdfA2aAndPdfUa1(ReportDocument doc) throws Exception {
        byte[] pdf = SampleReports.pdf(doc);
        assertThat(PdfArchivalCheck.failures(pdf)).as("PDF/A-2a").isEmpty();
        assertThat(PdfArchivalCheck.uaFailures(pdf)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void withLastYearInSwedish() throws Exception {
        assertPdfA2aAndPdfUa1(MonthlyReport.build(ClosingWithoutLastYearTest.WITH, 1, "Region Test",
                Map.of("RS", "Regionstyrelsen"), Language.SV, SampleReports.metadata()));
    }

    @Test
    void withoutLastYearInEnglish() throws Exception {
        assertPdfA2aAndPdfUa1(MonthlyReport.build(ClosingWithoutLastYearTest.WITHOUT, 1, "Region Test", Map.of(),
                Language.EN, SampleReports.metadata()));
    }
}
