package se.balans.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.balans.engine.money.Money;
import se.balans.reports.SampleReports;
import se.balans.reports.document.ReportDocument;
import se.balans.reports.document.Section;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Deviations;
import se.balans.reports.table.Table;
import se.balans.reports.text.Language;

/**
 * A deviation in the workbook is a real number in the mnkr format, green when it is good news and red when
 * it is bad news whatever its sign, never red by its format, and never shown as "−0,0".
 */
class DeviationColoursTest {
    private static final String GREEN = "1E7B34";
    private static final String RED = "C00000";
    private static final String COLUMN = Deviations.COLUMN;

    static XSSFWorkbook write(Language language, Table... tables) throws IOException {
        ReportDocument doc = new ReportDocument("Rapport", "Region Test", "2026", language, SampleReports.metadata(),
                List.of(new Section("Avsnitt", "Avsnitt", List.of(tables), List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(doc, out);
        return Workbooks.open(out.toByteArray());
    }

    private static String colour(XSSFCell c) {
        XSSFColor colour = c.getCellStyle().getFont().getXSSFColor();
        return colour == null || colour.getRGB() == null ? "none" : String.format("%02X%02X%02X",
                colour.getRGB()[0] & 0xFF, colour.getRGB()[1] & 0xFF, colour.getRGB()[2] & 0xFF);
    }

    private static String shown(XSSFCell c) {
        return new DataFormatter(Locale.forLanguageTag("sv-SE")).formatCellValue(c);
    }

    @Test
    void aDeviationIsGreenWhenGoodNewsAndRedWhenBadWhateverItsSign() throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, Deviations.sample())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(colour(Workbooks.find(s, "Överskott mot ram", COLUMN))).isEqualTo(GREEN);
            assertThat(colour(Workbooks.find(s, "Underskott mot ram", COLUMN))).isEqualTo(RED);
            assertThat(colour(Workbooks.find(s, "Kostnad över budget", COLUMN))).isEqualTo(RED);
            assertThat(colour(Workbooks.find(s, "Kostnad under budget", COLUMN))).isEqualTo(GREEN);
            assertThat(colour(Workbooks.find(s, "Femtio tusen under", COLUMN))).as("shows −0,1").isEqualTo(RED);
            XSSFCell total = Workbooks.find(s, "Summa", COLUMN);
            assertThat(colour(total)).isEqualTo(RED);
            assertThat(total.getCellStyle().getFont().getBold()).as("a total stays bold").isTrue();
            for (String neutral : List.of("Noll", "Ett öre under", "Fyrtio tusen under")) {
                assertThat(colour(Workbooks.find(s, neutral, COLUMN))).as(neutral).isEqualTo("none");
            }
        }
    }

    @Test
    void aDeviationIsARealNumberInTheAmountFormatWithoutRedAndNeverMinusZero() throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, Deviations.sample())) {
            XSSFSheet s = wb.getSheetAt(0);
            for (String label : List.of("Överskott mot ram", "Underskott mot ram", "Kostnad över budget",
                    "Kostnad under budget", "Noll", "Ett öre under", "Fyrtio tusen under", "Femtio tusen under", "Summa")) {
                XSSFCell c = Workbooks.find(s, label, COLUMN);
                assertThat(c.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
                assertThat(c.getCellStyle().getDataFormatString()).as(label).doesNotContain("[Red]")
                        .contains("#,##0.0");
                assertThat(shown(c)).as(label).doesNotMatch("[\u2212-]0[,.]0");
            }
            assertThat(Workbooks.find(s, "Underskott mot ram", COLUMN).getNumericCellValue()).isEqualTo(-4.5);
            assertThat(shown(Workbooks.find(s, "Underskott mot ram", COLUMN))).isEqualTo("\u22124,5");
            assertThat(shown(Workbooks.find(s, "Femtio tusen under", COLUMN))).isEqualTo("\u22120,1");
            // The cell holds the figure it shows (rule changed: values are stored rounded to what they show).
            XSSFCell ore = Workbooks.find(s, "Ett öre under", COLUMN);
            assertThat(ore.getNumericCellValue()).isEqualTo(0.0);
            assertThat(shown(ore)).isEqualTo("0,0");
            assertThat(shown(Workbooks.find(s, "Fyrtio tusen under", COLUMN))).isEqualTo("0,0");
            // A plain amount is never coloured by its sign (rule changed: it was red when negative).
            assertThat(Workbooks.find(s, "Belopp", COLUMN).getCellStyle().getDataFormatString()).doesNotContain("[Red]");
        }
    }

    @Test
    void aPlainAmountThatShowsAsZeroShowsNoMinusAndNoRed() throws IOException {
        Table t = Table.builder("Belopp nära noll", "Post", List.of(COLUMN))
                .row("Fyra hundra kronor under", List.of(Cell.amount(Money.ofSek(-400))))
                .row("Fyrtio tusen under", List.of(Cell.amount(Money.ofSek(-40_000))))
                .row("Sextio tusen under", List.of(Cell.amount(Money.ofSek(-60_000)))).build();
        try (XSSFWorkbook wb = write(Language.SV, t)) {
            XSSFSheet s = wb.getSheetAt(0);
            XSSFCell small = Workbooks.find(s, "Fyra hundra kronor under", COLUMN);
            // Stored as shown (rule changed: the exact −0,0004 was kept before): zero, never a negative zero.
            assertThat(small.getNumericCellValue()).as("stored as shown").isEqualTo(0.0);
            assertThat(Double.doubleToRawLongBits(small.getNumericCellValue())).as("not −0.0").isZero();
            assertThat(shown(small)).isEqualTo("0,0");
            assertThat(small.getCellStyle().getDataFormatString()).doesNotContain("[Red]");
            assertThat(shown(Workbooks.find(s, "Fyrtio tusen under", COLUMN))).isEqualTo("0,0");
            // −0,06 mnkr shows as −0,1: a real negative figure, with its minus but not red (rule changed).
            XSSFCell sixty = Workbooks.find(s, "Sextio tusen under", COLUMN);
            assertThat(shown(sixty)).isEqualTo("\u22120,1");
            assertThat(sixty.getNumericCellValue()).isEqualTo(-0.1);
            assertThat(sixty.getCellStyle().getDataFormatString()).doesNotContain("[Red]");
        }
    }

    @Test
    void theColoursAreExplainedUnderTheTableInTheReportsLanguage() throws IOException {
        try (XSSFWorkbook wb = write(Language.SV, Deviations.sample())) {
            assertThat(FormulaGuardTest.cellWith(wb, "Avvikelser positiva vid överskott.").getRowIndex())
                    .isLessThan(FormulaGuardTest.cellWith(wb, "Grönt: gynnsam avvikelse, rött: ogynnsam.").getRowIndex());
        }
        try (XSSFWorkbook wb = write(Language.EN, Deviations.sample())) {
            assertThat(FormulaGuardTest.cellWith(wb, "Green: favourable, red: unfavourable.")).isNotNull();
        }
        Table neutral = Table.builder("Inget att färga", "Rad", List.of(COLUMN))
                .row("Noll", List.of(Cell.favourableWhenPositive(Money.ZERO))).build();
        try (XSSFWorkbook wb = write(Language.SV, neutral)) {
            assertThat(FormulaGuardTest.cells(wb)).noneMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().startsWith("Grönt"));
        }
    }

    @Test
    void theDeviationStylesAreMadeOnceNotPerCell() throws IOException {
        Table.Builder many = Table.builder("Många", "Rad", List.of(COLUMN));
        for (int i = 0; i < 500; i++) {
            many.row("Rad " + i, List.of(Cell.favourableWhenPositive(Money.ofMnkr(String.valueOf(i % 2 == 0 ? i : -i)))));
        }
        try (XSSFWorkbook one = write(Language.SV, Deviations.sample()); XSSFWorkbook both = write(Language.SV, Deviations.sample(), many.build())) {
            assertThat(both.getNumCellStyles()).isEqualTo(one.getNumCellStyles());
        }
    }
}
