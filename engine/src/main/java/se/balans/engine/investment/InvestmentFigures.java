package se.balans.engine.investment;

import java.util.Collection;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A category's (or the total's) investments against its budget: the month, the year to date, the
 * year's budget as adopted and as carried in from last year, and the full-year forecast. The same
 * figures will serve a project, when the ledger's amounts carry one.
 *
 * @param month      net investments of the month (debit movements less credits on the mapped accounts)
 * @param yearToDate net investments of the year through the month
 * @param budget     the year's budget as adopted (investment-budget.csv)
 * @param carriedIn  budget carried over from last year by decision (ombudgetering), signed as decided
 * @param forecast   the full-year forecast
 */
public record InvestmentFigures(Money month, Money yearToDate, Money budget, Money carriedIn, Money forecast) {
    public static final InvestmentFigures ZERO = new InvestmentFigures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    public InvestmentFigures {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(carriedIn, "carriedIn");
        Objects.requireNonNull(forecast, "forecast");
    }

    /** The year's budget: as adopted plus what was carried in. */
    public Money budgetOfYear() {
        return budget.plus(carriedIn);
    }

    /** What is left of the year's budget after the year to date (negative when it is overspent already). */
    public Money remaining() {
        return budgetOfYear().minus(yearToDate);
    }

    /** The year's budget less the forecast: positive when the year is forecast under budget. */
    public Money deviation() {
        return budgetOfYear().minus(forecast);
    }

    public InvestmentFigures plus(InvestmentFigures o) {
        return new InvestmentFigures(month.plus(o.month), yearToDate.plus(o.yearToDate), budget.plus(o.budget),
                carriedIn.plus(o.carriedIn), forecast.plus(o.forecast));
    }

    public static InvestmentFigures sum(Collection<InvestmentFigures> figures) {
        InvestmentFigures total = ZERO;
        for (InvestmentFigures f : figures) {
            total = total.plus(f);
        }
        return total;
    }
}
