package se.balans.reports.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.CommitteeForecast.Confidence;
import se.balans.engine.forecast.CommitteeForecast.Item;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.SourceFile;
import se.balans.reports.text.Language;

/**
 * Region Fjällbo's hälso- och sjukvårdsnämnd gets its template after the March 2027 closing, fills
 * it in, and sends it back; what comes back is read, or refused naming the cell to fix. The same
 * through LibreOffice: {@link ForecastTemplateLibreOfficeTest}.
 */
class ForecastTemplateTest {
    static final String CLOSING_FINGERPRINT = "3f".repeat(32);
    static final Instant CLOSED_AT = Instant.parse("2027-04-08T14:30:00Z");

    @TempDir
    Path dir;

    static ForecastTemplate hsnAfterMarch2027() {
        return new ForecastTemplate(Organisation.of("Region Fjällbo", "232100-0016"),
                new Committee("HSN", "Hälso- och sjukvårdsnämnden", "Health and Care Committee"),
                YearMonth.of(2027, 3), 42, CLOSING_FINGERPRINT, CLOSED_AT, Money.ofMnkr("1200"),
                List.of(figures(IncomeStatementLine.OPERATING_REVENUE, "85.25", "80", "78.1", "320", "330.4"),
                        figures(IncomeStatementLine.OPERATING_COSTS, "-392.123456", "-380", "-371.9", "-1500", "-1548.2"),
                        figures(IncomeStatementLine.DEPRECIATION, "-5", "-5", "-4.8", "-20", "-20")),
                figures(IncomeStatementLine.NET_OPERATING_COST, "-311.873456", "-305", "-298.6", "-1200", "-1237.8"),
                "Säsong: utfall ÷ andel", Optional.of(Money.ofMnkr("4.2")));
    }

    static ForecastTemplate.Figures figures(IncomeStatementLine line, String... mnkr) {
        return new ForecastTemplate.Figures(line, Money.ofMnkr(mnkr[0]), Money.ofMnkr(mnkr[1]), Money.ofMnkr(mnkr[2]),
                Money.ofMnkr(mnkr[3]), Money.ofMnkr(mnkr[4]));
    }

    Path template(Language language) throws IOException {
        Path file = dir.resolve("prognosmall-HSN-2027-03-" + language + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ForecastTemplateWriter().write(hsnAfterMarch2027(), language, out);
        }
        return file;
    }

    /** Edits a workbook with POI as a committee's spreadsheet program would, and saves it. */
    static Path edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void set(XSSFWorkbook wb, String ref, Object value) {
        CellReference at = new CellReference(ref);
        XSSFSheet sheet = wb.getSheet(at.getSheetName());
        var row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        var cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    /** HSN's answer: a deficit of 35,5 mnkr, medium confidence, two risks and one action. */
    static void fillIn(XSSFWorkbook wb, Object deviation) {
        set(wb, "Prognos!B10", deviation);
        set(wb, "Prognos!B11", "Medel");
        set(wb, "Prognos!B12", "Hyrpersonal inom akutsjukvården över budget.\nÅtgärder beslutade i april.");
        set(wb, "Prognos!B15", "Fortsatt hög beläggning");
        set(wb, "Prognos!F15", -8);
        set(wb, "Prognos!B16", "Vårdgaranti, köpt vård");
        set(wb, "Prognos!F16", "\u22124,5");
        set(wb, "Prognos!B22", "Anställningsstopp administration");
        set(wb, "Prognos!F22", 6.25);
    }

    /** HSN's answer with one cell then set otherwise. */
    Path filledInThen(String ref, Object value) throws IOException {
        return edit(template(Language.SV), wb -> {
            fillIn(wb, -35.5);
            set(wb, ref, value);
        });
    }

    static CommitteeForecast expectedAnswer() {
        return new CommitteeForecast("HSN", YearMonth.of(2027, 3), Money.ofMnkr("-35.5"),
                "Hyrpersonal inom akutsjukvården över budget.\nÅtgärder beslutade i april.", Confidence.MEDIUM,
                List.of(new Item("Fortsatt hög beläggning", Money.ofMnkr("-8")),
                        new Item("Vårdgaranti, köpt vård", Money.ofMnkr("-4.5"))),
                List.of(new Item("Anställningsstopp administration", Money.ofMnkr("6.25"))));
    }

    @Test
    void aFilledInTemplateIsReadBackWithItsIdentityAndTheCommitteesAnswer() throws IOException {
        Path file = edit(template(Language.SV), wb -> fillIn(wb, -35.5));

        FilledTemplate filled = new ForecastTemplateReader().read(file);

        assertThat(filled.organisationNumber()).isEqualTo("232100-0016");
        assertThat(filled.committee()).isEqualTo("HSN");
        assertThat(filled.month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(filled.closingId()).isEqualTo(42);
        assertThat(filled.closingFingerprint()).isEqualTo(CLOSING_FINGERPRINT);
        assertThat(filled.forecast()).isEqualTo(expectedAnswer());
        assertThat(filled.forecast().netCost(Money.ofMnkr("1200"))).isEqualTo(Money.ofMnkr("1235.5"));
        assertThat(filled.fileSha256()).isEqualTo(SourceFile.sha256(Files.readAllBytes(file)));
    }

    @Test
    void aDeviationTypedAsSwedishTextIsReadAsTheNumber() throws IOException {
        Path file = edit(template(Language.SV), wb -> fillIn(wb, "\u221235,5"));

        assertThat(new ForecastTemplateReader().read(file).forecast()).isEqualTo(expectedAnswer());
    }

    @Test
    void numbersAsPeopleTypeThem() {
        assertThat(ForecastTemplateReader.parseNumber("\u221212,5")).contains(new BigDecimal("-12.5"));
        assertThat(ForecastTemplateReader.parseNumber("-12,5")).contains(new BigDecimal("-12.5"));
        assertThat(ForecastTemplateReader.parseNumber("1\u00a0234,5")).contains(new BigDecimal("1234.5"));
        assertThat(ForecastTemplateReader.parseNumber("\u22121\u202f234,5")).contains(new BigDecimal("-1234.5"));
        assertThat(ForecastTemplateReader.parseNumber("1 234")).contains(new BigDecimal("1234"));
        assertThat(ForecastTemplateReader.parseNumber("12.5")).contains(new BigDecimal("12.5"));
        assertThat(ForecastTemplateReader.parseNumber("ungefär 30")).isEmpty();
        assertThat(ForecastTemplateReader.parseNumber("12 34,5")).isEmpty();
        assertThat(ForecastTemplateReader.parseNumber("1,234,5")).isEmpty();
    }

    @Test
    void theEnglishTemplateHasItsOwnSheetAndChoices() throws IOException {
        Path file = edit(template(Language.EN), wb -> {
            set(wb, "Forecast!B10", 12);
            set(wb, "Forecast!B11", "High");
        });

        CommitteeForecast forecast = new ForecastTemplateReader().read(file).forecast();

        assertThat(forecast.deviation()).isEqualTo(Money.ofMnkr("12"));
        assertThat(forecast.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(forecast.comment()).isEmpty();
        assertThat(forecast.risks()).isEmpty();
    }

    @Test
    void textThatIsNotANumberInTheDeviationIsRefused() throws IOException {
        Path file = edit(template(Language.SV), wb -> fillIn(wb, "ungefär 30"));

        assertRefused(file, "Prognos!B10", "expected a number in mnkr (e.g. −12,5), found 'ungefär 30'");
    }

    @Test
    void aTemplateWithoutADeviationIsRefused() throws IOException {
        Path file = edit(template(Language.SV), wb -> set(wb, "Prognos!B11", "Hög"));

        assertRefused(file, "Prognos!B10", "no forecast entered");
    }

    @Test
    void anAlteredProtectedFigureIsRefusedNamingItsCell() throws IOException {
        Path file = edit(template(Language.SV), wb -> {
            fillIn(wb, -35.5);
            // Utfall hittills for verksamhetens intäkter, first row of the figures table.
            wb.getSheet("Prognos").protectSheet(null);
            set(wb, "Prognos!B30", 95.25);
        });

        assertRefused(file, "Prognos!B30", "a protected figure has been changed: expected 85.25 mnkr as the template"
                + " was made, found 95.25");
    }

    @Test
    void anIdentityOutOfStepWithItsFingerprintIsRefused() throws IOException {
        Path file = filledInThen("_balans!B6", "43");

        assertRefused(file, "_balans!B9", "no longer match its fingerprint");
    }

    @Test
    void aConfidenceOutsideTheListIsRefused() throws IOException {
        Path file = filledInThen("Prognos!B11", "Ganska säker");

        assertRefused(file, "Prognos!B11", "expected one of Hög, Medel, Låg, found 'Ganska säker'");
    }

    @Test
    void aRiskWithAnEffectButNoDescriptionIsRefused() throws IOException {
        Path file = filledInThen("Prognos!F17", -3);

        assertRefused(file, "Prognos!B17", "a risk with an effect needs a description");
    }

    @Test
    void anActionWithoutItsEffectIsRefused() throws IOException {
        Path file = filledInThen("Prognos!B23", "Översyn av bemanning");

        assertRefused(file, "Prognos!F23", "expected the action's effect in mnkr");
    }

    @Test
    void aWorkbookWithoutTheIdentitySheetIsNotATemplate() throws IOException {
        Path file = edit(template(Language.SV), wb -> {
            fillIn(wb, -35.5);
            wb.removeSheetAt(wb.getSheetIndex("_balans"));
        });

        assertRefused(file, "_balans!A1", "not a Balans forecast template: the hidden sheet _balans");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNotATemplate() throws IOException {
        Path file = Files.writeString(dir.resolve("prognos.xlsx"), "konto;belopp\n");

        assertThatThrownBy(() -> new ForecastTemplateReader().read(file))
                .isInstanceOfSatisfying(ForecastTemplateException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.field()).isNull();
                    assertThat(e.detail()).contains("not an Excel workbook");
                });
    }

    @Test
    void onlyTheInputCellsAreOpenAndTheIdentityIsHiddenAndInTheProperties() throws IOException {
        try (InputStream in = Files.newInputStream(template(Language.SV)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Prognos");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().getAlgorithmName()).isEqualTo("SHA-512");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("_balans"))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            for (String input : List.of("B10", "B11", "B12", "B15", "F15", "B19", "F19", "B22", "F22", "B26", "F26")) {
                assertThat(cellStyle(sheet, input).getLocked()).as(input).isFalse();
            }
            for (String locked : List.of("B7", "B30", "F33", "A10", "B2")) {
                assertThat(cellStyle(sheet, locked).getLocked()).as(locked).isTrue();
            }
            assertThat(sheet.getRow(29).getCell(1).getNumericCellValue()).isEqualTo(85.25);
            assertThat(sheet.getRow(30).getCell(1).getNumericCellValue()).isEqualTo(-392.123456);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("prognos efter mars 2027");
            assertThat(sheet.getDataValidations()).hasSize(4);
            var custom = wb.getProperties().getCustomProperties();
            assertThat(custom.getProperty("BalansClosingId").getLpwstr()).isEqualTo("42");
            assertThat(custom.getProperty("BalansMonth").getLpwstr()).isEqualTo("2027-03");
            assertThat(custom.getProperty("BalansTemplateFingerprint").getLpwstr())
                    .isEqualTo(wb.getSheet("_balans").getRow(8).getCell(1).getStringCellValue()).hasSize(64);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void theSameClosingGivesTheSameTemplateBytesDatedByTheClosing() throws IOException, InterruptedException {
        byte[] first = Files.readAllBytes(template(Language.SV));
        Thread.sleep(2100);   // past the zip format's two-second resolution: a clock-stamped entry would differ
        byte[] second = Files.readAllBytes(template(Language.SV));

        assertThat(second).isEqualTo(first);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(first))) {
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(CLOSED_AT);
            // The salted hashes still open with the password, and only with it.
            assertThat(wb.getSheet("Prognos").validateSheetPassword("balans")).isTrue();
            assertThat(wb.getSheet("Prognos").validateSheetPassword("balanz")).isFalse();
            assertThat(wb.validateWorkbookPassword("balans")).isTrue();
            assertThat(wb.validateWorkbookPassword("balanz")).isFalse();
        }
        Path filledOnce = dir.resolve("once.xlsx");
        Path filledTwice = dir.resolve("twice.xlsx");
        ForecastTemplateFiller.fill(template(Language.SV), expectedAnswer(), Language.SV, filledOnce);
        Thread.sleep(2100);
        ForecastTemplateFiller.fill(template(Language.SV), expectedAnswer(), Language.SV, filledTwice);
        assertThat(Files.readAllBytes(filledTwice)).isEqualTo(Files.readAllBytes(filledOnce));
        assertThat(new ForecastTemplateReader().read(filledTwice).forecast()).isEqualTo(expectedAnswer());
    }

    private static org.apache.poi.ss.usermodel.CellStyle cellStyle(XSSFSheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        return sheet.getRow(at.getRow()).getCell(at.getCol()).getCellStyle();
    }

    /** The reader refuses the file naming the cell ("Prognos!B10") with a detail containing the message. */
    static void assertRefused(Path file, String cell, String message) {
        assertThatThrownBy(() -> new ForecastTemplateReader().read(file))
                .isInstanceOfSatisfying(ForecastTemplateException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.field()).isEqualTo(cell);
                    assertThat(e.detail()).contains(message);
                });
    }
}
