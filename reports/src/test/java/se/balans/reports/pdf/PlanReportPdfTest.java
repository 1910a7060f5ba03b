package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.engine.EngineVersion;
import se.balans.reports.SampleReports;
import se.balans.reports.text.Language;

/** The plan report 2025 as a PDF: the seed figures in Swedish format, archival PDF/A-2a and PDF/UA-1, the same bytes every run. */
class PlanReportPdfTest {
    static byte[] sv;
    static byte[] en;

    @BeforeAll
    static void write() throws IOException {
        sv = pdf(Language.SV);
        en = pdf(Language.EN);
    }

    static byte[] pdf(Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(SampleReports.plan2025(lang), out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void givenThePlan2025TheTextHasTheSeedFiguresInSwedishFormat() throws IOException {
        String t = text(sv);
        assertThat(t).contains("Regionplan 2025").contains("Region Västerbotten")
                .contains("Budget 2025, plan 2026–2028")
                .contains("Verksamhetens resultat").contains("399,0")
                .contains("Årets resultat").contains("218,0")
                .contains("10 958,4")
                .contains("−181,0")
                .contains("Hälso- och sjukvårdsnämnden").contains("6 534,0")
                .contains("Uppfyllt")
                .contains("Varav från 2023, återställs senast 2026")
                .contains("Sida 1 av ")
                .contains(SampleReports.FINGERPRINT)
                .contains("Balans " + EngineVersion.get());
    }

    @Test
    void englishIsEnglishWithEnglishNumbers() throws IOException {
        String t = text(en);
        assertThat(t).contains("Regional plan 2025").contains("Operating result").contains("399.0")
                .contains("10,958.4").contains("Page 1 of ");
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertThat(pdf(Language.SV)).isEqualTo(sv);
    }

    @Test
    void everyFontIsEmbeddedAndThePropertiesCarryTheFingerprint() throws IOException {
        try (PDDocument d = Loader.loadPDF(sv)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage p : d.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    fonts.add(f.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("DejaVuSansCondensed"));
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Regionplan 2025");
            assertThat(d.getDocumentInformation().getAuthor()).isEqualTo("Region Västerbotten");
            assertThat(d.getDocumentInformation().getCustomMetadataValue("BalansInputFingerprint"))
                    .isEqualTo(SampleReports.FINGERPRINT);
            assertThat(d.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SampleReports.TIMESTAMP);
            assertThat(d.getPages().getCount()).isGreaterThanOrEqualTo(5);
            assertThat(d.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void isPdfA2aAndPdfUa1AccordingToVeraPdf() throws Exception {
        assertThat(PdfArchivalCheck.failures(sv)).as("PDF/A-2a").isEmpty();
        assertThat(PdfArchivalCheck.uaFailures(sv)).as("PDF/UA-1").isEmpty();
    }
}
