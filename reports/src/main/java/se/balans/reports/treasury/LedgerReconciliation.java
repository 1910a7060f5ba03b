package se.balans.reports.treasury;

import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The month's closing beside the treasury's files: the interest-bearing debt and likvida medel as the
 * ledger gives them at the month end, which the financial report reconciles with the loan register and
 * the cash file — or why it cannot (the month not closed, no balance sheet), said rather than left out.
 *
 * @param closingId the closing the ledger figures come from
 * @param debt      the ledger's interest-bearing debt at the month end
 * @param cash      the ledger's likvida medel at the month end
 * @param missing   why there are no ledger figures; never with them
 */
public record LedgerReconciliation(Optional<Long> closingId, Optional<Money> debt, Optional<Money> cash,
                                   Optional<String> missing) {
    public LedgerReconciliation {
        Objects.requireNonNull(closingId, "closingId");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(missing, "missing");
        if (debt.isPresent() == missing.isPresent() || debt.isPresent() != cash.isPresent()
                || debt.isPresent() != closingId.isPresent()) {
            throw new IllegalArgumentException("the ledger's debt and cash from a closing, or why there are none");
        }
    }

    public static LedgerReconciliation of(long closingId, Money debt, Money cash) {
        return new LedgerReconciliation(Optional.of(closingId), Optional.of(debt), Optional.of(cash), Optional.empty());
    }

    public static LedgerReconciliation missing(String why) {
        return new LedgerReconciliation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(why));
    }
}
