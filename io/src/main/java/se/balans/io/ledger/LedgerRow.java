package se.balans.io.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import se.balans.engine.ledger.Dimensions;
import se.balans.engine.money.Money;

/**
 * One transaction row (kontering) of a voucher.
 *
 * <p>The amount is kept as whole öre in a {@code long}, debit positive, as the ledger books it: a ledger
 * amount has at most two decimals ({@link LedgerAmounts}), so the öre are exact, and a million rows a
 * second then allocate no {@code BigDecimal} (nor the {@code BigInteger} its unscaled value would make)
 * on their way to the sums, which are kept in öre too. {@link #amount()} gives it in SEK for whoever
 * wants {@link Money}. The cost centre is the object of dimension 1 (kostnadsställe), because the
 * closing maps cost centres to committees; every other dimension is kept in one canonical string so
 * that rows group by it without a map per row.
 *
 * @param account    the account number as written (kontonummer), never empty
 * @param costCentre the object of dimension 1 (kostnadsställe), {@code ""} when none
 * @param dimensions the other dimensions, see {@link Dimensions#canonical}: {@code "2=P100;6=X"},
 *                   {@code ""} when none
 * @param ore        the amount in öre (SEK × 100), debit positive
 * @param date       the row's own date if the file gives one (SIE {@code #TRANS} transdat), else
 *                   the voucher date
 * @param text       the row's own text, {@code ""} when none
 */
public record LedgerRow(String account, String costCentre, String dimensions, long ore, LocalDate date, String text) {

    public LedgerRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (account.isEmpty()) {
            throw new IllegalArgumentException("a row needs an account");
        }
    }

    /**
     * A row of an amount in SEK, which must be whole öre (as {@link Money#ofSek} requires).
     *
     * @throws ArithmeticException if the amount does not fit in a {@code long} of öre
     */
    public static LedgerRow of(String account, String costCentre, String dimensions, BigDecimal amount,
                               LocalDate date, String text) {
        Objects.requireNonNull(amount, "amount");
        long ore = Money.ofSek(amount).sek().movePointRight(2).longValueExact();
        return new LedgerRow(account, costCentre, dimensions, ore, date, text);
    }

    /** The amount in SEK, scale 2, debit positive. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(ore, 2);
    }
}
