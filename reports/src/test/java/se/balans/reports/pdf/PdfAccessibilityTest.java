package se.balans.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.balans.reports.SampleReports;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.pdf.TaggedPdf.Element;
import se.balans.reports.table.Deviations;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/**
 * Every PDF the reports write is archival PDF/A-2a and accessible PDF/UA-1 according to veraPDF, and
 * its structure is the report as a screen reader should read it: the title as the one H1, a
 * section's title as its H2, each table with its title as caption, header cells that say whether
 * they head a column or a row, charts with the chart in words as alternative text, the language of
 * the report, and the title shown instead of the file name.
 */
class PdfAccessibilityTest {
    static ReportDocument planSv;
    static byte[] planSvPdf;

    @BeforeAll
    static void write() throws IOException {
        planSv = SampleReports.plan2025(Language.SV);
        planSvPdf = SampleReports.pdf(planSv);
    }

    static ReportDocument oneTable(Table t) {
        return new ReportDocument("Rapport", "Region Test", "2025", Language.SV, SampleReports.metadata(),
                List.of(new Section("Avsnitt", "Avsnitt", List.of(t), List.of())));
    }

    /**
     * Each kind of document the tests build: the reports of the sample region in English (PlanReportPdfTest and
     * FinancialReportTest check them in Swedish, MonthlyReportPdfTest the monthly report) and the awkward layouts.
     */
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("Regional plan 2025 (English)", SampleReports.plan2025(Language.EN)),
                Arguments.of("Financial report February 2026 (English)",
                        SampleReports.financial2026February(Language.EN)),
                Arguments.of("a table over three pages", oneTable(PdfWriterTest.longTable())),
                Arguments.of("text the font cannot show", oneTable(PdfWriterTest.oddText())),
                Arguments.of("ff, fi and fl", oneTable(PdfWriterTest.ligatures())),
                Arguments.of("coloured deviations", oneTable(Deviations.sample())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isPdfA2aAndPdfUa1(String name, ReportDocument doc) throws Exception {
        byte[] pdf = SampleReports.pdf(doc);
        assertThat(PdfArchivalCheck.failures(pdf)).as("PDF/A-2a").isEmpty();
        assertThat(PdfArchivalCheck.uaFailures(pdf)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void theCheckerIsNotSatisfiedByAnUntaggedPdf() throws Exception {
        // The same text without structure, language or metadata: if the checks passed this, they would check nothing.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            PdfFonts fonts = PdfFonts.load(d);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(fonts.regular, 12f);
                cs.newLineAtOffset(50, 700);
                cs.showText("Regionplan 2025");
                cs.endText();
            }
            d.save(out);
        }
        assertThat(PdfArchivalCheck.uaFailures(out.toByteArray())).isNotEmpty()
                .anySatisfy(f -> assertThat(f).startsWith("7.1-3:"));
        assertThat(PdfArchivalCheck.failures(out.toByteArray())).isNotEmpty();
    }

    @Test
    void theLanguageTheTitleAndTheClaimsAreInTheCatalogAndTheMetadata() throws IOException {
        TaggedPdf sv = TaggedPdf.read(planSvPdf);
        assertThat(sv.language).isEqualTo("sv-SE");
        assertThat(sv.displayDocTitle).as("the viewer shows the title, not the file name").isTrue();
        assertThat(sv.marked).isTrue();
        assertThat(sv.xmp).contains("<rdf:li xml:lang=\"x-default\">Regionplan 2025</rdf:li>")
                .contains("<pdfuaid:part>1</pdfuaid:part>")
                .contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfaid:conformance>A</pdfaid:conformance>");

        TaggedPdf en = TaggedPdf.read(SampleReports.pdf(SampleReports.plan2025(Language.EN)));
        assertThat(en.language).isEqualTo("en-GB");
    }

    @Test
    void theTitleIsTheOneH1AndEachSectionStartsWithItsTitleAsH2() throws IOException {
        TaggedPdf t = TaggedPdf.read(planSvPdf);
        List<Element> headings = t.document.all().stream().filter(e -> e.type().matches("H\\d")).toList();
        List<String> expected = new ArrayList<>();
        expected.add("H1 Regionplan 2025");
        planSv.sections().forEach(s -> expected.add("H2 " + s.title()));
        assertThat(headings).extracting(e -> e.type() + " " + e.text()).containsExactlyElementsOf(expected);
        assertThat(t.document.kids("Sect")).hasSameSizeAs(planSv.sections())
                .allSatisfy(s -> assertThat(s.kids().get(0).type()).isEqualTo("H2"));
    }

    @Test
    void eachTableHasItsTitleAsCaptionColumnHeadersAndRowHeaders() throws IOException {
        TaggedPdf pdf = TaggedPdf.read(planSvPdf);
        List<Table> tables = planSv.sections().stream().flatMap(s -> s.tables().stream()).toList();
        List<Element> elements = pdf.all("Table");
        assertThat(elements).hasSameSizeAs(tables);
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            Element e = elements.get(i);
            assertThat(e.kids().get(0).type()).isEqualTo("Caption");
            assertThat(e.kids().get(0).text()).isEqualTo(t.title());
            List<Element> rows = e.kids("TR");
            assertThat(rows).as(t.title()).hasSize(t.rows().size() + 1);
            // The header row: a TH heading each column, the label column's included.
            List<Element> header = rows.get(0).kids();
            assertThat(header).as(t.title()).hasSize(t.columns().size() + 1).allSatisfy(th -> {
                assertThat(th.type()).isEqualTo("TH");
                assertThat(th.attributes()).containsEntry("Scope", "Column");
            });
            assertThat(header.get(0).text()).isEqualTo(t.labelHeader());
            for (int c = 0; c < t.columns().size(); c++) {
                int column = c;
                String sub = t.subHeader().map(s -> " " + s.get(column)).orElse("");
                assertThat(header.get(c + 1).text()).isEqualTo(t.columns().get(c) + sub);
            }
            // Each row: its label is a TH heading the row, then a TD per figure; a heading row spans the table.
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                List<Element> cells = rows.get(r + 1).kids();
                assertThat(cells.get(0).type()).isEqualTo("TH");
                assertThat(cells.get(0).attributes()).containsEntry("Scope", "Row");
                assertThat(cells.get(0).text()).isEqualTo(row.label());
                if (row.style() == Row.Style.HEADING) {
                    assertThat(cells).hasSize(1);
                    assertThat(cells.get(0).attributes()).containsEntry("ColSpan", String.valueOf(t.columns().size() + 1));
                } else {
                    assertThat(cells.subList(1, cells.size())).hasSize(t.columns().size())
                            .allSatisfy(td -> assertThat(td.type()).isEqualTo("TD"));
                }
            }
        }
        Element overview = elements.get(0);
        Element result = overview.find("TR", tr -> tr.kids().get(0).text().equals("Verksamhetens resultat"));
        assertThat(result.kids()).extracting(Element::text).contains("399,0");
    }

    @Test
    void eachChartIsAFigureWithTheChartInWordsAsItsAlternativeText() throws IOException {
        List<Chart> charts = planSv.sections().stream().flatMap(s -> s.charts().stream()).toList();
        List<Element> figures = TaggedPdf.read(planSvPdf).all("Figure");
        assertThat(charts).isNotEmpty();
        assertThat(figures).hasSameSizeAs(charts);
        for (int i = 0; i < charts.size(); i++) {
            assertThat(figures.get(i).alt()).isEqualTo(ChartDescription.of(charts.get(i), Language.SV))
                    .contains(charts.get(i).title());
            assertThat(figures.get(i).attributes()).containsKey("BBox");
        }
        assertThat(figures).anySatisfy(f -> assertThat(f.alt())
                .startsWith("Linjediagram: Verksamhetens resultat och årets resultat (mnkr).")
                .contains("Verksamhetens resultat: 2024 143,3; 2025 399,0;"));

        List<Element> english = TaggedPdf.read(SampleReports.pdf(SampleReports.plan2025(Language.EN))).all("Figure");
        assertThat(english).anySatisfy(f -> assertThat(f.alt()).startsWith("Line chart: ")
                .contains("2024 143.3; 2025 399.0;"));
    }

    @Test
    void aTableOverSeveralPagesIsOneTableWithItsHeaderOnceAndThePageHeadersAreNotContent() throws IOException {
        byte[] pdf = SampleReports.pdf(oneTable(PdfWriterTest.longTable()));
        TaggedPdf t = TaggedPdf.read(pdf);
        List<Element> tables = t.all("Table");
        assertThat(tables).hasSize(1);
        Element table = tables.get(0);
        assertThat(table.pages()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(table.kids("TR")).hasSize(151);
        // The header repeated on each page is an artifact: the structure holds it once.
        assertThat(t.all("TH")).filteredOn(th -> th.text().startsWith("Belopp")).hasSize(1);
        Element last = table.kids("TR").get(150);
        assertThat(last.kids()).extracting(Element::text).containsExactly("Rad 149", "\u2212149 000,5");
        assertThat(last.pages()).containsExactly(table.pages().stream().max(Integer::compare).orElseThrow());

        // Headers and footers are on every page but not in what a screen reader reads.
        String structureText = t.document.allText();
        String pageText;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pageText = new PDFTextStripper().getText(d);
        }
        assertThat(pageText).contains("Sida 1 av ").contains(SampleReports.FINGERPRINT);
        assertThat(structureText).contains("Lång tabell").contains("Rad 0").doesNotContain("Sida 1 av ")
                .doesNotContain(SampleReports.FINGERPRINT);
    }

    @Test
    void aParagraphReadsWholeWhereItWrapsAndWhereItContinuesOnTheNextPage() throws IOException {
        String words = "Ord " + "och fler ord i en lång mening ".repeat(12).strip() + ".";
        List<String> paragraphs = java.util.Collections.nCopies(12, words);
        ReportDocument doc = new ReportDocument("Rapport", "Region Test", "2025", Language.SV,
                SampleReports.metadata(), List.of(new Section("Text", "Text", paragraphs, List.of(), List.of())));
        TaggedPdf t = TaggedPdf.read(SampleReports.pdf(doc));
        List<Element> ps = t.document.kids("Sect").get(0).kids("P");
        assertThat(ps).hasSize(12).allSatisfy(p -> assertThat(p.text()).isEqualTo(words));
        assertThat(ps).anySatisfy(p -> assertThat(p.pages()).hasSize(2));
    }
}
