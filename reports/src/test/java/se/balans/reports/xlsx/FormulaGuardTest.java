package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.io.plan.PlanDirectoryReader;
import se.balans.reports.SampleReports;
import se.balans.reports.chart.Chart;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.plan.PlanReport;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/** Text from input files stays text: a committee named like a formula is shown, never evaluated. */
class FormulaGuardTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/x\",\"Klicka här\")";

    static XSSFWorkbook write(ReportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(doc, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The only formula a workbook has: a total's SUM over cell references, less another SUM. */
    static final String OWN_SUM = "SUM\\([A-Z]+\\d+(:[A-Z]+\\d+)?(,[A-Z]+\\d+(:[A-Z]+\\d+)?)*\\)"
            + "(-SUM\\([A-Z]+\\d+(:[A-Z]+\\d+)?(,[A-Z]+\\d+(:[A-Z]+\\d+)?)*\\))?";

    static Stream<XSSFCell> cells(XSSFWorkbook wb) {
        Stream.Builder<XSSFCell> b = Stream.builder();
        wb.forEach(s -> s.forEach(r -> r.forEach(c -> b.add((XSSFCell) c))));
        return b.build();
    }

    static XSSFCell cellWith(XSSFWorkbook wb, String text) {
        return cells(wb).filter(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no cell '" + text + "'"));
    }

    @Test
    void givenACommitteeNamedLikeAFormulaTheWorkbookShowsTheTextAndHasNoFormula(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(SampleReports.sampleRegion())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path committees = dir.resolve("committees.csv");
        Files.writeString(committees, Files.readString(committees)
                .replace("RF,Regionfullmäktige,", "RF,\"" + HYPERLINK.replace("\"", "\"\"") + "\","));
        RegionalPlan plan = PlanDirectoryReader.read(dir);
        ReportDocument doc = PlanReport.build(plan, Optional.empty(), 2025, Language.SV, SampleReports.metadata());
        try (XSSFWorkbook wb = write(doc)) {
            XSSFCell c = cellWith(wb, HYPERLINK);
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            // Rule changed: totals are formulas now; the only formulas are the writer's sums over cells.
            assertThat(cells(wb).filter(x -> x.getCellType() == CellType.FORMULA))
                    .allSatisfy(x -> assertThat(x.getCellFormula()).as(x.getReference()).matches(OWN_SUM));
            assertThat(wb.getSheet("Ramar").getHyperlinkList()).isEmpty();
        }
    }

    @Test
    void everyTextThatASpreadsheetWouldReadAsAFormulaIsQuotePrefixed() throws IOException {
        List<String> risky = List.of("=1+1", "+46 90 785 00 00", "-2", "@SUM(A1)", "\tTab", "\rCR");
        Table.Builder t = Table.builder("T", "Post", List.of("Text"));
        risky.forEach(s -> t.row(s, List.of(Cell.text(s))));
        t.row("Vanlig text", List.of(Cell.text("−239,0 är en minus med U+2212")));
        ReportDocument doc = new ReportDocument("R", "Region", "2025", Language.SV, SampleReports.metadata(),
                List.of(new Section("S", "S", List.of(t.build()), List.of())));
        try (XSSFWorkbook wb = write(doc)) {
            XSSFSheet s = wb.getSheet("S");
            for (String r : risky) {
                long guarded = cells(wb).filter(c -> c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals(r)).filter(c -> c.getCellStyle().getQuotePrefixed()).count();
                assertThat(guarded).as(r).isEqualTo(2);
            }
            assertThat(cellWith(wb, "Vanlig text").getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(s.getSheetName()).isEqualTo("S");
        }
    }

    /**
     * Every place a table or chart puts text — section title, the subtitle of region, title and
     * period, table title, label header, column headers, sub-headers, row labels of normal, heading
     * and total rows, text cells in normal and total rows, notes, chart data titles, category and
     * series names — given each text a spreadsheet reads as a formula: all are strings with the
     * quote prefix, the figures beside them stay numbers, and the workbook has no formula.
     */
    @Test
    void textInEveryPlaceOfATableAndAChartIsGuarded() throws IOException {
        for (String risky : List.of("=1+1", "+46 90 785 00 00", "-2", "@SUM(A1)", "\tTab", "\rCR")) {
            Money ten = Money.ofMnkr("10");
            Table t = Table.builder(risky, risky, List.of(risky, "Belopp")).subHeader(List.of(risky, "mnkr"))
                    .heading(risky)
                    .row(risky, List.of(Cell.text(risky), Cell.amount(ten)))
                    .row("Andel", List.of(Cell.percent(new BigDecimal("0.25")), new Cell.Number(BigDecimal.TEN, 0)))
                    .total(risky, List.of(Cell.text(risky), Cell.amount(ten)))
                    .note(risky)
                    .build();
            Chart chart = Chart.bar(risky, risky, risky, List.of(risky, "B"),
                    List.of(new Chart.Series(risky, List.of(BigDecimal.ONE, BigDecimal.TEN))));
            ReportDocument doc = new ReportDocument(risky, risky, risky, Language.SV, SampleReports.metadata(),
                    List.of(new Section(risky, "S", List.of(t), List.of(chart))));

            try (XSSFWorkbook wb = write(doc)) {
                List<XSSFCell> texts = cells(wb).filter(c -> c.getCellType() == CellType.STRING
                        && XlsxWriter.needsGuard(c.getStringCellValue())).toList();
                assertThat(texts).as(risky).hasSizeGreaterThanOrEqualTo(13)
                        .allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getReference()).isTrue());
                assertThat(cells(wb).filter(c -> c.getCellType() == CellType.FORMULA)).as(risky).isEmpty();
                assertThat(cells(wb).filter(c -> c.getCellType() == CellType.NUMERIC)).as(risky)
                        .hasSizeGreaterThanOrEqualTo(6);
                assertThat(wb.getSheet("S").getHyperlinkList()).isEmpty();
            }
        }
    }
}
