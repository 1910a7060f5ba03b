package se.balans.engine.plan;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * One year of the investment plan (investeringsplan): the investment frame (investeringsram,
 * expenditure allowed) and the depreciation (avskrivningar) the result budget carries.
 */
public record InvestmentPlanYear(int year, Money investmentFrame, Money depreciation) {
    public InvestmentPlanYear {
        Checks.year(year);
        Objects.requireNonNull(investmentFrame, "investmentFrame");
        Objects.requireNonNull(depreciation, "depreciation");
        if (investmentFrame.isNegative()) {
            throw new IllegalArgumentException("investment frame must not be negative");
        }
        if (depreciation.isNegative()) {
            throw new IllegalArgumentException("depreciation is stated as a positive cost");
        }
    }
}
