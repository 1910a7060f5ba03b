package se.balans.engine.ledger;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * The ledger's movement for one month, account and cost centre (kostnadsställe), summed over the
 * vouchers: what a closing reads. Signed as booked: debit positive, credit negative.
 */
public record LedgerAmount(YearMonth period, String account, String costCentre, Money amount) {
    public LedgerAmount {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(amount, "amount");
    }
}
