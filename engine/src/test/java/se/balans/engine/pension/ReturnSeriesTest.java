package se.balans.engine.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/** Chaining, year to date, rolling 12 months, tracking error and information ratio on hand-computed series. */
class ReturnSeriesTest {

    static MonthlyReturn r(String month, String portfolio, String benchmark) {
        return MonthlyReturn.of(YearMonth.parse(month), AssetClass.TOTAL, new BigDecimal(portfolio),
                new BigDecimal(benchmark));
    }

    /** Twelve months of 2025 with the given active returns over a zero benchmark. */
    static ReturnSeries year(double... active) {
        List<MonthlyReturn> months = new ArrayList<>();
        for (int i = 0; i < active.length; i++) {
            months.add(MonthlyReturn.of(YearMonth.of(2025, 1).plusMonths(i), AssetClass.TOTAL,
                    BigDecimal.valueOf(active[i]), BigDecimal.ZERO));
        }
        return new ReturnSeries(AssetClass.TOTAL, months);
    }

    @Test
    void chainingLinksReturnsGeometrically() {
        assertThat(PeriodReturn.chain(List.of(new BigDecimal("0.10"), new BigDecimal("-0.10"))))
                .isEqualByComparingTo("-0.01");
        assertThat(PeriodReturn.chain(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void yearToDateChainsFromJanuaryThroughANegativeMonth() {
        ReturnSeries s = new ReturnSeries(AssetClass.TOTAL, List.of(
                r("2024-12", "0.05", "0.05"),
                r("2025-01", "0.02", "0.01"),
                r("2025-02", "-0.03", "-0.02"),
                r("2025-03", "0.01", "0.015")));
        PeriodReturn ytd = s.yearToDate(YearMonth.of(2025, 3)).orElseThrow();
        // 1.02 × 0.97 × 1.01 − 1 and 1.01 × 0.98 × 1.015 − 1
        assertThat(ytd.portfolio()).isEqualByComparingTo("-0.000706");
        assertThat(ytd.benchmark()).isEqualByComparingTo("0.004647");
        assertThat(ytd.active()).isEqualByComparingTo("-0.005353");
        assertThat(ytd.from()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(s.month(YearMonth.of(2025, 2)).orElseThrow().activeReturn()).isEqualByComparingTo("-0.01");
        assertThat(s.yearToDate(YearMonth.of(2024, 12))).as("the series does not start in January 2024").isEmpty();
    }

    @Test
    void rollingTwelveMonthsNeedsTwelveMonths() {
        ReturnSeries s = year(0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01);
        assertThat(s.rolling12Months(YearMonth.of(2025, 12)).orElseThrow().portfolio())
                .isCloseTo(new BigDecimal("1.01").pow(12).subtract(BigDecimal.ONE), within(new BigDecimal("1e-15")));
        assertThat(s.rolling12Months(YearMonth.of(2025, 11))).isEmpty();
        assertThat(s.activeRisk(YearMonth.of(2025, 11))).isEmpty();
    }

    @Test
    void trackingErrorIsTheSampleStandardDeviationOfMonthlyActiveReturnsTimesRootTwelve() {
        // active ±1 %: mean 0, sample variance 12 × 0.0001 / 11, so TE = 0.01 × √(12/11) × √12 = 0.12 / √11
        ActiveRisk risk = year(0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01)
                .activeRisk(YearMonth.of(2025, 12)).orElseThrow();
        assertThat(risk.months()).isEqualTo(12);
        assertThat(risk.trackingError()).isCloseTo(0.12 / Math.sqrt(11), within(1e-15));
        assertThat(risk.informationRatio().getAsDouble()).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void informationRatioIsAnnualisedMeanActiveReturnOverTrackingError() {
        // six months of +0.3 % and six of +0.1 %: mean 0.2 %, TE = 0.001 × 12 / √11, IR = 0.024 / TE = 2√11
        ActiveRisk risk = year(0.003, 0.001, 0.003, 0.001, 0.003, 0.001, 0.003, 0.001, 0.003, 0.001, 0.003, 0.001)
                .activeRisk(YearMonth.of(2025, 12)).orElseThrow();
        assertThat(risk.trackingError()).isCloseTo(0.012 / Math.sqrt(11), within(1e-15));
        assertThat(risk.informationRatio().getAsDouble()).isCloseTo(2 * Math.sqrt(11), within(1e-9));
    }

    @Test
    void aConstantActiveReturnHasNoTrackingErrorAndNoInformationRatio() {
        ActiveRisk risk = year(0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002, 0.002)
                .activeRisk(YearMonth.of(2025, 12)).orElseThrow();
        assertThat(risk.trackingError()).isCloseTo(0.0, within(1e-15));
        assertThat(risk.informationRatio()).isEmpty();
    }

    @Test
    void theCumulativeIndexStartsAtOneHundredTheMonthBefore() {
        ReturnSeries s = new ReturnSeries(AssetClass.TOTAL, List.of(r("2025-01", "0.10", "0.05"),
                r("2025-02", "-0.10", "0")));
        assertThat(s.cumulativeIndex(YearMonth.of(2025, 1), YearMonth.of(2025, 2)))
                .extracting(IndexPoint::month, p -> p.portfolio().stripTrailingZeros().toPlainString(),
                        p -> p.benchmark().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 12), "100", "100"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 1), "110", "105"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 2), "99", "105"));
        assertThat(s.cumulativeIndex(YearMonth.of(2024, 1), YearMonth.of(2025, 2))).isEmpty();
    }

    @Test
    void aGapOrADuplicateMonthIsRefused() {
        assertThatThrownBy(() -> new ReturnSeries(AssetClass.TOTAL, List.of(r("2025-01", "0", "0"),
                r("2025-04", "0", "0")))).isInstanceOf(InvalidInputException.class)
                .hasMessage("total: months must follow each other; 2025-02–2025-03 missing between 2025-01 and 2025-04");
        assertThatThrownBy(() -> new ReturnSeries(AssetClass.TOTAL, List.of(r("2025-01", "0", "0"),
                r("2025-01", "0", "0")))).hasMessage("total 2025-01 appears twice");
    }

    @Test
    void aReturnOfMinusOneHundredPercentOrWorseIsRefused() {
        assertThatThrownBy(() -> r("2025-01", "-1", "0")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("portfolio_return"));
    }

    @Test
    void allocationIsEachClassShareOfTheTotalMarketValue() {
        YearMonth jul = YearMonth.of(2025, 7);
        PensionPortfolio p = PensionPortfolio.of(List.of(
                new MonthlyReturn(jul, AssetClass.TOTAL, BigDecimal.ZERO, BigDecimal.ZERO, Optional.of(Money.ofMnkr("1000"))),
                new MonthlyReturn(jul, AssetClass.EQUITIES, BigDecimal.ZERO, BigDecimal.ZERO, Optional.of(Money.ofMnkr("600"))),
                new MonthlyReturn(jul, AssetClass.FIXED_INCOME, BigDecimal.ZERO, BigDecimal.ZERO, Optional.of(Money.ofMnkr("350")))));
        Allocation a = p.allocation(jul);
        assertThat(a.total()).isEqualTo(Money.ofMnkr("1000"));
        assertThat(a.share(AssetClass.EQUITIES)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.6"));
        assertThat(a.share(AssetClass.FIXED_INCOME)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.35"));
        assertThat(p.figures(jul)).extracting(AssetClassFigures::assetClass)
                .containsExactly(AssetClass.TOTAL, AssetClass.EQUITIES, AssetClass.FIXED_INCOME);
        assertThat(p.allocation(jul.plusMonths(1)).marketValues()).isEmpty();
    }
}
