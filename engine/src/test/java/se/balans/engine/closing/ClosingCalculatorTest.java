package se.balans.engine.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;

/** Periodisation, forecast and back-test on small hand-computed cases. */
class ClosingCalculatorTest {

    static final Key HSN_COSTS = new Key("HSN", IncomeStatementLine.OPERATING_COSTS);
    static final Key RS_TAX = new Key("RS", IncomeStatementLine.TAX_REVENUE);

    /** A cost pattern: 100 a month but 40 in July (the holiday dip); costs are negative. */
    static Money cost(int month) {
        return Money.ofSek(month == 7 ? -40 : -100);
    }

    static Map<YearMonth, Map<Key, Money>> history(int... years) {
        Map<YearMonth, Map<Key, Money>> a = new HashMap<>();
        for (int y : years) {
            for (int m = 1; m <= 12; m++) {
                a.put(YearMonth.of(y, m), Map.of(HSN_COSTS, cost(m), RS_TAX, Money.ofSek(120)));
            }
        }
        return a;
    }

    static ClosingConfig config() {
        return new ClosingConfig(Map.of(), Map.of(IncomeStatementLine.TAX_REVENUE, ProfileRule.even(ForecastMethod.SEASONAL)),
                ProfileRule.learned());
    }

    static AnnualBudget budget(int year) {
        // Annual cost budget 1 200 (a frame of 1 200), taxes 1 440.
        return new AnnualBudget(year, Map.of(HSN_COSTS, Money.ofSek(-1200), RS_TAX, Money.ofSek(1440)));
    }

    @Test
    void theLearnedProfileCarriesJulysDipIntoBudgetAndForecast() {
        Map<YearMonth, Map<Key, Money>> a = history(2024);
        // 2025: January–July cost 10 % more than 2024.
        for (int m = 1; m <= 7; m++) {
            a.put(YearMonth.of(2025, m), Map.of(HSN_COSTS, cost(m).times(new BigDecimal("1.1")),
                    RS_TAX, Money.ofSek(120)));
        }
        ClosingInput in = new ClosingInput(YearMonth.of(2025, 7), List.of("RS", "HSN"), a,
                Map.of(2025, budget(2025)), config());
        MonthlyClosing c = ClosingCalculator.close(in);
        Measures hsn = c.committeeNetCost("HSN");
        // 2024's year is 1 140, of which January–July 640: a cumulative share of 640/1140.
        assertThat(hsn.ytd()).isEqualTo(Money.ofSek(704));
        assertThat(hsn.month()).isEqualTo(Money.ofSek(44));
        assertThat(hsn.ytdLastYear()).isEqualTo(Money.ofSek(640));
        assertThat(hsn.growth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.1"));
        assertThat(hsn.budgetYtd()).isEqualTo(Money.ofSek(new BigDecimal("673.68")));  // 1200 × 640/1140
        assertThat(hsn.forecastYear()).isEqualTo(Money.ofSek(new BigDecimal("1254.00"))); // 704 ÷ 640/1140
        assertThat(hsn.costDeviationYtd()).isEqualTo(Money.ofSek(new BigDecimal("-30.32")));
        assertThat(c.basesByTarget().get("HSN").profile().source()).isEqualTo(MonthlyProfile.Source.LEARNED);
        assertThat(c.basesByTarget().get("HSN").profile().learnedFrom()).containsExactly(2024);
        // Taxes run at one twelfth a month.
        assertThat(c.line(IncomeStatementLine.TAX_REVENUE).forecastYear()).isEqualTo(Money.ofSek(1440));
        assertThat(c.line(IncomeStatementLine.OPERATING_RESULT).ytd()).isEqualTo(Money.ofSek(840 - 704));
        // Month by month: outcomes to July, last year's twelve months, a budget that sums to the year.
        MonthlyClosing.MonthSeries hsnMonths = c.committeeNetCostSeries("HSN");
        assertThat(hsnMonths.actual().get(6)).isEqualTo(Money.ofSek(44));
        assertThat(hsnMonths.actual().get(7)).isEqualTo(Money.ZERO);
        assertThat(hsnMonths.lastYear().get(11)).isEqualTo(Money.ofSek(100));
        assertThat(Money.sum(hsnMonths.budget())).isEqualTo(Money.ofSek(1200));
        assertThat(MonthlyClosing.MonthSeries.cumulative(hsnMonths.budget()).get(6)).isEqualTo(hsn.budgetYtd());
        assertThat(MonthlyClosing.MonthSeries.cumulative(c.series(IncomeStatementLine.OPERATING_RESULT).actual()).get(6))
                .isEqualTo(c.line(IncomeStatementLine.OPERATING_RESULT).ytd());
    }

    @Test
    void withoutAnEarlierYearTheProfileIsEvenAndSaysSo() {
        Map<YearMonth, Map<Key, Money>> a = new HashMap<>();
        a.put(YearMonth.of(2025, 1), Map.of(HSN_COSTS, Money.ofSek(-100)));
        MonthlyClosing c = ClosingCalculator.close(new ClosingInput(YearMonth.of(2025, 1), List.of("HSN"), a,
                Map.of(2025, budget(2025)), config()));
        assertThat(c.basesByTarget().get("HSN").profile().source()).isEqualTo(MonthlyProfile.Source.EVEN);
        assertThat(c.committeeNetCost("HSN").forecastYear()).isEqualTo(Money.ofSek(1200));
        assertThat(c.backtest()).isEmpty();
    }

    @Test
    void growthIsUndefinedWhenLastYearWasZeroOrTheSignChanged() {
        Measures turned = new Measures(Money.ZERO, Money.ofMnkr("75"), Money.ofMnkr("-50"), Money.ZERO, Money.ZERO,
                Money.ZERO);
        assertThat(turned.growth()).isEmpty();
        Measures fromZero = new Measures(Money.ZERO, Money.ofMnkr("75"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        assertThat(fromZero.growth()).isEmpty();
        Measures costs = new Measures(Money.ZERO, Money.ofMnkr("-110"), Money.ofMnkr("-100"), Money.ZERO, Money.ZERO,
                Money.ZERO);
        assertThat(costs.growth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.1"));
    }

    @Test
    void theBudgetMethodAddsTheRemainingMonthsBudget() {
        Money ytd = Money.ofSek(-300);
        Money forecast = ClosingCalculator.forecast(ForecastMethod.BUDGET, ytd, new BigDecimal("0.25"),
                Money.ofSek(-600), Money.ofSek(-150));
        assertThat(forecast).isEqualTo(Money.ofSek(-750));
    }

    @Test
    void theBacktestForecastsTheLastCompleteYearFromEachMonthEnd() {
        Map<YearMonth, Map<Key, Money>> a = history(2023, 2024);
        a.put(YearMonth.of(2025, 1), Map.of(HSN_COSTS, Money.ofSek(-100)));
        MonthlyClosing c = ClosingCalculator.close(new ClosingInput(YearMonth.of(2025, 1), List.of("RS", "HSN"), a,
                Map.of(2024, budget(2024), 2025, budget(2025)), config()));
        Backtest bt = c.backtest().orElseThrow();
        assertThat(bt.year()).isEqualTo(2024);
        assertThat(bt.points()).hasSize(12);
        // 2024 repeats 2023 exactly, so a profile learned from 2023 forecasts 2024 without error.
        assertThat(bt.actualOperatingResult()).isEqualTo(Money.ofSek(1440 - 1140));
        assertThat(bt.errors()).allSatisfy(e -> assertThat(e.operatingResult()).isEqualTo(Money.ZERO));
        assertThat(bt.operatingResultStatistics().meanAbsoluteError()).isZero();
    }

    @Test
    void aPeriodisedBudgetSumsBackToTheAnnualBudget() {
        MonthlyProfile p = MonthlyProfile.normalised(List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.3"), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2")), MonthlyProfile.Source.CONFIGURED, List.of());
        assertThat(p.cumulative(12)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Money.ofMnkr("6534").times(p.cumulative(12))).isEqualTo(Money.ofMnkr("6534"));
    }

    @Test
    void aLearnedProfileWithNoShareSoFarIsForecastByBudgetAndSaysSo() {
        // 2024: HSN's costs all fell from July on, so January's learned share is 0.
        Map<YearMonth, Map<Key, Money>> a = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            a.put(YearMonth.of(2024, m), Map.of(HSN_COSTS, m < 7 ? Money.ZERO : Money.ofSek(-200), RS_TAX,
                    Money.ofSek(120)));
        }
        a.put(YearMonth.of(2025, 1), Map.of(HSN_COSTS, Money.ofSek(-30), RS_TAX, Money.ofSek(120)));
        MonthlyClosing c = ClosingCalculator.close(new ClosingInput(YearMonth.of(2025, 1), List.of("RS", "HSN"), a,
                Map.of(2025, budget(2025)), config()));

        assertThat(c.basesByTarget().get("HSN").method()).isEqualTo(ForecastMethod.BUDGET);
        // Outcome −30 plus the rest of the budget: −1 200 − 0 (no budget periodised to January).
        assertThat(c.committeeNetCost("HSN").forecastYear()).isEqualTo(Money.ofSek(1_230));
    }
}
