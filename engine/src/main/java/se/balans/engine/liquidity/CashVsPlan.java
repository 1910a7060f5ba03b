package se.balans.engine.liquidity;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
import se.balans.engine.plan.RegionalPlan;
import se.balans.engine.statement.CashFlowLine;

/**
 * Month-end cash against the plan's cash-flow budget (likviditet mot kassaflödesbudget).
 *
 * <p>The plan budgets cash only at the year's start and end; it has no monthly path. A month end is
 * never compared with the year end (that compares unlike things: a February balance against a
 * December budget). It is compared with the budget periodised linearly — the year's budgeted change
 * spread evenly over its months, named as such because tax income and pension payments are seasonal —
 * and, where the ledger gives it, with the same month end last year (the closing's balance sheet).
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

    /**
     * The budgeted cash at a month end, periodised linearly: the opening cash plus the month's share
     * (months elapsed / 12) of the year's budgeted change. The one rule of periodising the cash budget.
     */
    public static Money periodised(Money opening, Money closing, YearMonth month) {
        return opening.plus(closing.minus(opening).times(java.math.BigDecimal.valueOf(month.getMonthValue()))
                .dividedBy(java.math.BigDecimal.valueOf(12)));
    }

    /** The budgeted cash at the month end, periodised linearly, when the plan gives both the opening and closing cash. */
    public Optional<Money> plannedAtMonthEnd() {
        return plannedOpeningCash.flatMap(o -> plannedClosingCash.map(c -> periodised(o, c, actual.month())));
    }

    /** Actual cash less the periodised budget at the month end. */
    public Optional<Money> deviationFromPeriodisedPlan() {
        return plannedAtMonthEnd().map(p -> actual.cash().minus(p));
    }
}
