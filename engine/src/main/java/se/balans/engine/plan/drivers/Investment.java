package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * Planned investment expenditure of one category in one year (investeringsplan), written off
 * straight-line over its useful life (nyttjandeperiod) from the year after: an asset is taken into
 * use when it is finished, and the plan does not know the month.
 */
public record Investment(int year, String category, Money amount, int usefulLife, String source) {
    public Investment {
        DriverChecks.year(year);
        DriverChecks.text(category, "category");
        DriverChecks.notNegative(amount, "investment");
        if (usefulLife < 1 || usefulLife > 100) {
            throw new IllegalArgumentException("useful life is 1 to 100 years, got " + usefulLife);
        }
        Objects.requireNonNull(source, "source");
    }

    /** The depreciation this investment causes in {@code y}: amount / life in each of its years of use. */
    public Money depreciationIn(int y) {
        if (y <= year || y > year + usefulLife) {
            return Money.ZERO;
        }
        return amount.dividedBy(java.math.BigDecimal.valueOf(usefulLife));
    }
}
