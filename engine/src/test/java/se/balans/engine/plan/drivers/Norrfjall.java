package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.money.Money;
import se.balans.engine.plan.BudgetFrame;
import se.balans.engine.plan.Committee;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.FrameChange;
import se.balans.engine.plan.FrameChangeKind;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.InvestmentPlanYear;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.plan.YearStatus;
import se.balans.engine.statement.BalanceSheetLine;
import se.balans.engine.statement.CashFlowLine;
import se.balans.engine.statement.Statement;
import se.balans.engine.statement.StatementKind;

/**
 * Region Norrfjäll, an invented small region with three committees (RS carries pensions and
 * depreciation, HSN, KN), budget 2025 as base year and plan years 2026–2027. The figures are
 * chosen so that every line can be computed by hand; the tests give the arithmetic.
 */
final class Norrfjall {
    private Norrfjall() {
    }

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static BigDecimal pct(String percent) {
        return new BigDecimal(percent).movePointLeft(2);
    }

    /** Base year 2025: frames RS 1 000, HSN 3 000, KN 100; the balance sheet and cash flow tie. */
    static RegionalPlan base() {
        Map<BalanceSheetLine, Money> bs = Map.of(
                BalanceSheetLine.FIXED_ASSETS, m("2000"),
                BalanceSheetLine.CURRENT_ASSETS, m("1000"),
                BalanceSheetLine.OPENING_EQUITY, m("400"),
                BalanceSheetLine.RESULT_FOR_YEAR, m("100"),
                BalanceSheetLine.PENSION_PROVISIONS, m("1200"),
                BalanceSheetLine.LONG_TERM_LIABILITIES, m("800"),
                BalanceSheetLine.CURRENT_LIABILITIES, m("500"),
                BalanceSheetLine.CONTINGENT_PENSION_LIABILITY, m("1500"),
                BalanceSheetLine.INTEREST_BEARING_DEBT, m("800"));
        Map<CashFlowLine, Money> cf = Map.of(
                CashFlowLine.RESULT_FOR_YEAR, m("100"),
                CashFlowLine.NON_CASH_ADJUSTMENTS, m("150"),
                CashFlowLine.INVESTMENTS, m("-250"),
                CashFlowLine.OPENING_CASH, m("200"),
                CashFlowLine.CLOSING_CASH, m("200"));
        return new RegionalPlan("Region Norrfjäll", 2025, Map.of(2025, YearStatus.BUDGET),
                List.of(new Committee("RS", "Regionstyrelsen", null),
                        new Committee("HSN", "Hälso- och sjukvårdsnämnden", null),
                        new Committee("KN", "Kulturnämnden", null)),
                List.of(new BudgetFrame(2025, "RS", m("1000")), new BudgetFrame(2025, "HSN", m("3000")),
                        new BudgetFrame(2025, "KN", m("100"))),
                List.of(), Map.of(),
                Map.of(2025, Statement.of(StatementKind.BALANCE_SHEET, 2025, bs)),
                Map.of(2025, Statement.of(StatementKind.CASH_FLOW, 2025, cf)),
                List.of(new InvestmentPlanYear(2025, m("250"), m("150"))),
                List.of(new FinancialGoal("resultat", 2026, GoalMetric.OPERATING_RESULT_SHARE, true, pct("2"),
                                "Verksamhetens resultat minst 2 % av skatter och bidrag"),
                        new FinancialGoal("skuld", 2026, GoalMetric.DEBT_CHANGE, false, BigDecimal.ZERO,
                                "Låneskulden ska minska")),
                Optional.of(m("1500")), Money.ZERO);
    }

    static PlanDrivers drivers() {
        return new PlanDrivers(2025, 2027, "RS", "RS",
                List.of(new PriceIndex(2026, pct("3"), Optional.of(pct("1.2")), Optional.of(pct("3.5")), "SKR LPIK"),
                        PriceIndex.of(2027, pct("2.5"), "SKR LPIK")),
                List.of(new CommitteeDrivers("RS", m("100"), Money.ZERO, "lönesumma"),
                        new CommitteeDrivers("HSN", m("1000"), m("100"), "lönesumma; riktade statsbidrag i ramen"),
                        new CommitteeDrivers("KN", m("40"), Money.ZERO, "lönesumma")),
                List.of(new PayrollOverhead(2025, pct("40"), pct("10"), Optional.empty(), "SKR PO 2025"),
                        new PayrollOverhead(2026, pct("39"), pct("9"), Optional.empty(), "SKR PO 2026"),
                        new PayrollOverhead(2027, pct("39"), pct("9"), Optional.empty(), "SKR PO 2027")),
                List.of(new TaxBaseForecast(2025, Optional.of(m("30000")), Optional.empty(), new BigDecimal("11"),
                                Money.ZERO, "SKR 2024-08", "base"),
                        new TaxBaseForecast(2026, Optional.empty(), Optional.of(pct("4")), new BigDecimal("11"),
                                Money.ZERO, "SKR 2025-08", "august"),
                        new TaxBaseForecast(2027, Optional.of(m("32400")), Optional.empty(), new BigDecimal("11"),
                                Money.ZERO, "SKR 2025-08", "august")),
                List.of(new GrantPart(2026, "income_equalisation", m("700"), "SKR"),
                        new GrantPart(2026, "cost_equalisation", m("189.1"), "SKR"),
                        new GrantPart(2026, "regulation", m("-50"), "SKR"),
                        new GrantPart(2027, "income_equalisation", m("700"), "SKR"),
                        new GrantPart(2027, "cost_equalisation", m("180"), "SKR"),
                        new GrantPart(2027, "regulation", m("-50"), "SKR")),
                List.of(new PensionForecast(2025, m("200"), m("30"), Optional.empty(), Optional.empty(), "KPA"),
                        new PensionForecast(2026, m("180"), m("20"), Optional.of(m("1250")), Optional.empty(), "KPA"),
                        new PensionForecast(2027, m("190"), m("25"), Optional.empty(), Optional.empty(), "KPA")),
                List.of(Decision.of(new FrameChange(2026, "HSN", FrameChangeKind.ADDITION, m("50"), Optional.empty(),
                                "Ny vårdavdelning")),
                        Decision.of(new FrameChange(2026, "KN", FrameChangeKind.REALLOCATION, m("-10"),
                                Optional.of("HSN"),
                                "Kultur i vården")),
                        Decision.of(new FrameChange(2026, "HSN", FrameChangeKind.REALLOCATION, m("10"),
                                Optional.of("KN"),
                                "Kultur i vården")),
                        Decision.of(new FrameChange(2027, "RS", FrameChangeKind.REDUCTION, m("-20"), Optional.empty(),
                                "Effektivisering"))),
                List.of(new Investment(2026, "fastigheter", m("300"), 30, "investeringsplan"),
                        new Investment(2026, "medicinteknik", m("100"), 5, "investeringsplan"),
                        new Investment(2027, "it", m("60"), 3, "investeringsplan")),
                List.of(new ExistingDepreciation(2026, m("150"), "anläggningsregister"),
                        new ExistingDepreciation(2027, m("140"), "anläggningsregister")),
                List.of(new Financing(2026, m("20"), m("100"), Money.ZERO, pct("3"), m("40"), Money.ZERO, m("10"),
                                Money.ZERO, Money.ZERO, "lånereskontra"),
                        new Financing(2027, m("18"), Money.ZERO, m("50"), pct("3"), m("45"), Money.ZERO, Money.ZERO,
                                Money.ZERO, Money.ZERO, "lånereskontra")),
                Adjustments.NONE);
    }

    /** 2023 −80 (due 2026), 2024 −150 (due 2027), 2025 +100: restores 2023's 80 and 20 of 2024's. */
    static List<BalanceRequirementInput> history() {
        return List.of(BalanceRequirementInput.of(2023, m("-80")), BalanceRequirementInput.of(2024, m("-150")),
                BalanceRequirementInput.of(2025, m("100")));
    }

    static ComputedPlan compute() {
        return PlanCalculator.compute(base(), drivers(), history(), Money.ZERO);
    }
}
