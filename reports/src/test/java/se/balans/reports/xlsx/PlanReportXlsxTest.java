package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.balans.engine.EngineVersion;
import se.balans.reports.SampleReports;
import se.balans.reports.text.Language;

/** The plan report 2025 as a workbook, opened again with POI: sheets, seed figures, charts, print set-up, properties. */
class PlanReportXlsxTest {
    static byte[] sv;

    @BeforeAll
    static void write() throws IOException {
        sv = xlsx(Language.SV);
    }

    static byte[] xlsx(Language lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(SampleReports.plan2025(lang), out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] b) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(b));
    }

    static XSSFCell find(XSSFSheet s, String label, String column) {
        return Workbooks.find(s, label, column);
    }

    @Test
    void oneSheetPerPartOfThePlan() throws IOException {
        try (XSSFWorkbook wb = open(sv)) {
            List<String> names = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Översikt", "Ramar", "Resultatbudget", "Balansbudget", "Kassaflöde",
                    "Investeringar", "Finansiella mål", "Balanskrav");
        }
        try (XSSFWorkbook wb = open(xlsx(Language.EN))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetName(7)).isEqualTo("Balance requirement");
        }
    }

    @Test
    void givenThePlan2025TheKeyFiguresAreNumbersInMnkr() throws IOException {
        try (XSSFWorkbook wb = open(sv)) {
            XSSFSheet summary = wb.getSheet("Översikt");
            assertThat(find(summary, "Verksamhetens resultat", "2025").getNumericCellValue()).isEqualTo(399.0);
            assertThat(find(summary, "Årets resultat", "2025").getNumericCellValue()).isEqualTo(218.0);
            assertThat(find(summary, "Finansnetto", "2025").getNumericCellValue()).isEqualTo(-181.0);
            XSSFSheet frames = wb.getSheet("Ramar");
            assertThat(find(frames, "Summa", "Ram 2025").getNumericCellValue()).isEqualTo(10958.4);
            assertThat(find(frames, "Hälso- och sjukvårdsnämnden", "Ram 2025").getNumericCellValue()).isEqualTo(6534.0);
            XSSFSheet bkr = wb.getSheet("Balanskrav");
            assertThat(find(bkr, "Varav från 2023, återställs senast 2026", "2025").getNumericCellValue())
                    .isEqualTo(-191.0);
        }
    }

    @Test
    void amountsShowOneDecimalWithSwedishSeparatorsAndNegativesNotRed() throws IOException {
        try (XSSFWorkbook wb = open(sv)) {
            XSSFCell c = find(wb.getSheet("Översikt"), "Verksamhetens resultat", "2025");
            String format = c.getCellStyle().getDataFormatString();
            // Rule changed: a negative amount has its minus but is no longer red by its format.
            assertThat(format).isEqualTo(XlsxStyles.AMOUNT_FORMAT).contains("[$-41D]").contains("#,##0.0")
                    .doesNotContain("[Red]").contains("\u2212");
            assertThat(find(wb.getSheet("Översikt"), "Årets resultat", "2025").getCellStyle().getFont().getBold())
                    .as("totals are bold").isTrue();
        }
    }

    @Test
    void everyChartIsANativeChartPart() throws IOException {
        assertThat(Workbooks.chartParts(sv)).hasSize(6);
        try (XSSFWorkbook wb = open(sv)) {
            assertThat(wb.getSheet("Ramar").getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(wb.getSheet("Balanskrav").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("Ramar").getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .isEqualTo("Från ram 2024 till ram 2025 (mnkr)");
            assertThat(wb.getSheet("Balanskrav").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                    .getSeriesCount()).as("one series per year of origin").isEqualTo(2);
        }
    }

    @Test
    void sheetsAreSetUpForPrintingAndFrozenUnderTheHeader() throws IOException {
        try (XSSFWorkbook wb = open(sv)) {
            for (Sheet s : wb) {
                PrintSetup ps = s.getPrintSetup();
                assertThat(ps.getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                // Rule changed: portrait unless the sheet is wide (it was landscape throughout).
                assertThat(ps.getLandscape()).as(s.getSheetName())
                        .isEqualTo(List.of("Ramar", "Finansiella mål", "Balanskrav").contains(s.getSheetName()));
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getHeader().getLeft()).isEqualTo("Region Västerbotten");
                assertThat(s.getHeader().getRight()).isEqualTo("Budget 2025, plan 2026–2028");
                assertThat(s.getFooter().getRight()).isEqualTo("Sida &P av &N");
                PaneInformation pane = s.getPaneInformation();
                assertThat(pane).as(s.getSheetName()).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(s.getColumnWidth(0)).isGreaterThan(s.getColumnWidth(1));
            }
        }
    }

    @Test
    void propertiesNameTheReportTheRegionTheInputsAndTheEngine() throws IOException {
        try (XSSFWorkbook wb = open(sv)) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Regionplan 2025");
            assertThat(core.getCreator()).isEqualTo("Region Västerbotten");
            assertThat(core.getCreated().toInstant()).isEqualTo(SampleReports.TIMESTAMP);
            var custom = wb.getProperties().getCustomProperties();
            assertThat(custom.getProperty("BalansInputFingerprint").getLpwstr()).isEqualTo(SampleReports.FINGERPRINT);
            assertThat(custom.getProperty("BalansEngineVersion").getLpwstr()).isEqualTo(EngineVersion.get());
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertThat(xlsx(Language.SV)).isEqualTo(sv);
    }
}
