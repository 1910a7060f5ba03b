package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * Depreciation in a year on the assets the region already has (and on investments before the plan
 * period), from the asset register: the plan adds the depreciation of its own new investments.
 */
public record ExistingDepreciation(int year, Money amount, String source) {
    public ExistingDepreciation {
        DriverChecks.year(year);
        DriverChecks.notNegative(amount, "depreciation");
        Objects.requireNonNull(source, "source");
    }
}
