package se.balans.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * Region Fjällbo's forecast accuracy for 2027 (illustrative, by hand). The year ends with HSN's net cost at
 * 1 230 and RS's at 305, taxes 1 610, grants 100, financial income 5 and costs −22: årets resultat
 * −1 535 + 1 710 + 5 − 22 = 158.
 * <ul>
 * <li>March: HSN forecasts a deficit of 35,5 against its frame of 1 200 (net cost 1 235,5); RS has not
 * submitted, so its proposal 310 stands; taxes 1 620 and financial costs −25 centrally: årets resultat
 * 154,5, the proposal 195 (ForecastOfRecordTest).</li>
 * <li>August: HSN forecasts −40 (1 240), RS its frame 300 (the proposal says 298); the central items as
 * proposed: −1 540 + 1 610 + 100 + 5 − 22 = 153; the proposal −1 538 + 1 710 − 17 = 155.</li>
 * </ul>
 */
class ForecastAccuracyTest {
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final YearMonth AUGUST = YearMonth.of(2027, 8);
    static final YearMonth DECEMBER = YearMonth.of(2027, 12);

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static MonthlyClosing.Row row(String committee, IncomeStatementLine line, String ytd, String budgetYear,
                                  String forecast) {
        return new MonthlyClosing.Row(new Key(committee, line),
                new Measures(Money.ZERO, m(ytd), Money.ZERO, Money.ZERO, m(budgetYear), m(forecast)));
    }

    static MonthlyClosing closing(YearMonth month, List<MonthlyClosing.Row> rows) {
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (MonthlyClosing.Row r : rows) {
            for (int i = 1; i <= 12; i++) {
                months.add(new MonthlyClosing.MonthRow(r.key(), i, Money.ZERO, Money.ZERO, Money.ZERO));
            }
        }
        return new MonthlyClosing(month, List.of("HSN", "RS"), rows, months, List.of(), Optional.empty());
    }

    static MonthlyClosing december() {
        return closing(DECEMBER, List.of(
                row("HSN", IncomeStatementLine.OPERATING_COSTS, "-1230", "-1200", "-1230"),
                row("RS", IncomeStatementLine.OPERATING_COSTS, "-305", "-300", "-305"),
                row("RS", IncomeStatementLine.TAX_REVENUE, "1610", "1590", "1610"),
                row("RS", IncomeStatementLine.GENERAL_GRANTS, "100", "100", "100"),
                row("RS", IncomeStatementLine.FINANCIAL_INCOME, "5", "5", "5"),
                row("RS", IncomeStatementLine.FINANCIAL_COSTS, "-22", "-20", "-22")));
    }

    static ForecastOfRecord march() {
        MonthlyClosing c = ForecastOfRecordTest.march();
        ForecastRound round = ForecastRound.of(c, List.of(ForecastOfRecordTest.HSN), new BigDecimal("0.02"));
        return ForecastOfRecord.of(c, round, List.of(
                new CentralItem(MARCH, IncomeStatementLine.TAX_REVENUE, m("1620"), "SKR, april"),
                new CentralItem(MARCH, IncomeStatementLine.FINANCIAL_COSTS, m("-25"), "låneregistret")));
    }

    static ForecastOfRecord august() {
        MonthlyClosing c = closing(AUGUST, List.of(
                row("HSN", IncomeStatementLine.OPERATING_COSTS, "-800", "-1200", "-1240"),
                row("RS", IncomeStatementLine.OPERATING_COSTS, "-200", "-300", "-298"),
                row("RS", IncomeStatementLine.TAX_REVENUE, "1070", "1590", "1610"),
                row("RS", IncomeStatementLine.GENERAL_GRANTS, "66", "100", "100"),
                row("RS", IncomeStatementLine.FINANCIAL_INCOME, "3", "5", "5"),
                row("RS", IncomeStatementLine.FINANCIAL_COSTS, "-14", "-20", "-22")));
        List<CommitteeForecast> submitted = List.of(
                new CommitteeForecast("HSN", AUGUST, m("-40"), "", CommitteeForecast.Confidence.HIGH, List.of(),
                        List.of()),
                new CommitteeForecast("RS", AUGUST, Money.ZERO, "", CommitteeForecast.Confidence.HIGH, List.of(),
                        List.of()));
        return ForecastOfRecord.of(c, ForecastRound.of(c, submitted, new BigDecimal("0.02")), List.of());
    }

    @Test
    void eachRoundIsComparedWithTheYearsOutcomeAsItsEffectOnTheResult() {
        ForecastAccuracy a = ForecastAccuracy.of(december(), List.of(august(), march()));

        assertThat(a.year()).isEqualTo(2027);
        assertThat(a.outcomeResult()).isEqualTo(m("158"));
        assertThat(a.rounds()).extracting(ForecastAccuracy.Round::month).containsExactly(MARCH, AUGUST);

        ForecastAccuracy.Round mar = a.rounds().get(0);
        // HSN forecast 1 235,5 and spent 1 230: the year ended 5,5 better than HSN forecast.
        assertThat(mar.committees().get("HSN").difference()).isEqualTo(m("5.5"));
        // Its proposal said 1 180: 50 too optimistic.
        assertThat(mar.committees().get("HSN").proposalDifference()).isEqualTo(m("-50"));
        // RS had not submitted: the proposal 310 stood, and 305 came.
        assertThat(mar.committees().get("RS").difference()).isEqualTo(m("5"));
        assertThat(mar.notSubmitted()).containsExactly("RS");
        assertThat(mar.result().forecast()).isEqualTo(m("154.5"));
        assertThat(mar.result().difference()).isEqualTo(m("3.5"));
        assertThat(mar.result().proposalDifference()).isEqualTo(m("-37"));

        ForecastAccuracy.Round aug = a.rounds().get(1);
        assertThat(aug.committees().get("HSN").difference()).isEqualTo(m("10"));
        assertThat(aug.committees().get("RS").difference()).as("RS forecast its frame, 300, and spent 305")
                .isEqualTo(m("-5"));
        assertThat(aug.notSubmitted()).isEmpty();
        assertThat(aug.result().forecast()).isEqualTo(m("153"));
        assertThat(aug.result().difference()).isEqualTo(m("5"));
        assertThat(aug.result().proposalDifference()).isEqualTo(m("3"));
    }

    @Test
    void theMeanAbsoluteDifferenceOverTheRounds() {
        ForecastAccuracy a = ForecastAccuracy.of(december(), List.of(march(), august()));

        // HSN (5,5 + 10) / 2; RS (5 + 5) / 2; the result (3,5 + 5) / 2, its proposal (37 + 3) / 2.
        assertThat(a.meanAbsoluteDifference("HSN")).contains(m("7.75"));
        assertThat(a.meanAbsoluteDifference("RS")).contains(m("5"));
        assertThat(a.meanAbsoluteResultDifference()).contains(m("4.25"));
        assertThat(a.meanAbsoluteProposalResultDifference()).contains(m("20"));
        // HSN's proposals: 1 180 (−50) and 1 240 (+10).
        assertThat(a.meanAbsoluteProposalDifference("HSN")).contains(m("30"));
    }

    @Test
    void aYearWithoutRoundsHasNoMean() {
        ForecastAccuracy a = ForecastAccuracy.of(december(), List.of());
        assertThat(a.rounds()).isEmpty();
        assertThat(a.meanAbsoluteResultDifference()).isEmpty();
    }

    @Test
    void theOutcomeIsADecemberClosingAndTheRoundsAreOfItsYear() {
        assertThatThrownBy(() -> ForecastAccuracy.of(ForecastOfRecordTest.march(), List.of()))
                .hasMessageContaining("December closing");
        MonthlyClosing dec2026 = closing(YearMonth.of(2026, 12), december().rows());
        assertThatThrownBy(() -> ForecastAccuracy.of(dec2026, List.of(march())))
                .hasMessageContaining("2027-03 is not of 2026");
    }
}
