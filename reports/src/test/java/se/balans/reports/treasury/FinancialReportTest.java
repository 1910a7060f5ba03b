package se.balans.reports.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.reports.SampleReports;
import se.balans.reports.pdf.PdfArchivalCheck;
import se.balans.reports.text.Language;
import se.balans.reports.xlsx.Workbooks;

/**
 * The financial report of February 2026 on the sample data, opened again: the board summary's
 * figures (seed 000: loans 3 020 mnkr at 2,82 %, binding 2,1 years; pension +2,9 % against +2,1 %)
 * in the workbook as numbers and in the PDF in Swedish format, the native charts, the same bytes
 * every run.
 */
class FinancialReportTest {
    static byte[] xlsx;
    static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        xlsx = xlsx(Language.SV);
        pdf = pdf(Language.SV);
    }

    static byte[] xlsx(Language lang) throws IOException {
        return SampleReports.xlsx(SampleReports.financial2026February(lang));
    }

    static byte[] pdf(Language lang) throws IOException {
        return SampleReports.pdf(SampleReports.financial2026February(lang));
    }

    /** The value cell of the row labelled {@code label} (column A): the report's one-value tables. */
    static XSSFCell value(XSSFSheet s, String label) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            XSSFCell first = row == null ? null : row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row '" + label + "' in " + s.getSheetName());
    }

    static String shown(XSSFCell c) {
        return new DataFormatter(java.util.Locale.ROOT).formatCellValue(c);
    }

    /** The PDF's text with its line breaks as spaces, so that a sentence reads whole wherever it wraps. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void oneSheetPerPartOfTheReport() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertThat(Workbooks.sheetNames(wb)).containsExactly("Sammanfattning", "Pensionsmedel", "Likviditet", "Låneportfölj");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Finansrapport februari 2026");
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .as("dated the month end").isEqualTo(SampleReports.FEBRUARY_END);
        }
        try (XSSFWorkbook wb = Workbooks.open(xlsx(Language.EN))) {
            assertThat(wb.getSheetName(3)).isEqualTo("Loan portfolio");
        }
    }

    @Test
    void givenFebruary2026TheLoanPortfolioIsThePublishedOne() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet debt = wb.getSheet("Låneportfölj");
            assertThat(value(debt, "Total låneskuld, mnkr").getNumericCellValue()).isEqualTo(3020.0);
            XSSFCell rate = value(debt, "Genomsnittsränta");
            assertThat(rate.getNumericCellValue()).isCloseTo(0.0282, within(0.00005));
            assertThat(rate.getCellStyle().getDataFormatString()).as("two decimals").contains("0.00");
            XSSFCell binding = value(debt, "Genomsnittlig räntebindning, år");
            assertThat(binding.getNumericCellValue()).isCloseTo(2.1, within(0.05));
            assertThat(shown(binding)).isEqualTo("2.1");
            assertThat(shown(value(debt, "Genomsnittlig kapitalbindning, år"))).isEqualTo("2.1");
            assertThat(value(debt, "Utrymme inom låneramen, mnkr").getNumericCellValue()).isEqualTo(980.0);
            XSSFSheet summary = wb.getSheet("Sammanfattning");
            assertThat(value(summary, "Total låneskuld, mnkr").getNumericCellValue()).isEqualTo(3020.0);
            assertThat(value(summary, "Likvida medel vid månadens slut, mnkr").getNumericCellValue()).isEqualTo(264.0);
        }
    }

    @Test
    void givenFebruary2026ThePensionPortfolioBeatItsBenchmark() throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            XSSFSheet summary = wb.getSheet("Sammanfattning");
            assertThat(value(summary, "Pensionsmedelsportföljen: månadens avkastning").getNumericCellValue())
                    .isCloseTo(0.029, within(0.0005));
            assertThat(value(summary, "Pensionsmedelsportföljen: jämförelseindex").getNumericCellValue())
                    .isCloseTo(0.021, within(0.0005));
            assertThat(value(summary, "Pensionsmedelsportföljen: aktiv avkastning").getNumericCellValue())
                    .isCloseTo(0.008, within(0.0005));
        }
    }

    @Test
    void theChartsAreNativeChartParts() throws IOException {
        assertThat(Workbooks.chartParts(xlsx)).hasSize(2);
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            var index = wb.getSheet("Pensionsmedel").getDrawingPatriarch().getCharts().get(0);
            assertThat(index.getTitleText().getString()).startsWith("Pensionsmedelsportföljen mot jämförelseindex");
            assertThat(index.getChartSeries().get(0).getSeriesCount()).as("portfolio and benchmark").isEqualTo(2);
            assertThat(index.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
                    .as("twelve months and the base").isEqualTo(13);
            var maturity = wb.getSheet("Låneportfölj").getDrawingPatriarch().getCharts().get(0);
            assertThat(maturity.getTitleText().getString()).isEqualTo("Förfallostruktur per 2026-02-28 (mnkr)");
            assertThat(maturity.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
                    .as("every year from 2026 to the last maturity, 2033").isEqualTo(8);
        }
    }

    @Test
    void thePdfHasTheFiguresInSwedishFormat() throws IOException {
        String t = text(pdf);
        assertThat(t).contains("Finansrapport februari 2026").contains("Per 2026-02-28")
                .contains("Den totala pensionsmedelsportföljen utvecklades +2,9 % under februari, vilket är +0,8 % mot "
                        + "jämförelseindex som utvecklades +2,1 %.")
                .contains("Likvida medel uppgick till 264 miljoner kronor")
                .contains("Totala lån uppgick per februari till 3 020 miljoner kronor med en genomsnittsränta på 2,82 %")
                .contains("räntebindning på 2,1 år")
                .contains("3 020,0").contains("2,82 %").contains("Förändringar i låneportföljen februari 2026")
                .contains(SampleReports.FINGERPRINT);
        // The goals of the report's year, as the monthly report follows them up: Regionplan 2025 sets its debt goal
        // for 2025, not 2026 (until this rule, 2025's goal was applied on the plan's 2026 taxes and grants: 25,6 %).
        assertThat(t).doesNotContain("Skuldmålet per 2026-02-28").contains("Regionplanen har inget skuldmål för 2026.");
    }

    @Test
    void englishIsEnglish() throws IOException {
        assertThat(text(pdf(Language.EN))).contains("Financial report February 2026").contains("3,020.0")
                .contains("2.82%").contains("The total pension-fund portfolio returned +2.9% in February");
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertThat(xlsx(Language.SV)).isEqualTo(xlsx);
        assertThat(pdf(Language.SV)).isEqualTo(pdf);
    }

    @Test
    void isPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfArchivalCheck.failures(pdf)).as("PDF/A-2a").isEmpty();
        assertThat(PdfArchivalCheck.uaFailures(pdf)).as("PDF/UA-1").isEmpty();
    }
}
