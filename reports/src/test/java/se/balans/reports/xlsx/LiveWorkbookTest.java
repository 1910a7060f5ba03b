package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Sum;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;

/**
 * A workbook the board can work in: totals are formulas over the figures shown above them with their
 * results stored, figures are stored as they show, nothing is coloured by its sign, percentages carry the
 * document's locale like amounts, and each sheet prints sensibly.
 */
class LiveWorkbookTest {
    static final String GREEN = "1E7B34";
    static final String RED = "C00000";

    static XSSFWorkbook write(Language language, List<Section> sections) throws IOException {
        ReportDocument doc = new ReportDocument("Rapport", "Region Test", "2026", language, SampleReports.metadata(),
                sections);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(doc, out);
        return Workbooks.open(out.toByteArray());
    }

    static XSSFWorkbook write(Language language, Table... tables) throws IOException {
        return write(language, List.of(new Section("Avsnitt", "Avsnitt", List.of(tables), List.of())));
    }

    static String shown(XSSFCell c, Locale locale) {
        return new DataFormatter(locale).formatCellValue(c);
    }

    static String colour(XSSFCell c) {
        XSSFColor colour = c.getCellStyle().getFont().getXSSFColor();
        return colour == null || colour.getRGB() == null ? "none" : String.format("%02X%02X%02X",
                colour.getRGB()[0] & 0xFF, colour.getRGB()[1] & 0xFF, colour.getRGB()[2] & 0xFF);
    }

    /** Seven committees whose deviations show as 0,1 + 31,8 + 52,6 + 3,4 + 0,1 + 0,1 + 0,1, exactly 88,06 in all. */
    static Table committees() {
        Table.Builder b = Table.builder("Nettokostnad per nämnd", "Nämnd", List.of("Avvikelse"));
        int i = 1;
        for (String d : List.of("0.05", "31.75", "52.55", "3.44", "0.09", "0.09", "0.09")) {
            b.row("Nämnd " + i++, List.of(Cell.favourableWhenPositive(Money.ofMnkr(d))));
        }
        return b.total("Summa", List.of(Cell.favourableWhenPositive(Money.ofMnkr("88.06"))), b.detailRows()).build();
    }

    @Test
    void givenDeviationsShownAsAddingTo88_2_theTotalIsTheirSumAsAFormulaStoring88_2AndTheSheetSaysWhy()
            throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, committees())) {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFCell total = Workbooks.find(s, "Summa", "Avvikelse");
            XSSFCell first = Workbooks.find(s, "Nämnd 1", "Avvikelse");
            XSSFCell last = Workbooks.find(s, "Nämnd 7", "Avvikelse");
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(B" + (first.getRowIndex() + 1) + ":B"
                    + (last.getRowIndex() + 1) + ")");
            assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).as("stored exactly as the sum shown, no residue").isEqualTo(88.2);
            assertThat(Workbooks.find(s, "Nämnd 2", "Avvikelse").getNumericCellValue()).isEqualTo(31.8);
            assertThat(colour(total)).as("still coloured by its meaning").isEqualTo(GREEN);
            assertThat(FormulaGuardTest.cellWith(wb, Labels.of(Language.SV).get("table.rounding.note"))).isNotNull();
            assertThat(wb.getForceFormulaRecalculation()).as("Excel recalculates on opening").isTrue();
            // POI's evaluator agrees with what is stored.
            double evaluated = wb.getCreationHelper().createFormulaEvaluator().evaluate(total).getNumberValue();
            assertThat(evaluated).isCloseTo(88.2, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aNetCostSubtractsTheRevenuesAndATotalOfSubtotalsRefersToThem() throws IOException {
        Table t = Table.builder("Kostnadsslag", "mnkr", List.of("Ack. utfall"))
                .row("Personal", List.of(Cell.amount(Money.ofMnkr("100.04"))))
                .row("Övrigt", List.of(Cell.amount(Money.ofMnkr("50.04"))))
                .total("Summa kostnader", List.of(Cell.amount(Money.ofMnkr("150.08"))), Sum.of(0, 1))
                .row("Intäkter", List.of(Cell.amount(Money.ofMnkr("20"))))
                .row("Avskrivningar", List.of(Cell.amount(Money.ofMnkr("5"))))
                .total("Nettokostnad", List.of(Cell.amount(Money.ofMnkr("135.08"))), Sum.of(2, 4).minus(3))
                .build();
        try (XSSFWorkbook wb = write(Language.SV, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            int costs = Workbooks.find(s, "Summa kostnader", "Ack. utfall").getRowIndex() + 1;
            XSSFCell net = Workbooks.find(s, "Nettokostnad", "Ack. utfall");
            assertThat(net.getCellFormula()).isEqualTo("SUM(B" + costs + ",B" + (costs + 2) + ")-SUM(B" + (costs + 1) + ")");
            assertThat(net.getNumericCellValue()).isEqualTo(135.0);
        }
    }

    @Test
    void figuresAreStoredAsTheyShowWithoutResidueOrNegativeZero() throws IOException {
        Table t = Table.builder("T", "Rad", List.of("Belopp", "Andel"))
                .row("Nettokostnad", List.of(Cell.amount(Money.ofSek(new BigDecimal("-2949999999.99"))),
                        Cell.change(new BigDecimal("-0.0004"), Cell.Meaning.FAVOURABLE_WHEN_POSITIVE)))
                .build();
        try (XSSFWorkbook wb = write(Language.SV, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(Workbooks.find(s, "Nettokostnad", "Belopp").getNumericCellValue()).isEqualTo(-2950.0);
            XSSFCell pct = Workbooks.find(s, "Nettokostnad", "Andel");
            assertThat(Double.doubleToRawLongBits(pct.getNumericCellValue())).as("0.0, not −0.0").isZero();
            assertThat(shown(pct, Locale.forLanguageTag("sv-SE"))).isEqualTo("0,0 %");
            assertThat(colour(pct)).as("shows nothing to colour").isEqualTo("none");
        }
    }

    @Test
    void noFormatColoursAFigureRedByItsSign() throws IOException {
        for (Language language : Language.values()) {
            try (XSSFWorkbook wb = Workbooks.open(SampleReports.xlsx(SampleReports.plan2025(language)))) {
                for (int i = 0; i < wb.getNumCellStyles(); i++) {
                    XSSFCellStyle style = wb.getCellStyleAt(i);
                    assertThat(style.getDataFormatString()).as(language + " style " + i).doesNotContain("[Red]");
                }
            }
        }
    }

    @Test
    void percentagesCarryTheSameLocaleTagAsAmountsInEitherLanguage() throws IOException {
        Table t = Table.builder("T", "Row", List.of("Amount", "Change"))
                .row("Net cost", List.of(Cell.amount(Money.ofMnkr("948.4")), Cell.percent(new BigDecimal("-0.005"))))
                .build();
        try (XSSFWorkbook wb = write(Language.EN, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            String amount = Workbooks.find(s, "Net cost", "Amount").getCellStyle().getDataFormatString();
            String percent = Workbooks.find(s, "Net cost", "Change").getCellStyle().getDataFormatString();
            assertThat(amount).startsWith("[$-809]").doesNotContain("[$-41D]");
            assertThat(percent).startsWith("[$-809]").doesNotContain("[$-41D]").contains("0.0%");
        }
        try (XSSFWorkbook wb = write(Language.SV, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(Workbooks.find(s, "Net cost", "Amount").getCellStyle().getDataFormatString()).startsWith("[$-41D]");
            assertThat(Workbooks.find(s, "Net cost", "Change").getCellStyle().getDataFormatString()).startsWith("[$-41D]")
                    .contains("\\ %");
        }
    }

    @Test
    void aChangeIsColouredByWhatItMeansAndAPlainPercentageIsNot() throws IOException {
        Table t = Table.builder("Kostnader", "Rad", List.of("Förändring, %"))
                .row("Kostnad som ökat", List.of(Cell.change(new BigDecimal("0.1"), Cell.Meaning.UNFAVOURABLE_WHEN_POSITIVE)))
                .row("Intäkt som ökat", List.of(Cell.change(new BigDecimal("0.1"), Cell.Meaning.FAVOURABLE_WHEN_POSITIVE)))
                .row("Andel", List.of(Cell.percent(new BigDecimal("-0.1"))))
                .build();
        try (XSSFWorkbook wb = write(Language.SV, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(colour(Workbooks.find(s, "Kostnad som ökat", "Förändring, %"))).isEqualTo(RED);
            assertThat(colour(Workbooks.find(s, "Intäkt som ökat", "Förändring, %"))).isEqualTo(GREEN);
            XSSFCell share = Workbooks.find(s, "Andel", "Förändring, %");
            assertThat(colour(share)).isEqualTo("none");
            assertThat(shown(share, Locale.forLanguageTag("sv-SE"))).isEqualTo("\u221210,0 %");
            assertThat(FormulaGuardTest.cellWith(wb, Labels.of(Language.SV).get("table.deviation.legend"))).isNotNull();
        }
    }

    static Table wide(int columns) {
        List<String> cols = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add("Kolumn " + c);
            cells.add(Cell.amount(Money.ofMnkr("1234.5")));
        }
        return Table.builder("Bred", "Rad", cols).row("Rad", cells).build();
    }

    @Test
    void aNarrowSheetPrintsPortraitAndAWideOneLandscapeBothOnePageWide() throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, List.of(new Section("Smal", "Smal", List.of(wide(3)), List.of()),
                new Section("Bred", "Bred", List.of(wide(10)), List.of())))) {
            assertThat(wb.getSheet("Smal").getPrintSetup().getLandscape()).isFalse();
            assertThat(wb.getSheet("Bred").getPrintSetup().getLandscape()).isTrue();
            for (XSSFSheet s : List.of(wb.getSheet("Smal"), wb.getSheet("Bred"))) {
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isZero();
            }
        }
    }

    static Table longTable(int rows) {
        Table.Builder b = Table.builder("Lång tabell", "Rad", List.of("Belopp", "Andel"));
        for (int i = 1; i <= rows; i++) {
            b.row("Rad " + i, List.of(Cell.amount(Money.ofMnkr(String.valueOf(i))), Cell.percent(new BigDecimal("0.01"))));
        }
        return b.total("Summa", List.of(Cell.amount(Money.ofMnkr(String.valueOf(rows * (rows + 1) / 2))),
                Cell.EMPTY), b.detailRows()).build();
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderAndNeverLeavesItsSummaAloneOnAPage() throws IOException {
        // Portrait holds about 48 rows of 15 points: 49 rows and a Summa would leave the Summa alone.
        for (int rows : List.of(47, 48, 49, 50, 120)) {
            try (XSSFWorkbook wb = write(Language.SV, longTable(rows))) {
                XSSFSheet s = wb.getSheetAt(0);
                int header = Workbooks.find(s, "Rad 1", "Belopp").getRowIndex() - 1;
                int summa = Workbooks.find(s, "Summa", "Belopp").getRowIndex();
                int[] breaks = s.getRowBreaks();
                for (int b : breaks) {
                    assertThat(summa - b).as(rows + " rows: rows after the break at " + b)
                            .isGreaterThanOrEqualTo(XlsxWriter.MIN_ROWS_AFTER_BREAK);
                    assertThat(b).as("never between the header and the first row").isGreaterThan(header);
                }
                if (breaks.length > 0) {
                    assertThat(s.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
                }
            }
        }
    }

    @Test
    void aTableThatFitsAPageButNotWhatIsLeftOfOneStartsANewPage() throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, longTable(30), longTable(30))) {
            XSSFSheet s = wb.getSheetAt(0);
            int[] breaks = s.getRowBreaks();
            assertThat(breaks).hasSize(1);
            // The break falls between the first table's last row (or its spacing) and the second table's title.
            int firstSumma = Workbooks.find(s, "Summa", "Belopp").getRowIndex();
            assertThat(breaks[0]).isBetween(firstSumma, firstSumma + 2);
            assertThat(s.getRepeatingRows()).as("nothing spans pages").isNull();
        }
    }
}
