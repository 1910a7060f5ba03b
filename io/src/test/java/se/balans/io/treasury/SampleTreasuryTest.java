package se.balans.io.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.liquidity.CashHistory;
import se.balans.engine.liquidity.CashVsPlan;
import se.balans.engine.money.Money;
import se.balans.engine.pension.AssetClass;
import se.balans.engine.pension.AssetClassFigures;
import se.balans.engine.pension.PensionPortfolio;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.policy.FinancePolicy;
import se.balans.engine.policy.LimitCheck;
import se.balans.engine.policy.LimitStatus;
import se.balans.engine.treasury.DayCount;
import se.balans.engine.treasury.DebtGoal;
import se.balans.engine.treasury.Loan;
import se.balans.engine.treasury.LoanEvents;
import se.balans.engine.treasury.PortfolioMetrics;
import se.balans.engine.treasury.RateType;
import se.balans.io.Repo;
import se.balans.io.plan.PlanDirectoryReader;

/**
 * The treasury sample data reproduces the financial reports of July 2025 (seed 001) and February
 * 2026 (seed 000) to the published rounding: rates to 0.01 %, years and returns to 0.1.
 */
class SampleTreasuryTest {
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 31);
    static final LocalDate FEBRUARY_2026 = LocalDate.of(2026, 2, 28);

    static Path sample(String name) {
        return Repo.path("sample-data/region-vasterbotten/treasury/" + name);
    }

    static final LoanRegister JULY = LoanRegister.read(sample("loans-2025-07-31.csv"));
    static final LoanRegister FEBRUARY = LoanRegister.read(sample("loans-2026-02-28.csv"));
    static final PensionPortfolio PENSION = PensionReturnsFile.read(sample("pension-returns.csv"));
    static final FinancePolicy POLICY = FinancePolicyFile.read(sample("finance-policy.csv"));

    /** A fraction as a percentage rounded as published. */
    static BigDecimal percent(BigDecimal fraction, int decimals) {
        return fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
    }

    static BigDecimal oneDecimal(BigDecimal years) {
        return years.setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void july2025Is2570MnkrAt285PercentBoundFor19Years() {
        PortfolioMetrics m = JULY.metrics(JULY_2025);
        assertThat(m.totalDebt()).isEqualTo(Money.ofMnkr("2570"));
        assertThat(percent(m.averageRate().orElseThrow(), 2)).isEqualByComparingTo("2.85");
        assertThat(oneDecimal(m.capitalBindingYears().orElseThrow())).isEqualByComparingTo("1.9");
        assertThat(oneDecimal(m.interestBindingYears().orElseThrow())).isEqualByComparingTo("1.9");
        assertThat(m.averageRateInclSwaps()).isEqualTo(m.averageRate());
    }

    @Test
    void theLoansWere2220AtTheStartOf2024() {
        assertThat(Money.sum(JULY.portfolio().outstandingOn(LocalDate.of(2024, 1, 1)), Loan::amount))
                .isEqualTo(Money.ofMnkr("2220"));
    }

    @Test
    void february2026Is3020MnkrAt282PercentBoundFor21Years() {
        PortfolioMetrics m = FEBRUARY.metrics(FEBRUARY_2026);
        assertThat(m.totalDebt()).isEqualTo(Money.ofMnkr("3020"));
        assertThat(percent(m.averageRate().orElseThrow(), 2)).isEqualByComparingTo("2.82");
        assertThat(oneDecimal(m.capitalBindingYears().orElseThrow())).isEqualByComparingTo("2.1");
        assertThat(oneDecimal(m.interestBindingYears().orElseThrow())).isEqualByComparingTo("2.1");
    }

    @Test
    void inFebruary2026TwoHundredMaturedAndWasRefinancedAndTwoHundredWasNewlyBorrowed() {
        LoanEvents e = FEBRUARY.portfolio().events(YearMonth.of(2026, 2));
        assertThat(e.maturedTotal()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.refinanced()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.newBorrowing()).isEqualTo(Money.ofMnkr("200"));
        assertThat(e.borrowed()).hasSize(2).allSatisfy(l -> assertThat(l.amount()).isEqualTo(Money.ofMnkr("200")));
        Loan fixed = e.borrowed().stream().filter(l -> l.rateType() == RateType.FIXED).findFirst().orElseThrow();
        Loan floating = e.borrowed().stream().filter(l -> l.rateType() == RateType.FLOATING).findFirst().orElseThrow();
        assertThat(percent(fixed.rate(), 2)).isEqualByComparingTo("2.84");
        assertThat(oneDecimal(DayCount.act365(FEBRUARY_2026, fixed.maturityDate()))).isEqualByComparingTo("4.8");
        assertThat(percent(floating.rate(), 2)).isEqualByComparingTo("2.24");
    }

    @Test
    void theTwoRegistersAgreeOnEveryLoanTheyBothList() {
        Map<String, Loan> feb = FEBRUARY.portfolio().loans().stream()
                .collect(Collectors.toMap(Loan::id, Function.identity()));
        for (Loan july : JULY.portfolio().loans()) {
            Loan later = feb.get(july.id());
            assertThat(later).as(july.id() + " is still in the register").isNotNull();
            assertThat(List.of(later.lender(), later.amount(), later.startDate(), later.maturityDate(), later.rateType()))
                    .as(july.id()).isEqualTo(List.of(july.lender(), july.amount(), july.startDate(), july.maturityDate(),
                            july.rateType()));
        }
    }

    @Test
    void bothPortfoliosAreWithinThePolicyLimits() {
        for (PortfolioMetrics m : List.of(JULY.metrics(JULY_2025), FEBRUARY.metrics(FEBRUARY_2026))) {
            assertThat(POLICY.checkDebt(m)).as(m.asOf().toString()).extracting(LimitCheck::status)
                    .isNotEmpty().containsOnly(LimitStatus.WITHIN);
        }
        assertThat(POLICY.borrowingLimit()).contains(Money.ofMnkr("4000"));
        assertThat(FEBRUARY.metrics(FEBRUARY_2026).headroom(Money.ofMnkr("4000"))).isEqualTo(Money.ofMnkr("980"));
    }

    /** Return, benchmark and active return of an asset class in a month, in percent to 0.1 as published. */
    static List<BigDecimal> published(YearMonth month, AssetClass assetClass) {
        AssetClassFigures f = PENSION.figures(month).stream().filter(x -> x.assetClass() == assetClass)
                .findFirst().orElseThrow();
        return List.of(percent(f.month().portfolioReturn(), 1), percent(f.month().benchmarkReturn(), 1),
                percent(f.month().activeReturn(), 1));
    }

    static List<BigDecimal> pct(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void july2025PensionReturnsAreThePublishedOnes() {
        YearMonth jul = YearMonth.of(2025, 7);
        assertThat(published(jul, AssetClass.TOTAL)).isEqualTo(pct("2.9", "2.2", "0.7"));
        assertThat(published(jul, AssetClass.EQUITIES)).isEqualTo(pct("3.7", "3.7", "-0.1"));
        assertThat(published(jul, AssetClass.FIXED_INCOME)).isEqualTo(pct("0.3", "-0.2", "0.5"));
        assertThat(PENSION.allocation(jul).total()).isEqualTo(Money.ofMnkr("6377"));
    }

    @Test
    void february2026PensionReturnsAreThePublishedOnes() {
        YearMonth feb = YearMonth.of(2026, 2);
        assertThat(published(feb, AssetClass.TOTAL)).isEqualTo(pct("2.9", "2.1", "0.8"));
        assertThat(published(feb, AssetClass.EQUITIES)).isEqualTo(pct("4.5", "3.2", "1.2"));
        assertThat(published(feb, AssetClass.FIXED_INCOME)).isEqualTo(pct("0.5", "0.5", "0.0"));
    }

    @Test
    void bothPublishedMonthsHaveYearToDateRollingTwelveMonthsAndTrackingError() {
        for (YearMonth month : List.of(YearMonth.of(2025, 7), YearMonth.of(2026, 2))) {
            assertThat(PENSION.figures(month)).hasSize(3).allSatisfy(f -> {
                assertThat(f.yearToDate()).as(month + " " + f.assetClass()).isPresent();
                assertThat(f.rolling12Months()).isPresent();
                assertThat(f.activeRisk()).hasValueSatisfying(r -> assertThat(r.trackingError()).isPositive());
            });
            assertThat(POLICY.checkAllocation(PENSION.allocation(month))).extracting(LimitCheck::status)
                    .hasSize(2).containsOnly(LimitStatus.WITHIN);
        }
    }

    @Test
    void cashWas517InJuly2025And264InFebruary2026AgainstThePlansCashPeriodisedToTheMonthEnd() {
        CashHistory cash = CashFile.read(sample("cash.csv"));
        RegionalPlan plan = PlanDirectoryReader.read(Repo.samplePlan());
        CashVsPlan july = CashVsPlan.of(cash.at(YearMonth.of(2025, 7)).orElseThrow(), plan);
        assertThat(july.actual().cash()).isEqualTo(Money.ofMnkr("517"));
        assertThat(july.plannedClosingCash()).contains(Money.ofMnkr("461"));
        // 349 + 112 × 7/12 = 414.3 budgeted at the end of July 2025; 461 + 46 × 2/12 = 468.7 at the end of February 2026.
        assertThat(july.deviationFromPeriodisedPlan().orElseThrow().sek()).isEqualByComparingTo("102666666.67");
        CashVsPlan february = CashVsPlan.of(cash.at(YearMonth.of(2026, 2)).orElseThrow(), plan);
        assertThat(february.deviationFromPeriodisedPlan().orElseThrow().sek()).isEqualByComparingTo("-204666666.67");
    }

    @Test
    void theDebtGoalOf22PercentIsNotMetWithTheActualDebt() {
        RegionalPlan plan = PlanDirectoryReader.read(Repo.samplePlan());
        // 2 570 / (8 508.2 + 2 849.2) = 22.6 % > 22 %, on the plan's taxes and grants for 2025
        GoalEvaluation july = DebtGoal.evaluate(plan, JULY_2025, Money.ofMnkr("2570"), Optional.empty()).orElseThrow();
        assertThat(july.goal().id()).isEqualTo("skuldmal-2025");
        assertThat(percent(july.value().orElseThrow(), 1)).isEqualByComparingTo("22.6");
        assertThat(july.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(july.inputs()).extracting(se.balans.engine.trace.Figure::source)
                .contains(DebtGoal.PLAN);
        assertThat(DebtGoal.evaluate(plan, LocalDate.of(2024, 12, 31), Money.ofMnkr("2220"), Optional.empty())).isEmpty();
    }

    /**
     * The goals of the as-of year, as the monthly report follows them up: Regionplan 2025 sets its debt goal for
     * 2025, so February 2026 has none (it used to take 2025's, and the two reports then differed).
     */
    @Test
    void aGoalOfOneYearIsNotAnothersAndTheClosingsForecastIsTheBaseWhenTheMonthIsClosed() {
        RegionalPlan plan = PlanDirectoryReader.read(Repo.samplePlan());
        assertThat(DebtGoal.evaluate(plan, FEBRUARY_2026, Money.ofMnkr("3020"), Optional.empty())).isEmpty();

        // 2 570 / (8 600 + 2 900) = 22.3 %: the closing's full-year forecast, as the monthly report's base
        GoalEvaluation july = DebtGoal.evaluate(plan, JULY_2025, Money.ofMnkr("2570"), Optional.of(
                new DebtGoal.TaxesAndGrants(Money.ofMnkr("8600"), Money.ofMnkr("2900"), DebtGoal.CLOSING_FORECAST)))
                .orElseThrow();
        assertThat(percent(july.value().orElseThrow(), 1)).isEqualByComparingTo("22.3");
        assertThat(july.inputs()).extracting(se.balans.engine.trace.Figure::source)
                .containsExactly("loan_portfolio", DebtGoal.CLOSING_FORECAST, DebtGoal.CLOSING_FORECAST);
    }
}
