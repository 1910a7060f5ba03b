package se.balans.io.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A balance a SIE file states rather than books: opening and closing balances, results, period
 * balances and budgets.
 *
 * <p>A {@code #PSALDO}/{@code #PBUDGET} with an empty object list is the account's total; the
 * same file may also give the per-object balances of that account and period, which are parts of
 * that total: a consumer must not add both.
 *
 * @param kind       which record
 * @param yearIndex  the fiscal year, 0 = current, −1 = previous (årsnummer)
 * @param period     the month, for {@code PSALDO} and {@code PBUDGET}; {@code null} otherwise
 * @param account    the account number
 * @param costCentre the object of dimension 1, {@code ""} when none
 * @param dimensions the other dimensions as in {@link LedgerRow#dimensions()}
 * @param amount     SEK, scale 2
 * @param quantity   the quantity (kvantitet), or {@code null} when not given
 * @param line       the file line
 */
public record BalanceRecord(Kind kind, int yearIndex, YearMonth period, String account, String costCentre,
                            String dimensions, BigDecimal amount, BigDecimal quantity, long line) {

    /** The SIE balance records. */
    public enum Kind {
        /** Ingående balans ({@code #IB}). */
        IB,
        /** Utgående balans ({@code #UB}). */
        UB,
        /** Ingående balans för objekt ({@code #OIB}). */
        OIB,
        /** Utgående balans för objekt ({@code #OUB}). */
        OUB,
        /** Saldo för resultatkonto ({@code #RES}). */
        RES,
        /** Periodsaldo ({@code #PSALDO}). */
        PSALDO,
        /** Periodbudget ({@code #PBUDGET}). */
        PBUDGET;

        /** Whether the record is for one month. */
        public boolean isPeriodic() {
            return this == PSALDO || this == PBUDGET;
        }
    }

    public BalanceRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(amount, "amount");
        if (kind.isPeriodic() != (period != null)) {
            throw new IllegalArgumentException(kind + (kind.isPeriodic() ? " needs" : " has no") + " a period");
        }
    }
}
