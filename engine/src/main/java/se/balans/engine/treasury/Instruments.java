package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * Argument checks shared by loans and swaps. The fields named are the loan file's columns, so a
 * reader can point at the line and column at fault.
 */
final class Instruments {
    /** A rate beyond ±100 % is a typing error (e.g. a fraction where a percentage was meant, or vice versa). */
    private static final BigDecimal MAX_ABS_RATE = BigDecimal.ONE;
    /**
     * The largest plausible single loan or swap notional of a Swedish region: 100 000 mnkr (100
     * miljarder kronor), more than the whole debt of the largest region and some thirty times
     * Västerbotten's. Anything above is a typing error, most often an amount in kronor or tkr where
     * mnkr was meant, and would otherwise swamp every weighted average of the portfolio.
     */
    static final Money MAX_AMOUNT = Money.ofMnkr("100000");

    private Instruments() {
    }

    static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", null, "an id is required");
        }
    }

    static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new InvalidInstrumentException(id, field, id + ": " + field + " is required");
        }
    }

    static void requirePositive(Money amount, String id) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidInstrumentException(id, "amount", id + ": the amount must be positive, got "
                    + amount.toMnkr().toPlainString() + " mnkr");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInstrumentException(id, "amount", id + ": " + amount.toMnkr().stripTrailingZeros()
                    .toPlainString() + " mnkr is more than any single loan of a region (at most "
                    + MAX_AMOUNT.toMnkr().toPlainString() + " mnkr): amounts are in mnkr, not kronor or tkr");
        }
    }

    static void requireTerm(LocalDate start, LocalDate maturity, String id) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(maturity, "maturity");
        if (!maturity.isAfter(start)) {
            throw new InvalidInstrumentException(id, "maturity_date", id + ": the maturity date " + maturity
                    + " must be after the start date " + start);
        }
    }

    static void requireRate(BigDecimal rate, String id) {
        Objects.requireNonNull(rate, "rate");
        if (rate.abs().compareTo(MAX_ABS_RATE) >= 0) {
            throw new InvalidInstrumentException(id, "rate", id + ": the rate " + Ratios.toPercent(rate).stripTrailingZeros()
                    .toPlainString() + " % is not a plausible interest rate (rates are given in percent, e.g. 2.85)");
        }
    }
}
