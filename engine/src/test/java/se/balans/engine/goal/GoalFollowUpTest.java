package se.balans.engine.goal;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.statement.IncomeStatementLine;

/**
 * A small region's June 2026 (illustrative, hand-computed): taxes 800 and grants 200 to date, 1 600 and
 * 400 forecast; the goal: verksamhetens resultat at least 3 % of taxes and grants.
 */
class GoalFollowUpTest {
    static final YearMonth JUNE = YearMonth.of(2026, 6);
    static final FinancialGoal RESULT_GOAL = new FinancialGoal("resultatmal-2026", 2026,
            GoalMetric.OPERATING_RESULT_SHARE, true, new BigDecimal("0.03"),
            "2026 ska verksamhetens resultat uppgå till minst 3 procent av skatteintäkter och generella statsbidrag.");
    static final FinancialGoal LAST_YEARS = new FinancialGoal("resultatmal-2025", 2025,
            GoalMetric.OPERATING_RESULT_SHARE, true, new BigDecimal("0.02"), "2025 …");
    static final FinancialGoal DEBT_GOAL = new FinancialGoal("skuldmal-2026", 2026, GoalMetric.DEBT_SHARE, false,
            new BigDecimal("0.22"), "Låneskulden högst 22 procent.");

    static Money m(String mnkr) {
        return Money.ofMnkr(mnkr);
    }

    static Measures measures(String ytd, String forecast) {
        return new Measures(Money.ZERO, m(ytd), Money.ZERO, Money.ZERO, Money.ZERO, m(forecast));
    }

    static MonthlyClosing june(String costsToDate, String costsForecast) {
        List<MonthlyClosing.Row> rows = List.of(
                new MonthlyClosing.Row(new Key("KS", IncomeStatementLine.OPERATING_COSTS), measures(costsToDate, costsForecast)),
                new MonthlyClosing.Row(new Key("KS", IncomeStatementLine.TAX_REVENUE), measures("800", "1600")),
                new MonthlyClosing.Row(new Key("KS", IncomeStatementLine.GENERAL_GRANTS), measures("200", "400")));
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (MonthlyClosing.Row r : rows) {
            for (int month = 1; month <= 12; month++) {
                months.add(new MonthlyClosing.MonthRow(r.key(), month, Money.ZERO, Money.ZERO, Money.ZERO));
            }
        }
        return new MonthlyClosing(JUNE, List.of("KS"), rows, months, List.of(), Optional.empty());
    }

    @Test
    void aGoalTheForecastAndTheYearSoFarMeetIsMet() {
        // to date 40 / 1 000 = 4 %; forecast 100 / 2 000 = 5 %
        GoalFollowUp f = GoalFollowUp.of(List.of(RESULT_GOAL), june("-960", "-1900")).get(0);

        assertThat(f.toDate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.04"));
        assertThat(f.forecast()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.05"));
        assertThat(f.outlook()).isEqualTo(GoalFollowUp.Outlook.MET);
    }

    @Test
    void aGoalTheForecastMeetsButTheYearSoFarDoesNotIsAtRisk() {
        // to date 15 / 1 000 = 1,5 %; forecast 80 / 2 000 = 4 %
        GoalFollowUp f = GoalFollowUp.of(List.of(RESULT_GOAL), june("-985", "-1920")).get(0);

        assertThat(f.outlook()).isEqualTo(GoalFollowUp.Outlook.AT_RISK);
    }

    @Test
    void aGoalTheForecastMissesIsNotMet() {
        // forecast 50 / 2 000 = 2,5 %
        GoalFollowUp f = GoalFollowUp.of(List.of(RESULT_GOAL), june("-960", "-1950")).get(0);

        assertThat(f.forecast()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.025"));
        assertThat(f.outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_MET);
    }

    @Test
    void onlyTheClosingYearsGoalsAndThoseTheClosingCannotJudgeSaySo() {
        List<GoalFollowUp> all = GoalFollowUp.of(List.of(LAST_YEARS, RESULT_GOAL, DEBT_GOAL), june("-960", "-1900"));

        assertThat(all).extracting(f -> f.goal().id()).containsExactly("resultatmal-2026", "skuldmal-2026");
        assertThat(all.get(1).outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_EVALUABLE);
        assertThat(all.get(1).missing()).contains(GoalFollowUp.Need.LOAN_REGISTER);
    }

    @Test
    void theDebtGoalsAreJudgedOnTheLoanRegistersOfTheMonthEndAndTheYearBefore() {
        FinancialGoal decrease = new FinancialGoal("skuldutveckling-2026", 2026, GoalMetric.DEBT_CHANGE, false,
                BigDecimal.ZERO, "Låneskulden ska över tid minska.");
        // debt 460 at the month end against forecast taxes and grants of 2 000: 23 %; 400 a year ago: +60
        List<GoalFollowUp> all = GoalFollowUp.of(List.of(DEBT_GOAL, decrease), june("-960", "-1900"),
                Optional.of(m("460")), Optional.of(m("400")));

        assertThat(all.get(0).forecast()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.23"));
        assertThat(all.get(0).outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_MET);
        assertThat(all.get(1).forecast()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("60000000"));
        assertThat(all.get(1).outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_MET);
        assertThat(GoalFollowUp.of(List.of(decrease), june("-960", "-1900"), Optional.of(m("460")), Optional.empty())
                .get(0).missing()).contains(GoalFollowUp.Need.LOAN_REGISTER_YEAR_START);
    }

    static final FinancialGoal SOLIDITET = new FinancialGoal("soliditet-2026", 2026,
            GoalMetric.EQUITY_RATIO_INCL_PENSION_COMMITMENTS, true, new BigDecimal("0.11"),
            "Soliditeten inklusive ansvarsförbindelsen ska vara minst 11 procent.");

    /** June: equity 550 of assets 1 370, ansvarsförbindelse 400 (10,9 %); the year end 570 of 1 390, 300 (19,4 %). */
    static java.util.Optional<se.balans.engine.balancesheet.BalanceSheetFollowUp> sheet() {
        java.util.Map<se.balans.engine.statement.BalanceSheetLine, Money> june = new java.util.EnumMap<>(
                se.balans.engine.statement.BalanceSheetLine.class);
        june.put(se.balans.engine.statement.BalanceSheetLine.FIXED_ASSETS, m("970"));
        june.put(se.balans.engine.statement.BalanceSheetLine.CURRENT_ASSETS, m("400"));
        june.put(se.balans.engine.statement.BalanceSheetLine.OPENING_EQUITY, m("500"));
        june.put(se.balans.engine.statement.BalanceSheetLine.RESULT_FOR_YEAR, m("50"));
        june.put(se.balans.engine.statement.BalanceSheetLine.PENSION_PROVISIONS, m("320"));
        june.put(se.balans.engine.statement.BalanceSheetLine.LONG_TERM_LIABILITIES, m("450"));
        june.put(se.balans.engine.statement.BalanceSheetLine.CURRENT_LIABILITIES, m("50"));
        var statement = se.balans.engine.statement.Statement.of(se.balans.engine.statement.StatementKind.BALANCE_SHEET,
                2026, june);
        var position = new se.balans.engine.balancesheet.BalanceSheetPosition(JUNE, statement, m("400"), Money.ZERO,
                se.balans.engine.balancesheet.BalanceSheetPosition.Opening.FILE, java.util.Map.of(), List.of(), m("450"));
        java.util.Map<se.balans.engine.statement.BalanceSheetLine, Money> budget = new java.util.EnumMap<>(june);
        budget.put(se.balans.engine.statement.BalanceSheetLine.CURRENT_ASSETS, m("470"));
        budget.put(se.balans.engine.statement.BalanceSheetLine.RESULT_FOR_YEAR, m("70"));
        return java.util.Optional.of(se.balans.engine.balancesheet.BalanceSheetFollowUp.of(position,
                java.util.Optional.of(se.balans.engine.statement.Statement.of(
                        se.balans.engine.statement.StatementKind.BALANCE_SHEET, 2026, budget)), m("70"),
                List.of(new se.balans.engine.balancesheet.PensionCommitment(java.time.LocalDate.of(2026, 6, 30), m("400"),
                                false, "KPA"),
                        new se.balans.engine.balancesheet.PensionCommitment(java.time.LocalDate.of(2026, 12, 31), m("300"),
                                true, "KPA prognos")),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
    }

    @Test
    void aSoliditetGoalTheYearEndMeetsButJuneDoesNotIsAtRisk() {
        GoalFollowUp f = GoalFollowUp.of(List.of(SOLIDITET), june("-960", "-1900"), Optional.empty(), Optional.empty(),
                sheet()).get(0);
        // June (550 − 400) / 1 370 = 10,9 % < 11 %; year end, the lines as in June and equity 500 + 70:
        // (570 − 300) / (570 + 320 + 450 + 50) = 270 / 1 390 = 19,42 %.
        assertThat(f.toDate().orElseThrow().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("10.9");
        assertThat(f.forecast().orElseThrow().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("19.42");
        assertThat(f.outlook()).isEqualTo(GoalFollowUp.Outlook.AT_RISK);
    }

    @Test
    void withoutABalanceSheetASoliditetGoalSaysWhatItNeeds() {
        GoalFollowUp f = GoalFollowUp.of(List.of(SOLIDITET), june("-960", "-1900")).get(0);
        assertThat(f.outlook()).isEqualTo(GoalFollowUp.Outlook.NOT_EVALUABLE);
        assertThat(f.missing()).contains(GoalFollowUp.Need.BALANCE_SHEET);
    }
}
