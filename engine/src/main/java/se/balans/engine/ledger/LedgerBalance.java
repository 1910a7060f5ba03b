package se.balans.engine.ledger;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * The ledger's movement for one month, account, cost centre (kostnadsställe) and set of further
 * dimensions, summed over a file's vouchers, with the number of rows it sums: what an import stores.
 * Signed as booked: debit positive, credit negative.
 *
 * @param dimensions the dimensions other than the cost centre in canonical form ({@code "2=P100;6=X"}),
 *                   {@code ""} when none
 * @param rowCount   how many transaction rows (or period balances) the amount sums
 */
public record LedgerBalance(YearMonth period, String account, String costCentre, String dimensions, Money amount,
                            long rowCount) {
    public LedgerBalance {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(amount, "amount");
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount must be ≥ 0, got " + rowCount);
        }
    }
}
