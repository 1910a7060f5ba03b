package se.balans.engine.plan.drivers;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * The least result a plan year must reach to restore the deficits falling due that year
 * (KL 11 kap. 12 §: within the three following years), against what the plan gives.
 *
 * @param requiredBalanceRequirementResult the balanskravsresultat that restores every deficit due
 *        this year, from the restoration schedule (at least zero: the balance requirement itself)
 * @param leastResult the årets resultat that gives it: the required balanskravsresultat less this
 *        year's balance-requirement adjustments
 */
public record RequiredResult(int year, Money result, Money balanceRequirementResult,
                             Money requiredBalanceRequirementResult, Money leastResult) {
    public RequiredResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(balanceRequirementResult, "balanceRequirementResult");
        Objects.requireNonNull(requiredBalanceRequirementResult, "requiredBalanceRequirementResult");
        Objects.requireNonNull(leastResult, "leastResult");
    }

    /** Whether the plan's result falls short of what the restoration requires this year. */
    public boolean fallsShort() {
        return balanceRequirementResult.compareTo(requiredBalanceRequirementResult) < 0;
    }

    /** How much is missing (zero when the year reaches its requirement). */
    public Money shortfall() {
        return requiredBalanceRequirementResult.minus(balanceRequirementResult).max(Money.ZERO);
    }
}
