package se.balans.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.app.MissingInputException;
import se.balans.app.SampleWorkspace;
import se.balans.app.closing.CloseMonth;
import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.treasury.LoanInterestForecast;
import se.balans.io.treasury.LoanRegister;
import se.balans.reports.text.Labels;
import se.balans.reports.text.Language;
import se.balans.store.Store;

/**
 * The sample's 2025: HSN forecasts a deficit of 250 after April, the finance unit taxes at 8 530; the year
 * closes in December. The accuracy sets April's round against December's outcome, and the loans' interest of
 * a round is computed from the sample's loan register when the central items ask for it.
 */
class ForecastAccuracyOfYearTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @TempDir
    Path dir;

    @Test
    void aRoundOfTheYearAgainstItsDecemberOutcome() throws IOException {
        try (Store store = SampleWorkspace.storeWithLedger()) {
            store.bindOrganisation(ForecastRoundTest.SAMPLE);
            CloseMonth.run(store, new CloseMonth.Request(APRIL, SampleWorkspace.setup()));
            assertThatThrownBy(() -> ShowForecastAccuracy.run(store, 2025, List.of()))
                    .isInstanceOf(MissingInputException.class).hasMessageContaining("December 2025 is not closed");
            CloseMonth.run(store, new CloseMonth.Request(DECEMBER, SampleWorkspace.setup()));
            WriteForecastTemplates.run(store, new WriteForecastTemplates.Request(APRIL, Language.SV, dir));
            Path hsn = ForecastRoundTest.fill(dir.resolve("prognosmall-2025-04-HSN.xlsx"), -250.0, "Hyrpersonal.");
            ImportForecasts.run(store, new ImportForecasts.Request(List.of(hsn)));
            List<CentralItem> central = List.of(new CentralItem(APRIL, IncomeStatementLine.TAX_REVENUE,
                    Money.ofMnkr("8530"), "SKR april 2025"));

            ForecastAccuracy a = ShowForecastAccuracy.run(store, 2025, central);

            assertThat(a.rounds()).extracting(ForecastAccuracy.Round::month).containsExactly(APRIL);
            ForecastAccuracy.Round april = a.rounds().get(0);
            var dec = store.closing(DECEMBER).orElseThrow().closing();
            // HSN's net cost of record: its frame + 250; the outcome: December's net cost to date (6 834,0).
            ForecastAccuracy.Estimate hsnEstimate = april.committees().get("HSN");
            Money frame = store.closing(APRIL).orElseThrow().closing().committeeNetCost("HSN").budgetYear();
            assertThat(hsnEstimate.forecast()).isEqualTo(frame.plus(Money.ofMnkr("250")));
            assertThat(hsnEstimate.outcome()).isEqualTo(dec.committeeNetCost("HSN").ytd());
            assertThat(hsnEstimate.difference()).isEqualTo(hsnEstimate.forecast().minus(hsnEstimate.outcome()));
            assertThat(april.notSubmitted()).doesNotContain("HSN").contains("RS");
            // Årets resultat: the round as shown, against +18.
            ForecastOfRecord shown = ShowForecastRound.run(store, APRIL, central).forecast();
            assertThat(april.result().forecast()).isEqualTo(shown.line(IncomeStatementLine.RESULT_FOR_YEAR));
            assertThat(a.outcomeResult()).isEqualTo(Money.ofMnkr("18"));
            assertThat(april.result().difference()).isEqualTo(Money.ofMnkr("18").minus(april.result().forecast()));

            // December's follow-up carries it for the monthly report; another month's does not.
            var followUp = se.balans.app.closing.ClosingFollowUp.of(store, store.closing(DECEMBER).orElseThrow(),
                    Optional.empty(), Optional.empty(), central);
            assertThat(followUp.forecastAccuracy()).contains(a);
            assertThat(se.balans.app.closing.ClosingFollowUp.of(store, store.closing(APRIL).orElseThrow(),
                    Optional.empty(), Optional.empty(), central).forecastAccuracy()).isEmpty();
        }
    }

    @Test
    void theLoansInterestIsComputedFromTheRegisterOfTheRoundsMonthEndWhenAsked() throws IOException {
        Path treasury = SampleWorkspace.region().resolve("treasury");
        Path file = dir.resolve("central-forecast.csv");
        Files.writeString(file, """
                round,line,part,amount,source
                2026-03,financial_costs,loan_interest,,
                2026-03,financial_costs,pension_interest,-215,KPA
                """);

        List<CentralItem> items = CentralItems.read(file, Optional.of(treasury), Labels.of(Language.SV));

        LoanInterestForecast expected = LoanInterestForecast.of(LoanRegister.read(treasury.resolve(
                "loans-2026-03-31.csv")).portfolio(), LocalDate.of(2026, 3, 31), 2026);
        assertThat(items.get(0).amount()).isEqualTo(expected.total().negated());
        assertThat(items.get(0).part()).isEqualTo(CentralItem.LOAN_INTEREST);
        assertThat(items.get(0).source()).isEqualTo("låneregistret 2026-03-31, beräknad");
        assertThat(items.get(0).note()).contains("låneregistret 2026-03-31").contains("13 lån")
                .contains("KI-2020-01 förfaller 2026-09-15");
        assertThat(items.get(1).amount()).isEqualTo(Money.ofMnkr("-215"));

        Files.writeString(file, "round,line,part,amount\n2026-01,financial_costs,loan_interest,\n");
        assertThatThrownBy(() -> CentralItems.read(file, Optional.of(treasury), Labels.of(Language.SV)))
                .isInstanceOf(MissingInputException.class).hasMessageContaining("central-forecast.csv:2")
                .hasMessageContaining("loans-2026-01-31.csv");
    }
}
