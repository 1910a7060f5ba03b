package se.balans.reports.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static se.balans.reports.forecast.ForecastTemplateTest.assertRefused;
import static se.balans.reports.forecast.ForecastTemplateTest.edit;
import static se.balans.reports.forecast.ForecastTemplateTest.expectedAnswer;
import static se.balans.reports.forecast.ForecastTemplateTest.fillIn;
import static se.balans.reports.forecast.ForecastTemplateTest.set;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.CommitteeForecast.Confidence;
import se.balans.engine.forecast.CommitteeForecast.Item;
import se.balans.engine.money.Money;
import se.balans.engine.trace.SourceFile;
import se.balans.reports.ExternalTools;
import se.balans.reports.text.Language;

/**
 * A committee that fills its template in and saves it with LibreOffice Calc: templates filled in
 * with POI are opened and saved as xlsx by LibreOffice headless, then read back. What the committee
 * answered comes back as it was; an altered figure and text in a number cell are still refused
 * naming the file, the sheet and the cell. LibreOffice starts slowly, so all the templates go
 * through it in one run, for the class. Skipped where soffice is missing, unless BALANS_REQUIRE_TOOLS=1.
 */
class ForecastTemplateLibreOfficeTest {
    @TempDir
    static Path dir;

    /** Each template as filled in with POI, and as LibreOffice saved it. */
    private static final Map<String, Path> FILLED = new LinkedHashMap<>();
    private static final Map<String, Path> SAVED = new LinkedHashMap<>();

    /** HSN's answer typed as a Swedish user types numbers, kept as text: −35,5 and 1 234,5 (no-break space). */
    private static final CommitteeForecast TYPED_AS_TEXT = new CommitteeForecast("HSN", YearMonth.of(2027, 3),
            Money.ofMnkr("-35.5"), expectedAnswer().comment(), Confidence.MEDIUM, expectedAnswer().risks(),
            List.of(new Item("Anställningsstopp administration", Money.ofMnkr("1234.5"))));

    @BeforeAll
    static void fillInAndSaveWithLibreOffice() throws IOException, InterruptedException {
        ExternalTools.require("soffice");
        Path template = dir.resolve("prognosmall-HSN-2027-03.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new ForecastTemplateWriter().write(toTheOre(), Language.SV, out);
        }
        Path filled = Files.createDirectories(dir.resolve("filled"));
        FILLED.put("filler", filled.resolve("filler.xlsx"));
        ForecastTemplateFiller.fill(template, expectedAnswer(), Language.SV, FILLED.get("filler"));
        filledIn(template, "typed-as-text", wb -> {
            fillIn(wb, "\u221235,5");
            set(wb, "Prognos!F22", "1\u00a0234,5");
        });
        filledIn(template, "altered-figure", wb -> {
            fillIn(wb, -35.5);
            // Utfall hittills for verksamhetens intäkter, first row of the figures table.
            wb.getSheet("Prognos").protectSheet(null);
            set(wb, "Prognos!B30", 95.25);
        });
        filledIn(template, "text-in-number", wb -> {
            fillIn(wb, -35.5);
            set(wb, "Prognos!F15", "ungefär 8");
        });
        filledIn(template, "formula", wb -> {
            fillIn(wb, -35.5);
            // LibreOffice computes and stores -35.5 as the formula's result; the reader must not take it.
            wb.getSheet("Prognos").getRow(9).getCell(1).setCellFormula("-30-5.5");
        });
        List<Path> saved = ExternalTools.libreOfficeToXlsx(dir, FILLED.values().toArray(Path[]::new));
        int i = 0;
        for (String name : FILLED.keySet()) {
            SAVED.put(name, saved.get(i++));
        }
    }

    /**
     * HSN's template with a large figure to the öre (B31, the costs so far: 10 958 123 456,78 kr): LibreOffice
     * writes numbers in its own way, and the figure must still be exactly the one the fingerprint covers.
     */
    static ForecastTemplate toTheOre() {
        ForecastTemplate t = ForecastTemplateTest.hsnAfterMarch2027();
        List<ForecastTemplate.Figures> lines = new ArrayList<>(t.lines());
        ForecastTemplate.Figures costs = lines.get(1);
        lines.set(1, new ForecastTemplate.Figures(costs.line(), Money.ofMnkr("-10958.12345678"), costs.budgetToDate(),
                costs.lastYearToDate(), costs.annualBudget(), costs.proposal()));
        return new ForecastTemplate(t.organisation(), t.committee(), t.month(), t.closingId(), t.closingFingerprint(),
                t.closedAt(), t.frame(), lines, t.netCost(), t.method(), t.backtestError());
    }

    private static void filledIn(Path template, String name, Consumer<XSSFWorkbook> change) throws IOException {
        Path file = Files.copy(template, dir.resolve("filled").resolve(name + ".xlsx"));
        FILLED.put(name, edit(file, change));
    }

    @Test
    void aTemplateFilledInAndSavedByLibreOfficeComesBackWithItsIdentityAndAnswer() throws IOException {
        Path saved = SAVED.get("filler");

        FilledTemplate back = new ForecastTemplateReader().read(saved);

        assertThat(back.forecast()).isEqualTo(expectedAnswer());
        assertThat(back.organisationNumber()).isEqualTo("232100-0016");
        assertThat(back.committee()).isEqualTo("HSN");
        assertThat(back.month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(back.closingId()).isEqualTo(42);
        assertThat(back.closingFingerprint()).isEqualTo(ForecastTemplateTest.CLOSING_FINGERPRINT);
        assertThat(back.fileSha256()).isEqualTo(SourceFile.sha256(Files.readAllBytes(saved)))
                .isNotEqualTo(SourceFile.sha256(Files.readAllBytes(FILLED.get("filler"))));
        // What the committee sees after saving: the identity still out of sight, the figures still locked.
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetVisibility(wb.getSheetIndex("_balans"))).isNotEqualTo(SheetVisibility.VISIBLE);
            assertThat(wb.getSheet("Prognos").getProtect()).isTrue();
        }
    }

    @Test
    void numbersTypedAsSwedishTextComeBackFromLibreOffice() {
        FilledTemplate back = new ForecastTemplateReader().read(SAVED.get("typed-as-text"));

        assertThat(back.forecast()).isEqualTo(TYPED_AS_TEXT);
    }

    @Test
    void aFigureAlteredBeforeLibreOfficeSavedItIsStillRefused() {
        assertRefused(SAVED.get("altered-figure"), "Prognos!B30",
                "a protected figure has been changed: expected 85.25 mnkr as the template was made, found 95.25");
    }

    @Test
    void textInANumberCellSavedByLibreOfficeIsRefused() {
        assertRefused(SAVED.get("text-in-number"), "Prognos!F15",
                "expected a number in mnkr (e.g. −12,5), found 'ungefär 8'");
    }

    @Test
    void aFormulaLibreOfficeComputedIsNotTakenForTheForecast() {
        assertRefused(SAVED.get("formula"), "Prognos!B10", "expected a number in mnkr typed in, found a formula");
    }
}
