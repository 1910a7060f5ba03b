package se.balans.engine.ledger;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * The ledger's movement for one month, account and object of one dimension other than the cost
 * centre (objekt, e.g. a project of SIE dimension 6), summed over the vouchers and the other
 * dimensions. Signed as booked: debit positive, credit negative.
 *
 * <p>Why beside {@link LedgerAmount} and not a field of it: a closing reads every account by cost
 * centre; only a follow-up by one dimension (investments per project) needs the object, and only of
 * the rows that carry it.
 *
 * @param dimension the dimension's id as the ledger names it ({@code "6"} in SIE, {@code "project"} for a
 *                  CSV column {@code dim_project})
 * @param object    the object (objektkod), never empty
 */
public record LedgerObjectAmount(YearMonth period, String account, String dimension, String object, Money amount) {
    public LedgerObjectAmount {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(amount, "amount");
        if (dimension.isEmpty() || object.isEmpty()) {
            throw new IllegalArgumentException("an object amount needs a dimension and an object");
        }
    }
}
