package se.balans.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.reports.document.ReportDocument;
import se.balans.reports.pdf.PdfWriter;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.XlsxWriter;

/**
 * The documents open in the programs readers use: LibreOffice Calc converts the workbooks to PDF
 * (charts and number formats included), and poppler's pdftoppm renders our PDFs without a
 * complaint. Skipped where the programs are missing, unless BALANS_REQUIRE_TOOLS=1 (CI sets it).
 * The conversion is slow, so it runs once for the class, for both workbooks. (The monthly report
 * needs a store; the CLI's tests check it the same way.)
 */
class ExternalToolsTest {
    @TempDir
    static Path dir;

    static void write(ReportDocument doc, String name) throws IOException {
        try (OutputStream o = Files.newOutputStream(dir.resolve(name + ".xlsx"))) {
            new XlsxWriter().write(doc, o);
        }
        try (OutputStream o = Files.newOutputStream(dir.resolve(name + "-ours.pdf"))) {
            new PdfWriter().write(doc, o);
        }
    }

    @BeforeAll
    static void write() throws IOException {
        write(SampleReports.plan2025(Language.SV), "regionplan-2025");
        write(SampleReports.financial2026February(Language.SV), "finansrapport-2026-02");
    }

    @Test
    void libreOfficeOpensTheWorkbooksAndShowsSwedishFigures() throws Exception {
        List<Path> pdfs = ExternalTools.libreOfficeToPdf(dir, dir.resolve("regionplan-2025.xlsx"),
                dir.resolve("finansrapport-2026-02.xlsx"));
        assertThat(ExternalTools.pages(pdfs.get(0))).isGreaterThanOrEqualTo(8);
        assertThat(ExternalTools.text(pdfs.get(0))).contains("Verksamhetens resultat").contains("399,0")
                .contains("218,0").contains("10 958,4").contains("\u2212181,0");
        assertThat(ExternalTools.pages(pdfs.get(1))).isGreaterThanOrEqualTo(4);
        assertThat(ExternalTools.text(pdfs.get(1))).contains("Pensionsmedelsförvaltning").contains("3 020,0")
                .contains("2,82 %").contains("2,9 %").contains("2,1 %").contains("Förfallostruktur");
    }

    @Test
    void popplerRendersOurPdfsWithoutErrors() throws Exception {
        ExternalTools.renderWithPoppler(dir, dir.resolve("regionplan-2025-ours.pdf"), 5);
        ExternalTools.renderWithPoppler(dir, dir.resolve("finansrapport-2026-02-ours.pdf"), 3);
    }
}
