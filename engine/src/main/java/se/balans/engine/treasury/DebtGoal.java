package se.balans.engine.treasury;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.ratio.FinancialRatios;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.Figure;

/**
 * The plan's debt goal (skuldmål) evaluated with the actual debt: räntebärande låneskuld
 * (exklusive pensionsskulden) / (skatteintäkter + generella statsbidrag och utjämning).
 *
 * <p>The debt is the loan portfolio's total at the as-of date; the base is the plan's taxes and
 * grants for the as-of year (the full-year budget, since the goal compares debt with a year's
 * income). The goal is the plan's {@code debt_share} goal for that year or, if the plan sets none
 * for it, the latest earlier one: a plan's goals stand until a new plan replaces them.
 */
public final class DebtGoal {
    static final String SOURCE = "loan_portfolio";

    private DebtGoal() {
    }

    /** The goal that applies in {@code year}, if the plan has a debt-share goal for it or an earlier year. */
    public static Optional<FinancialGoal> applicableGoal(RegionalPlan plan, int year) {
        return plan.goals().stream()
                .filter(g -> g.metric() == GoalMetric.DEBT_SHARE && g.year() <= year)
                .max(Comparator.comparingInt(FinancialGoal::year));
    }

    public static Optional<GoalEvaluation> evaluate(RegionalPlan plan, LocalDate asOf, Money debt) {
        int year = asOf.getYear();
        return applicableGoal(plan, year).map(goal -> {
            Figure debtFigure = new Figure(SOURCE, year, "interest_bearing_debt", debt);
            return plan.incomeStatement(year).map(is -> {
                Money base = FinancialRatios.taxesAndGrants(is);
                List<Figure> inputs = List.of(debtFigure,
                        new Figure("income_statement", year, IncomeStatementLine.TAX_REVENUE.code(),
                                is.value(IncomeStatementLine.TAX_REVENUE)),
                        new Figure("income_statement", year, IncomeStatementLine.GENERAL_GRANTS.code(),
                                is.value(IncomeStatementLine.GENERAL_GRANTS)));
                if (base.isZero()) {
                    return new GoalEvaluation(goal, Optional.empty(), GoalStatus.NOT_EVALUABLE, inputs,
                            Optional.of("taxes and grants " + year));
                }
                var share = debt.ratioTo(base);
                return new GoalEvaluation(goal, Optional.of(share),
                        goal.isMetBy(share) ? GoalStatus.MET : GoalStatus.NOT_MET, inputs, Optional.empty());
            }).orElseGet(() -> new GoalEvaluation(goal, Optional.empty(), GoalStatus.NOT_EVALUABLE,
                    List.of(debtFigure), Optional.of("income_statement " + year)));
        });
    }
}
