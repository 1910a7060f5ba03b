package se.balans.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.app.closing.ReopenMonth;
import se.balans.engine.forecast.CommitteeForecast;
import se.balans.engine.forecast.ForecastRound;
import se.balans.engine.money.Money;
import se.balans.engine.organisation.Organisation;
import se.balans.io.InputFileException;
import se.balans.reports.text.Language;
import se.balans.store.ForecastSubmission;
import se.balans.store.Store;

/**
 * The round after March 2026 in the sample: templates written from the closing, HSN's filled in as a
 * committee would (a deficit of 35,5 against its frame), imported, and the round shown with HSN's forecast
 * and everyone else's proposal, marked.
 */
class ForecastRoundTest {
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Organisation SAMPLE = Organisation.of("Region Västerbotten", "232100-0222");

    @TempDir
    Path dir;

    Store closedStore() {
        Store store = SampleWorkspace.storeWithLedger();
        store.bindOrganisation(SAMPLE);
        CloseMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup()));
        return store;
    }

    /** Fills a template's input cells with POI: B10 the deviation (a number or typed text), B11 the confidence, B12 a comment. */
    static Path fill(Path template, Object deviation, String comment) throws IOException {
        Path filled = template.resolveSibling("filled-" + template.getFileName());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            if (deviation instanceof Double d) {
                s.getRow(9).getCell(1).setCellValue(d);
            } else {
                s.getRow(9).getCell(1).setCellValue((String) deviation);
            }
            s.getRow(10).getCell(1).setCellValue("Medel");
            s.getRow(11).getCell(1).setCellValue(comment);
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }

    @Test
    void aFilledTemplateIsTheCommitteesForecastOfRecordAndTheOthersStandOnTheProposal() throws IOException {
        try (Store store = closedStore()) {
            List<Path> written = WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(MARCH,
                    Language.SV, dir));
            assertThat(written).extracting(p -> p.getFileName().toString())
                    .contains("prognosmall-2026-03-HSN.xlsx", "prognosmall-2026-03-RS.xlsx");
            Path hsn = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), -35.5, "Hyrpersonal och läkemedel.");

            List<ForecastSubmission> stored = ImportForecasts.run(store, new ImportForecasts.Request(List.of(hsn)));

            assertThat(stored).singleElement().satisfies(s -> {
                assertThat(s.forecast().committee()).isEqualTo("HSN");
                assertThat(s.forecast().deviation()).isEqualTo(Money.ofMnkr("-35.5"));
                assertThat(s.forecast().confidence()).isEqualTo(CommitteeForecast.Confidence.MEDIUM);
            });
            ForecastRound round = ShowForecastRound.run(store, MARCH).round();
            ForecastRound.Line line = round.committees().stream().filter(l -> l.committee().equals("HSN")).findFirst()
                    .orElseThrow();
            assertThat(line.forecast()).isEqualTo(line.frame().plus(Money.ofMnkr("35.5")));
            assertThat(round.missing()).doesNotContain("HSN").contains("RS");
            // The round's total is the sum of its parts to the öre: HSN's own forecast and the others' proposals.
            Money others = round.committees().stream().filter(l -> !l.committee().equals("HSN"))
                    .map(ForecastRound.Line::proposal).reduce(Money.ZERO, Money::plus);
            assertThat(round.totalForecast()).isEqualTo(others.plus(line.forecast()));
            assertThat(store.auditLog()).anySatisfy(e -> assertThat(e.action()).isEqualTo("forecast"));
            // The monthly report tells the round in words, beside its tables.
            var closing = store.closing(MARCH).orElseThrow();
            var followUp = se.balans.app.closing.ClosingFollowUp.of(store, closing, java.util.Optional.empty(),
                    java.util.Optional.empty());
            var report = se.balans.reports.closing.MonthlyReport.build(closing.closing(), closing.info().id(),
                    "Region Västerbotten", se.balans.app.closing.StoredClosings.committeeNames(closing, Language.SV),
                    Language.SV, new se.balans.reports.document.DocumentMetadata(closing.info().inputsSha256(), "test",
                            closing.info().closedAt().toInstant()), followUp);
            assertThat(report.sections()).anySatisfy(sec -> {
                assertThat(sec.shortTitle()).isEqualTo("Prognosrunda");
                assertThat(sec.paragraphs()).contains("Hälso- och sjukvårdsnämnden bedömer ett underskott mot ramen på "
                        + "35,5 miljoner kronor. Hyrpersonal och läkemedel.");
                // Traced to the workbook HSN sent: its file and SHA-256.
                assertThat(sec.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Nämndernas prognoser är inlästa "
                        + "ur deras mallar: Hälso- och sjukvårdsnämnden ur filled-prognosmall-2026-03-HSN.xlsx (SHA-256 "));
            });

            // Imported again with a new figure: it replaces HSN's forecast, the first is kept.
            Path again = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), "−40,0", "Sämre.");
            ImportForecasts.run(store, new ImportForecasts.Request(List.of(again)));
            assertThat(store.forecasts(MARCH, false)).singleElement()
                    .satisfies(s -> assertThat(s.forecast().deviation()).isEqualTo(Money.ofMnkr("-40")));
            assertThat(store.forecasts(MARCH, true)).hasSize(2);
        }
    }

    @Test
    void aTemplateOfAClosingClosedAgainIsStaleAndRefusedNamingTheCell() throws IOException {
        try (Store store = closedStore()) {
            WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(MARCH, Language.SV, dir));
            Path hsn = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), -35.5, "");
            ReopenMonth.run(store, new CloseMonth.Request(MARCH, SampleWorkspace.setup()));

            assertThatThrownBy(() -> ImportForecasts.run(store, new ImportForecasts.Request(List.of(hsn))))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("filled-prognosmall-2026-03-HSN.xlsx")
                    .hasMessageContaining("cell _balans!B6").hasMessageContaining("stale");
            assertThat(store.forecasts(MARCH, true)).isEmpty();
        }
    }

    @Test
    void textInTheDeviationCellIsRefusedWithFileSheetAndCellAndNothingIsStored() throws IOException {
        try (Store store = closedStore()) {
            WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(MARCH, Language.SV, dir));
            Path good = fill(dir.resolve("prognosmall-2026-03-RS.xlsx"), -5.0, "");
            Path bad = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), "ungefär 30", "");

            assertThatThrownBy(() -> ImportForecasts.run(store, new ImportForecasts.Request(List.of(good, bad))))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("filled-prognosmall-2026-03-HSN.xlsx")
                    .hasMessageContaining("cell Prognos!B10");
            assertThat(store.forecasts(MARCH, true)).as("all files or none").isEmpty();
        }
    }

    @Test
    void anotherOrganisationsTemplateIsRefused() throws IOException {
        Path hsn;
        try (Store store = closedStore()) {
            WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(MARCH, Language.SV, dir));
            hsn = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), -35.5, "");
        }
        try (Store other = SampleWorkspace.emptyStore()) {
            other.bindOrganisation(Organisation.of("Region Fjällbo", "232100-0016"));
            assertThatThrownBy(() -> ImportForecasts.run(other, new ImportForecasts.Request(List.of(hsn))))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("cell _balans!B3")
                    .hasMessageContaining("232100-0222").hasMessageContaining("Region Fjällbo");
        }
    }

    @Test
    void aTemplateOfAMonthThisStoreHasNotClosedIsRefused() throws IOException {
        Path hsn;
        try (Store store = closedStore()) {
            WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(MARCH, Language.SV, dir));
            hsn = fill(dir.resolve("prognosmall-2026-03-HSN.xlsx"), -35.5, "");
        }
        try (Store february = SampleWorkspace.storeWithLedger()) {
            february.bindOrganisation(SAMPLE);
            CloseMonth.run(february, new CloseMonth.Request(MARCH.minusMonths(1), SampleWorkspace.setup()));
            assertThatThrownBy(() -> ImportForecasts.run(february, new ImportForecasts.Request(List.of(hsn))))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("cell _balans!B5")
                    .hasMessageContaining("2026-03, which is not closed");
        }
    }
}
