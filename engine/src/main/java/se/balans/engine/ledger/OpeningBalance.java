package se.balans.engine.ledger;

import java.util.Objects;

import se.balans.engine.money.Money;

/**
 * An account's opening balance of a fiscal year (ingående balans, SIE {@code #IB 0}), signed as
 * booked: debit positive. What the balance sheet of a month starts from.
 *
 * @param year    the fiscal year (a region's is the calendar year)
 * @param account the account number
 * @param amount  SEK to the öre
 */
public record OpeningBalance(int year, String account, Money amount) {
    public OpeningBalance {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        if (account.isEmpty()) {
            throw new IllegalArgumentException("an opening balance needs an account");
        }
    }

    public static OpeningBalance of(int year, String account, Money amount) {
        return new OpeningBalance(year, account, amount);
    }
}
