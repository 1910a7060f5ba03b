package se.balans.engine.treasury;

import java.util.Objects;

import se.balans.engine.money.Money;

/** One bar of the maturity profile (förfallostruktur): the debt maturing in a calendar year. */
public record MaturityYear(int year, Money amount) {
    public MaturityYear {
        Objects.requireNonNull(amount, "amount");
    }
}
