package se.balans.engine.treasury;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.balans.engine.goal.GoalEvaluation;
import se.balans.engine.goal.GoalStatus;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.trace.Figure;

/**
 * The plan's debt goal (skuldmål) evaluated with the actual debt: räntebärande låneskuld
 * (exklusive pensionsskulden) / (skatteintäkter + generella statsbidrag och utjämning).
 *
 * <p>One rule with the monthly report's goal follow-up ({@link se.balans.engine.goal.GoalFollowUp}), so
 * that the financial and the monthly report of a month give the same share:
 * <ul>
 * <li>the goal is the plan's {@code debt_share} goal <em>of the as-of year</em>: a goal the plan sets for
 * 2025 is not 2026's (a plan that keeps it for 2026 says so with a row for 2026);</li>
 * <li>the base is the year's taxes and grants as the month's closing forecasts them (the budget version
 * the closing used, carried to the full year) when the month is closed; otherwise the plan's income
 * statement for the year, and the evaluation says which it took.</li>
 * </ul>
 * The debt is the loan portfolio's total at the as-of date.
 */
public final class DebtGoal {
    static final String SOURCE = "loan_portfolio";
    /** The source of a base taken from the month's closing. */
    public static final String CLOSING_FORECAST = "closing_forecast";
    /** The source of a base taken from the plan. */
    public static final String PLAN = "income_statement";

    private DebtGoal() {
    }

    /** The goal of {@code year}, if the plan sets a debt-share goal for that year. */
    public static Optional<FinancialGoal> goalOf(RegionalPlan plan, int year) {
        return plan.goals(year).stream().filter(g -> g.metric() == GoalMetric.DEBT_SHARE).findFirst();
    }

    /**
     * @param closingForecast the month's closing's full-year forecast of skatteintäkter and generella statsbidrag
     *                        och utjämning, when the month is closed: the base the monthly report uses
     */
    public static Optional<GoalEvaluation> evaluate(RegionalPlan plan, LocalDate asOf, Money debt,
                                                    Optional<TaxesAndGrants> closingForecast) {
        int year = asOf.getYear();
        return goalOf(plan, year).map(goal -> {
            Figure debtFigure = new Figure(SOURCE, year, "interest_bearing_debt", debt);
            Optional<TaxesAndGrants> base = closingForecast.or(() -> plan.incomeStatement(year)
                    .map(is -> new TaxesAndGrants(is.value(IncomeStatementLine.TAX_REVENUE),
                            is.value(IncomeStatementLine.GENERAL_GRANTS), PLAN)));
            return base.map(b -> {
                List<Figure> inputs = List.of(debtFigure,
                        new Figure(b.source(), year, IncomeStatementLine.TAX_REVENUE.code(), b.taxes()),
                        new Figure(b.source(), year, IncomeStatementLine.GENERAL_GRANTS.code(), b.grants()));
                if (b.total().isZero()) {
                    return new GoalEvaluation(goal, Optional.empty(), GoalStatus.NOT_EVALUABLE, inputs,
                            Optional.of("taxes and grants " + year));
                }
                var share = debt.ratioTo(b.total());
                return new GoalEvaluation(goal, Optional.of(share),
                        goal.isMetBy(share) ? GoalStatus.MET : GoalStatus.NOT_MET, inputs, Optional.empty());
            }).orElseGet(() -> new GoalEvaluation(goal, Optional.empty(), GoalStatus.NOT_EVALUABLE,
                    List.of(debtFigure), Optional.of("income_statement " + year)));
        });
    }

    /**
     * Skatteintäkter and generella statsbidrag och utjämning of a year, and where they come from
     * ({@link #CLOSING_FORECAST} or {@link #PLAN}).
     */
    public record TaxesAndGrants(Money taxes, Money grants, String source) {
        public TaxesAndGrants {
            java.util.Objects.requireNonNull(taxes, "taxes");
            java.util.Objects.requireNonNull(grants, "grants");
            java.util.Objects.requireNonNull(source, "source");
        }

        public Money total() {
            return taxes.plus(grants);
        }
    }
}
