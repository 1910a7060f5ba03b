package se.balans.io.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import se.balans.engine.ledger.Dimensions;
import se.balans.engine.money.Money;

/**
 * One transaction row (kontering) of a voucher.
 *
 * <p>The amount is in SEK with exactly two decimals, debit positive, as the ledger books it; it is
 * kept as a {@link BigDecimal} rather than a {@link Money} so that a million rows a second stay
 * cheap, but it obeys the same rule (at most öre). The cost centre is the object of dimension 1
 * (kostnadsställe), because the closing maps cost centres to committees; every other dimension is
 * kept in one canonical string so that rows group by it without a map per row.
 *
 * @param account    the account number as written (kontonummer), never empty
 * @param costCentre the object of dimension 1 (kostnadsställe), {@code ""} when none
 * @param dimensions the other dimensions, see {@link Dimensions#canonical}: {@code "2=P100;6=X"},
 *                   {@code ""} when none
 * @param amount     SEK, scale 2, debit positive
 * @param date       the row's own date if the file gives one (SIE {@code #TRANS} transdat), else
 *                   the voucher date
 * @param text       the row's own text, {@code ""} when none
 */
public record LedgerRow(String account, String costCentre, String dimensions, BigDecimal amount,
                        LocalDate date, String text) {

    public LedgerRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (account.isEmpty()) {
            throw new IllegalArgumentException("a row needs an account");
        }
        if (amount.scale() != 2) {
            amount = Money.ofSek(amount).sek();
        }
    }
}
