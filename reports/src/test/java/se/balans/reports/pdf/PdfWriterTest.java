package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/** The PDF layout with awkward input: long tables, text the font cannot show. */
class PdfWriterTest {

    static byte[] write(Table t) throws IOException {
        ReportDocument doc = new ReportDocument("Rapport", "Region Test", "2025", Language.SV, SampleReports.metadata(),
                List.of(new Section("Avsnitt", "Avsnitt", List.of(t), List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(doc, out);
        return out.toByteArray();
    }

    /** 150 rows: three pages and more. */
    static Table longTable() {
        Table.Builder b = Table.builder("Lång tabell", "Konto", List.of("Belopp kolumnrubrik"));
        for (int i = 0; i < 150; i++) {
            b.row("Rad " + i, List.of(Cell.amount(Money.ofMnkr(String.valueOf(-i * 1000 - 0.5)))));
        }
        return b.build();
    }

    /** A tab, a character the font lacks, Greek and a mathematical sign. */
    static Table oddText() {
        List<String> odd = new ArrayList<>(List.of("Nämnd\tmed tabb", "Kinesiskt \u6F22 tecken", "Ω och ∑"));
        Table.Builder b = Table.builder("Udda text", "Namn", List.of("Värde"));
        odd.forEach(o -> b.row(o, List.of(Cell.text(o))));
        return b.build();
    }

    @Test
    void aTableLongerThanAPageContinuesWithItsHeaderRepeated() throws IOException {
        try (PDDocument d = Loader.loadPDF(write(longTable()))) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                assertThat(s.getText(d)).as("page " + p).contains("Belopp").contains("Sida " + p + " av ");
            }
            s.setStartPage(1);
            s.setEndPage(d.getNumberOfPages());
            assertThat(s.getText(d)).contains("Rad 149").contains("−149 000,5");
        }
    }

    @Test
    void textTheFontCannotShowIsReplacedNotFatal() throws IOException {
        try (PDDocument d = Loader.loadPDF(write(oddText()))) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Nämnd med tabb").contains("Kinesiskt ? tecken").contains("Ω och ∑");
        }
    }

    /** A SHA-256 with "ff" in it, and Swedish words with "ff", "fi" and "fl". */
    static final String LIGATURE_SHA = "c2faff35de00ffa1";

    static Table ligatures() {
        return Table.builder("Träffsäkerhet och profil", "Namn", List.of("Värde"))
                .row("Periodiseringsprofil, flygresor", List.of(Cell.text(LIGATURE_SHA))).build();
    }

    @Test
    void ffFiAndFlStayLettersSoAFingerprintOrAWordCopiesRight() throws IOException {
        // Set as ligature glyphs, "ff", "fi" and "fl" would copy as U+FB00–U+FB02, and the fingerprint would not match.
        String sha = LIGATURE_SHA;
        try (PDDocument d = Loader.loadPDF(write(ligatures()))) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains(sha).contains("Träffsäkerhet").contains("Periodiseringsprofil, flygresor")
                    .doesNotContain("\uFB00").doesNotContain("\uFB01").doesNotContain("\uFB02");
        }
    }
}
