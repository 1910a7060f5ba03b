package se.balans.engine.plan;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * A committee's budget frame (ram, nettoram) for a year: the net cost (costs less own revenues)
 * the council allows it. Positive for a committee that costs money.
 */
public record BudgetFrame(int year, String committee, Money amount) {
    public BudgetFrame {
        Checks.year(year);
        Checks.code(committee, "committee code");
        Objects.requireNonNull(amount, "amount");
    }
}
