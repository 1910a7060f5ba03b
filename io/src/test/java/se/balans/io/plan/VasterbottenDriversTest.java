package se.balans.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.drivers.BridgeLine;
import se.balans.engine.plan.drivers.ComputedPlan;
import se.balans.engine.plan.drivers.ScenarioComparison;
import se.balans.engine.plan.drivers.SensitivityAnalysis;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.io.Repo;
import se.balans.io.history.BalanceRequirementHistory;

/**
 * Regionplan 2025 computed from the sample drivers reproduces the published bridge and result
 * budget (seed 004 §5.2) to the published rounding, and the computed plan directory reads back as a
 * plan on which {@code plan check} finds nothing.
 */
class VasterbottenDriversTest {
    static final PlanDriverFiles FILES = PlanDriverFiles.read(Repo.path("sample-data/region-vasterbotten/drivers"));
    final ComputedPlan computed = FILES.compute();
    final RegionalPlan plan = computed.plan();

    static int whole(Money m) {
        return m.toMnkr().setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    String tenths(Money m) {
        return m.toMnkr().setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    int bridge(FrameChangeKind kind) {
        return whole(Money.sum(computed.bridge(2025).stream().filter(b -> b.change().kind() == kind).toList(),
                BridgeLine::amount));
    }

    int is(int year, IncomeStatementLine line) {
        return whole(plan.incomeStatement(year).orElseThrow().value(line));
    }

    @Nested
    class TwentyTwentyFive {
        @Test
        void theBridgeIsThePublishedOne() {
            // 10 801 + 273 − 460 + 309 + 36 = 10 958 (seed 004 §5.2)
            assertThat(whole(plan.frameTotal(2024))).isEqualTo(10801);
            assertThat(bridge(FrameChangeKind.INDEX_UPLIFT)).isEqualTo(273);
            assertThat(bridge(FrameChangeKind.REDUCTION)).isEqualTo(-460);
            assertThat(bridge(FrameChangeKind.ADDITION)).isEqualTo(309);
            assertThat(bridge(FrameChangeKind.DEPRECIATION)).isEqualTo(36);
            assertThat(bridge(FrameChangeKind.REALLOCATION)).isZero();
            assertThat(whole(plan.frameTotal(2025))).isEqualTo(10958);
        }

        @Test
        void eachFrameIsThePublishedOneToATenth() {
            assertThat(plan.frames(2025)).extracting(f -> tenths(f.amount()))
                    .containsExactly("16.3", "3943.2", "6534.0", "437.5", "12.2", "6.5", "8.7");
        }

        @Test
        void theIndexIsThreePointTwoPercentOnTheIndexedPart() {
            BridgeLine rs = computed.bridge(2025).stream().filter(b -> b.change().committee().equals("RS")
                    && b.rule() == BridgeLine.Rule.INDEX).findFirst().orElseThrow();
            // RS: 4 141.8 − external pensions 1 522.9 − depreciation 580 = 2 038.9
            assertThat(rs.basis()).contains(Money.ofMnkr("2038.9"));
            assertThat(rs.amount()).isEqualTo(Money.ofMnkr("65.2448"));
        }

        @Test
        void theResultBudgetIsThePublishedOne() {
            assertThat(is(2025, IncomeStatementLine.TAX_REVENUE)).isEqualTo(8508);
            assertThat(is(2025, IncomeStatementLine.GENERAL_GRANTS)).isEqualTo(2849);
            assertThat(is(2025, IncomeStatementLine.NET_OPERATING_COST)).isEqualTo(-10958);
            assertThat(is(2025, IncomeStatementLine.OPERATING_RESULT)).isEqualTo(399);
            assertThat(whole(plan.incomeStatement(2025).orElseThrow().value(IncomeStatementLine.FINANCIAL_INCOME)
                    .plus(plan.incomeStatement(2025).orElseThrow().value(IncomeStatementLine.FINANCIAL_COSTS))))
                    .isEqualTo(-181);
            assertThat(is(2025, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(218);
        }

        @Test
        void theCashFlowIsThePublishedOne() {
            // non-cash 957 = depreciation 616 + pension provisions 8 404 − 8 063; cash 349 → 461
            assertThat(whole(plan.cashFlow(2025).orElseThrow().value(CashFlowLine.NON_CASH_ADJUSTMENTS)))
                    .isEqualTo(957);
            assertThat(whole(plan.cashFlow(2025).orElseThrow().value(CashFlowLine.CLOSING_CASH))).isEqualTo(461);
        }
    }

    @Test
    void thePlanYearsGiveThePublishedResultsAndRestoreByTheDeadlines() {
        assertThat(is(2026, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(528);
        assertThat(is(2027, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(422);
        assertThat(is(2028, IncomeStatementLine.RESULT_FOR_YEAR)).isEqualTo(492);
        // balanskravsresultat 48, 348, 241: 2023's 239 restored by 2026, 2024's 398 by 2027
        assertThat(computed.required()).extracting(r -> whole(r.balanceRequirementResult()))
                .containsExactly(48, 348, 241, 312);
        assertThat(computed.shortfalls()).isEmpty();
        assertThat(computed.schedule().year(2027).orElseThrow().closingUnrestored().isZero()).isTrue();
    }

    @Test
    void theSensitivityTableIsComputedFromTheModel() {
        SensitivityAnalysis table = FILES.sensitivity();
        // 1 % of the tax base: 1 % of 8 508.2 = 85; 1 pp on loans of 2 220 = 22.2
        assertThat(whole(table.row(SensitivityAnalysis.Driver.TAX_BASE).effect(2025))).isEqualTo(85);
        assertThat(table.row(SensitivityAnalysis.Driver.INTEREST).effect(2025)).isEqualTo(Money.ofMnkr("-22.2"));
        // 1 % of pay: payroll 4 983.6 × (1 + PO-pålägg 50 %) = 7 475.4 → 74.754
        assertThat(table.row(SensitivityAnalysis.Driver.PAY).effect(2025)).isEqualTo(Money.ofMnkr("-74.754"));
        assertThat(table.row(SensitivityAnalysis.Driver.PRICES).effect(2025).isNegative()).isTrue();
    }

    @Test
    void everyScenarioIsComparedPerYear() {
        ScenarioComparison c = FILES.compareScenarios();
        assertThat(c.year(2025)).extracting(o -> o.scenario())
                .containsExactly("plan", "skr-april", "index-plus-1", "interest-plus-1", "hsn-plus-100");
        // 100 mnkr more to HSN costs 100 in 2025
        assertThat(c.scenario("hsn-plus-100").get(0).result())
                .isEqualTo(c.scenario("plan").get(0).result().minus(Money.ofMnkr("100")));
    }

    @Nested
    class WrittenAsAPlanDirectory {
        @TempDir
        Path dir;

        @Test
        void readsBackAsThePlanAndPlanCheckFindsNothing() {
            PlanDirectoryWriter.write(computed, dir);
            RegionalPlan back = PlanDirectoryReader.read(dir);

            assertThat(ConsistencyCheck.check(back)).isEmpty();
            assertThat(back.region()).isEqualTo("Region Västerbotten");
            assertThat(back.planYear()).isEqualTo(2025);
            assertThat(back.frames()).isEqualTo(plan.frames());
            assertThat(back.frameChanges()).isEqualTo(plan.frameChanges());
            assertThat(back.incomeStatements()).isEqualTo(plan.incomeStatements());
            assertThat(back.balanceSheets()).isEqualTo(plan.balanceSheets());
            assertThat(back.cashFlows()).isEqualTo(plan.cashFlows());
            assertThat(back.investmentPlan()).isEqualTo(plan.investmentPlan());
            assertThat(back.goals()).isEqualTo(plan.goals());
            assertThat(back.yearStatus()).isEqualTo(plan.yearStatus());
        }

        @Test
        void theHistoryWithThePlanYearsIsWrittenForThePlanReport() {
            PlanDirectoryWriter.write(computed, dir);
            RestorationSchedule back = BalanceRequirementHistory.read(dir.resolve(PlanDirectoryWriter.HISTORY))
                    .schedule();

            assertThat(back.years()).extracting(y -> y.year()).containsExactly(2023, 2024, 2025, 2026, 2027, 2028);
            assertThat(back.years()).extracting(y -> y.closingUnrestored())
                    .isEqualTo(computed.schedule().years().stream().map(y -> y.closingUnrestored()).toList());
            assertThat(back.years()).extracting(y -> y.requiredResult())
                    .isEqualTo(computed.schedule().years().stream().map(y -> y.requiredResult()).toList());
        }

        @Test
        void everyScenarioPlanAlsoPassesPlanCheck() {
            for (ComputedPlan p : FILES.compareScenarios().plans()) {
                PlanDirectoryWriter.write(p, dir);
                assertThat(ConsistencyCheck.check(PlanDirectoryReader.read(dir))).isEmpty();
            }
        }
    }
}
