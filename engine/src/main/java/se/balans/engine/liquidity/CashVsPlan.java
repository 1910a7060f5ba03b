package se.balans.engine.liquidity;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.CashFlowLine;

/**
 * Month-end cash against the plan's cash-flow budget (likviditet mot kassaflödesbudget).
 *
 * <p>The plan budgets cash only at the year's start and end; it has no monthly path, and spreading
 * the year's change evenly over the months would invent one (tax income and pension payments are
 * strongly seasonal). So the month's cash is compared with the budgeted cash at the end of its
 * year, and the budgeted opening cash is shown beside it.
 *
 * @param plannedOpeningCash likvida medel vid årets början in the plan's cash-flow budget
 * @param plannedClosingCash likvida medel vid årets slut in the plan's cash-flow budget
 */
public record CashVsPlan(CashBalance actual, Optional<Money> plannedOpeningCash, Optional<Money> plannedClosingCash) {

    public CashVsPlan {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(plannedOpeningCash, "plannedOpeningCash");
        Objects.requireNonNull(plannedClosingCash, "plannedClosingCash");
    }

    /** The month's cash beside the plan's cash-flow budget for the month's year. */
    public static CashVsPlan of(CashBalance actual, RegionalPlan plan) {
        int year = actual.month().getYear();
        return new CashVsPlan(actual,
                plan.cashFlow(year).filter(s -> s.has(CashFlowLine.OPENING_CASH))
                        .map(s -> s.value(CashFlowLine.OPENING_CASH)),
                plan.cashFlow(year).map(s -> s.value(CashFlowLine.CLOSING_CASH)));
    }

    /** Actual cash less the budgeted cash at the end of the year. */
    public Optional<Money> deviationFromPlannedClosing() {
        return plannedClosingCash.map(p -> actual.cash().minus(p));
    }
}
