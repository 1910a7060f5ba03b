package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * A loan in the region's debt portfolio (lån i låneportföljen).
 *
 * <p>A loan is outstanding from its start date up to, but not including, its maturity date: on
 * the maturity date it is repaid (and, usually, refinanced by a loan starting that day), so a
 * portfolio as of that date holds the new loan and not both. This keeps the total equal to what
 * the region owes at the end of the day and never counts a repaid loan with zero years left.
 *
 * @param rate the current all-in rate as a fraction (0.0285 for 2.85 %); for a floating loan the
 *        rate set at its last fixing
 * @param nextFixingDate for a floating loan, when its rate is next reset (after the start, at the
 *        latest the maturity date); a fixed loan re-fixes only at maturity and has none
 */
public record Loan(String id, String lender, Money amount, LocalDate startDate, LocalDate maturityDate,
                   RateType rateType, BigDecimal rate, Optional<LocalDate> nextFixingDate) {

    public Loan {
        Instruments.requireId(id);
        Instruments.requireText(lender, "lender", id);
        Instruments.requirePositive(amount, id);
        Instruments.requireTerm(startDate, maturityDate, id);
        Objects.requireNonNull(rateType, "rateType");
        Instruments.requireRate(rate, id);
        Objects.requireNonNull(nextFixingDate, "nextFixingDate");
        if (rateType == RateType.FLOATING) {
            LocalDate fixing = nextFixingDate.orElseThrow(() -> new InvalidInstrumentException(id, "next_fixing_date",
                    id + ": a floating-rate loan needs its next fixing date"));
            if (!fixing.isAfter(startDate) || fixing.isAfter(maturityDate)) {
                throw new InvalidInstrumentException(id, "next_fixing_date", id + ": the next fixing date " + fixing
                        + " must be after the start date " + startDate + " and no later than the maturity date "
                        + maturityDate);
            }
        } else if (nextFixingDate.isPresent() && !nextFixingDate.get().equals(maturityDate)) {
            throw new InvalidInstrumentException(id, "next_fixing_date", id + ": a fixed-rate loan re-fixes only at "
                    + "maturity; leave next_fixing_date empty (or give the maturity date), got " + nextFixingDate.get());
        }
        nextFixingDate = rateType == RateType.FLOATING ? nextFixingDate : Optional.empty();
    }

    public static Loan fixed(String id, String lender, Money amount, LocalDate start, LocalDate maturity,
                             BigDecimal rate) {
        return new Loan(id, lender, amount, start, maturity, RateType.FIXED, rate, Optional.empty());
    }

    public static Loan floating(String id, String lender, Money amount, LocalDate start, LocalDate maturity,
                                BigDecimal rate, LocalDate nextFixing) {
        return new Loan(id, lender, amount, start, maturity, RateType.FLOATING, rate, Optional.of(nextFixing));
    }

    /** Outstanding on {@code date}: started on or before it and maturing after it. */
    public boolean isOutstandingOn(LocalDate date) {
        return !startDate.isAfter(date) && maturityDate.isAfter(date);
    }

    /** When the rate is next set: the next fixing for a floating loan, the maturity for a fixed one. */
    public LocalDate fixingDate() {
        return nextFixingDate.orElse(maturityDate);
    }
}
