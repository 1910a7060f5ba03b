package se.balans.engine.plan.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.balans.engine.plan.drivers.Norrfjall.m;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.balans.engine.check.ConsistencyCheck;
import se.balans.engine.money.Money;

/** Region Norrfjäll's scenarios and känslighetsanalys, by hand. */
class ScenarioAndSensitivityTest {

    static final Scenario APRIL = new Scenario("skr-april", "SKR:s aprilprognos i stället för augusti",
            List.of(new Scenario.Change(Scenario.Kind.TAX_GROWTH_PERCENT, Optional.of(2026), Optional.empty(),
                    new BigDecimal("3"), "SKR 2025-04-29")));
    static final Scenario HSN_100 = new Scenario("hsn-100", "100 mnkr mer till HSN från 2026",
            List.of(new Scenario.Change(Scenario.Kind.ADDITION, Optional.of(2026), Optional.of("HSN"),
                    new BigDecimal("100"), "Tillskott HSN")));

    final ScenarioComparison comparison = ScenarioComparison.compare(Norrfjall.base(), Norrfjall.drivers(),
            Norrfjall.history(), Money.ZERO, List.of(APRIL, HSN_100));

    ScenarioOutcome outcome(String scenario, int year) {
        return comparison.year(year).stream().filter(o -> o.scenario().equals(scenario)).findFirst().orElseThrow();
    }

    @Nested
    class Scenarios {
        @Test
        void eachYearListsThePlanFirstThenTheScenarios() {
            assertThat(comparison.year(2026)).extracting(ScenarioOutcome::scenario)
                    .containsExactly("plan", "skr-april", "hsn-100");
        }

        @Test
        void theAprilForecastGrowsTheTaxBaseThreePercentInsteadOfFour() {
            // 30 000 × 1.03 × 11 % = 3 399, 33 less than 3 432: result 40 → 7; 2027's base is an amount: unchanged
            assertThat(outcome("skr-april", 2026).result()).isEqualTo(m("7"));
            assertThat(outcome("skr-april", 2027).result()).isEqualTo(m("59.9475"));
        }

        @Test
        void anAdditionCarriesIntoTheNextYearWithItsIndex() {
            // 2026: 40 − 100 = −60; 2027: 59.9475 − 100 − 100 × 2.5 % = −42.5525
            assertThat(outcome("hsn-100", 2026).result()).isEqualTo(m("-60"));
            assertThat(outcome("hsn-100", 2027).result()).isEqualTo(m("-42.5525"));
            // 2026's balanskravsresultat −70 is a new deficit; 2027 still owes 2024's 130
            assertThat(outcome("hsn-100", 2026).balanceRequirementResult()).isEqualTo(m("-70"));
            assertThat(outcome("hsn-100", 2027).required().fallsShort()).isTrue();
        }

        @Test
        void thePlanRowShowsResultBalanceRequirementSoliditetDebtAndGoals() {
            ScenarioOutcome plan = outcome("plan", 2026);
            assertThat(plan.result()).isEqualTo(m("40"));
            assertThat(plan.balanceRequirementResult()).isEqualTo(m("30"));
            assertThat(plan.debt()).isEqualTo(m("900"));
            // soliditet 540 / 3 190
            assertThat(plan.equityRatio()).contains(new BigDecimal("540").divide(new BigDecimal("3190"),
                    se.balans.engine.money.Ratios.CONTEXT));
            // operating result 43 / 4 271.1 ≈ 1.0 % < 2 %; debt up 100: neither goal met
            assertThat(plan.goalsMet()).isZero();
            assertThat(plan.goalsEvaluated()).isEqualTo(2);
            // 2027 carries 2026's goals: debt falls 900 → 850 (met), result share 60.9475 / 4 394 < 2 %
            assertThat(outcome("plan", 2027).goalsMet()).isEqualTo(1);
        }

        @Test
        void onePointMoreIndexRaisesEveryIndexedPart() {
            // 2026: (650 + 2 900 + 100) × 1 % = 36.5 more frames: 40 − 36.5 = 3.5
            Scenario index = new Scenario("index", "", List.of(new Scenario.Change(Scenario.Kind.INDEX_PP,
                    Optional.empty(), Optional.empty(), BigDecimal.ONE, "")));
            ComputedPlan p = PlanCalculator.compute(Norrfjall.base(), index.apply(Norrfjall.drivers()),
                    Norrfjall.history(), Money.ZERO);
            assertThat(p.figures(2026).frames()).isEqualTo(m("4264.6"));
            assertThat(p.required(2026).orElseThrow().result()).isEqualTo(m("3.5"));
        }

        @Test
        void anotherForecastsTaxBaseReplacesTheYearsAmount() {
            // 2027's base 32 000 instead of 32 400: 400 × 11 % = 44 less
            Scenario lower = new Scenario("lower", "", List.of(new Scenario.Change(Scenario.Kind.TAX_BASE,
                    Optional.of(2027), Optional.empty(), new BigDecimal("32000"), "SKR 2025-10")));
            ComputedPlan p = PlanCalculator.compute(Norrfjall.base(), lower.apply(Norrfjall.drivers()),
                    Norrfjall.history(), Money.ZERO);
            assertThat(p.figures(2027).taxRevenue()).isEqualTo(m("3520"));
            assertThat(p.figures(2027).taxForecast()).isEqualTo("SKR 2025-10");
        }

        @Test
        void everyScenarioPlanTies() {
            comparison.plans().forEach(p -> assertThat(ConsistencyCheck.check(p.plan())).isEmpty());
        }

        @Test
        void aScenarioNamedTwiceIsRefused() {
            assertThatThrownBy(() -> ScenarioComparison.compare(Norrfjall.base(), Norrfjall.drivers(),
                    Norrfjall.history(), Money.ZERO, List.of(APRIL, APRIL)))
                    .hasMessage("scenario skr-april is given twice");
        }

        @Test
        void anAdditionNeedsACommittee() {
            assertThatThrownBy(() -> new Scenario.Change(Scenario.Kind.ADDITION, Optional.of(2026), Optional.empty(),
                    BigDecimal.TEN, "")).hasMessage("addition needs a committee");
        }
    }

    @Nested
    class Sensitivity {
        final SensitivityAnalysis table = SensitivityAnalysis.compute(Norrfjall.base(), Norrfjall.drivers(),
                Norrfjall.history(), Money.ZERO);

        @Test
        void onePercentOfTaxBaseIsOnePercentOfTheTaxes() {
            // 31 200 × 1 % = 312 × 11 % = 34.32; 32 400 × 1 % = 324 × 11 % = 35.64
            assertThat(table.row(SensitivityAnalysis.Driver.TAX_BASE).effect(2026)).isEqualTo(m("34.32"));
            assertThat(table.row(SensitivityAnalysis.Driver.TAX_BASE).effect(2027)).isEqualTo(m("35.64"));
        }

        @Test
        void onePointOfInterestIsOnePercentOfTheDebt() {
            // (800 + 100) × 1 % = 9; (750 + 100) × 1 % = 8.5
            assertThat(table.row(SensitivityAnalysis.Driver.INTEREST).effect(2026)).isEqualTo(m("-9"));
            assertThat(table.row(SensitivityAnalysis.Driver.INTEREST).effect(2027)).isEqualTo(m("-8.5"));
        }

        @Test
        void onePercentOfPayIsOnePercentOfPersonnelCostsWithPoPaalagg() {
            // payroll 1 140 × (1 + 40 %) = 1 596 → 15.96; 2027 carries it with the index: 15.96 × 1.025
            assertThat(table.row(SensitivityAnalysis.Driver.PAY).effect(2026)).isEqualTo(m("-15.96"));
            assertThat(table.row(SensitivityAnalysis.Driver.PAY).effect(2027)).isEqualTo(m("-16.359"));
        }

        @Test
        void onePercentOfPricesIsOnePercentOfTheOtherIndexedCosts() {
            // indexed 650 + 2 900 + 100 less personnel 140 + 1 400 + 56 = 2 054 → 20.54; × 1.025 in 2027
            assertThat(table.row(SensitivityAnalysis.Driver.PRICES).effect(2026)).isEqualTo(m("-20.54"));
            assertThat(table.row(SensitivityAnalysis.Driver.PRICES).effect(2027)).isEqualTo(m("-21.0535"));
        }
    }
}
