package se.balans.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.check.Finding;
import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalEvaluator;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FrameBridge;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.io.Repo;

/** The sample data reproduces Regionplan 2025 (seed 004) to the published figure. */
class SampleRegionalPlanTest {

    final RegionalPlan plan = PlanDirectoryReader.read(Repo.samplePlan());

    static int wholeMnkr(Money m) {
        return m.toMnkr().setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static int percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    @Test
    void theSampleDataTies() {
        assertThat(ConsistencyCheck.check(plan)).isEmpty();
    }

    @Test
    void framesSumToTheNetOperatingFrame() {
        assertThat(plan.frameTotal(2025)).isEqualTo(Money.ofMnkr("10958.4"));
        assertThat(wholeMnkr(plan.frameTotal(2025))).isEqualTo(10958);
        assertThat(plan.frames(2025)).extracting(f -> f.amount().toMnkr().toPlainString())
                .containsExactly("16.3", "3943.2", "6534", "437.5", "12.2", "6.5", "8.7");
    }

    @Test
    void theBridgeFromTwentyFourIsAsPublished() {
        FrameBridge b = plan.frameBridge(2025).orElseThrow();
        assertThat(wholeMnkr(b.totalOpening())).isEqualTo(10801);
        assertThat(wholeMnkr(b.total(FrameChangeKind.INDEX_UPLIFT))).isEqualTo(273);
        assertThat(wholeMnkr(b.total(FrameChangeKind.REDUCTION))).isEqualTo(-460);
        assertThat(wholeMnkr(b.total(FrameChangeKind.ADDITION))).isEqualTo(309);
        assertThat(wholeMnkr(b.total(FrameChangeKind.DEPRECIATION))).isEqualTo(36);
        assertThat(b.total(FrameChangeKind.REALLOCATION)).isEqualTo(Money.ZERO);
        assertThat(b.totalClosing()).isEqualTo(plan.frameTotal(2025));
    }

    @Test
    void resultBudgetTwentyFive() {
        var is = plan.incomeStatement(2025).orElseThrow();
        assertThat(wholeMnkr(is.value(IncomeStatementLine.TAX_REVENUE))).isEqualTo(8508);
        assertThat(wholeMnkr(is.value(IncomeStatementLine.GENERAL_GRANTS))).isEqualTo(2849);
        assertThat(wholeMnkr(FinancialRatios.taxesAndGrants(is))).isEqualTo(11357);
        assertThat(wholeMnkr(is.value(IncomeStatementLine.NET_OPERATING_COST))).isEqualTo(-10958);
        assertThat(wholeMnkr(is.value(IncomeStatementLine.OPERATING_RESULT))).isEqualTo(399);
        assertThat(wholeMnkr(FinancialRatios.netFinancialItems(is))).isEqualTo(-181);
        assertThat(wholeMnkr(is.value(IncomeStatementLine.RESULT_FOR_YEAR))).isEqualTo(218);
    }

    @Test
    void resultsOverThePlanPeriod() {
        assertThat(List.of(2024, 2025, 2026, 2027, 2028)).extracting(y ->
                wholeMnkr(plan.incomeStatement(y).orElseThrow().value(IncomeStatementLine.RESULT_FOR_YEAR)))
                .containsExactly(-437, 218, 528, 422, 492);
    }

    @Test
    void soliditetNineteenFifteenSixteenAndJustOverTwentyTwo() {
        assertThat(List.of(2023, 2024, 2025)).extracting(y ->
                percent(FinancialRatios.equityRatio(plan.balanceSheet(y).orElseThrow()).orElseThrow()))
                .containsExactly(19, 15, 16);
        BigDecimal end = FinancialRatios.equityRatio(plan.balanceSheet(2028).orElseThrow()).orElseThrow();
        assertThat(end).isGreaterThan(new BigDecimal("0.22")).isLessThan(new BigDecimal("0.23")); // "drygt 22 procent"
    }

    @Test
    void soliditetIncludingPensionCommitmentsWasMinusThirteenAtTheStartOfTwentyFour() {
        assertThat(percent(FinancialRatios.equityRatioInclPensionCommitments(plan.balanceSheet(2023).orElseThrow())
                .orElseThrow())).isEqualTo(-13);
    }

    @Test
    void cashAtYearEnd() {
        assertThat(List.of(2023, 2024, 2025, 2026, 2027, 2028)).extracting(y ->
                wholeMnkr(plan.cashFlow(y).orElseThrow().value(CashFlowLine.CLOSING_CASH)))
                .containsExactly(130, 349, 461, 507, 565, 645);
        assertThat(wholeMnkr(plan.cashFlow(2023).orElseThrow().value(CashFlowLine.OPENING_CASH))).isEqualTo(213);
    }

    @Test
    void investmentsTwentyFiveToTwentyEightTotal3744() {
        Money total = Money.ZERO;
        for (int y = 2025; y <= 2028; y++) {
            total = total.plus(plan.investments(y).orElseThrow().investmentFrame());
        }
        assertThat(total).isEqualTo(Money.ofMnkr("3744"));
    }

    @Test
    void goalsTwentyFive() {
        List<GoalEvaluation> goals = GoalEvaluator.evaluate(plan, 2025);
        GoalEvaluation result = goals.stream().filter(g -> g.goal().id().equals("resultatmal-2025")).findFirst()
                .orElseThrow();
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        // 399.0 / 11 357.4 = 3.5 %
        assertThat(result.value().orElseThrow().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.035");
        GoalEvaluation debt = goals.stream().filter(g -> g.goal().id().equals("skuldmal-2025")).findFirst()
                .orElseThrow();
        assertThat(debt.status()).isIn(GoalStatus.MET, GoalStatus.NOT_MET);
        assertThat(debt.value()).isPresent();
        assertThat(goals).noneMatch(g -> g.status() == GoalStatus.NOT_EVALUABLE);
    }

    @Test
    void theVerbatimPublishedTableFailsForTwentySixAndTwentySevenOnly() {
        RegionalPlan published = PlanDirectoryReader.read(Repo.path("sample-data/fixtures/regionplan-2025-published"));
        List<Finding> findings = ConsistencyCheck.check(published);
        assertThat(findings).extracting(Finding::year, Finding::statement, Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2026, "balance_sheet", "total_assets"),
                        org.assertj.core.groups.Tuple.tuple(2027, "balance_sheet", "total_assets"));
        assertThat(findings.get(0).given()).isEqualTo(Money.ofMnkr("16832"));
        assertThat(findings.get(0).expected()).isEqualTo(Money.ofMnkr("16725"));
        assertThat(findings.get(1).given()).isEqualTo(Money.ofMnkr("17400"));
        assertThat(findings.get(1).expected()).isEqualTo(Money.ofMnkr("18209"));
    }
}
