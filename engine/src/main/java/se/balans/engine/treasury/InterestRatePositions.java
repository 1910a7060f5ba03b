package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;

/**
 * The portfolio's rate positions as of a date, without and with swaps.
 *
 * <p><b>The swap convention.</b> A pay-fixed swap receives the floating rate that the floating
 * loans pay, so it turns floating volume into fixed: the swapped notional's rate becomes the
 * swap's fixed rate and its fixing date becomes the swap's maturity. Which floating loans a swap
 * hedges is not recorded (treasuries hedge the floating portfolio, not single loans), so the
 * notional of all active swaps is taken pro rata from every outstanding floating loan: each keeps
 * {@code 1 − s} of its volume at its own rate and fixing date, with s = swap notional / floating
 * volume. The floating loans' margin over the swap's floating reference rate is not modelled: the
 * swap is taken to offset the floating loans' whole rate, so the average rate with swaps
 * understates the cost by that margin (typically 0.1–0.3 percentage points on the swapped volume).
 * Swaps with more notional than there is floating debt would be speculation and are refused.
 */
public final class InterestRatePositions {
    private InterestRatePositions() {
    }

    /** Each loan's whole amount at its own rate until its own fixing date. */
    public static List<InterestRatePosition> ofLoans(List<Loan> outstanding, LocalDate asOf) {
        List<InterestRatePosition> out = new ArrayList<>();
        for (Loan l : outstanding) {
            out.add(new InterestRatePosition(l.id(), l.amount().sek(), l.rate(), fixingAfter(l, asOf)));
        }
        return out;
    }

    /** The positions after swaps (see the class comment for the convention). */
    public static List<InterestRatePosition> afterSwaps(List<Loan> outstanding, List<InterestRateSwap> active,
                                                        LocalDate asOf) {
        if (active.isEmpty()) {
            return ofLoans(outstanding, asOf);
        }
        BigDecimal unswapped = unswappedShare(outstanding, active, asOf);
        List<InterestRatePosition> out = new ArrayList<>();
        for (Loan l : outstanding) {
            BigDecimal volume = l.rateType() == RateType.FLOATING
                    ? l.amount().sek().multiply(unswapped, Ratios.CONTEXT) : l.amount().sek();
            out.add(new InterestRatePosition(l.id(), volume, l.rate(), fixingAfter(l, asOf)));
        }
        for (InterestRateSwap s : active) {
            out.add(new InterestRatePosition(s.id(), s.notional().sek(), s.fixedRate(), s.maturityDate()));
        }
        return out;
    }

    /**
     * The share {@code 1 − s} of each floating loan's volume left at its own rate when the active
     * swaps' notional is taken pro rata from the floating loans outstanding on {@code asOf} (one
     * when no swap is active); refused when the notional exceeds the floating volume.
     */
    static BigDecimal unswappedShare(List<Loan> outstanding, List<InterestRateSwap> active, LocalDate asOf) {
        Money notional = Money.sum(active, InterestRateSwap::notional);
        if (notional.isZero()) {
            return BigDecimal.ONE;
        }
        Money floating = Money.sum(outstanding.stream().filter(l -> l.rateType() == RateType.FLOATING).toList(),
                Loan::amount);
        if (notional.compareTo(floating) > 0) {
            throw new InvalidInputException("amount", null, "as of " + asOf + " the swaps' notional "
                    + notional.toMnkr().toPlainString() + " mnkr exceeds the floating-rate debt "
                    + floating.toMnkr().toPlainString() + " mnkr they hedge (swaps "
                    + String.join(", ", active.stream().map(InterestRateSwap::id).toList()) + ")");
        }
        return BigDecimal.ONE.subtract(notional.ratioTo(floating), Ratios.CONTEXT);
    }

    /**
     * A floating loan's fixing date must lie after the as-of date: a register whose fixings have
     * passed is out of date, and its rates are no longer the loans' rates.
     */
    static LocalDate fixingAfter(Loan l, LocalDate asOf) {
        if (!l.fixingDate().isAfter(asOf)) {
            throw new InvalidInstrumentException(l.id(), "next_fixing_date", l.id() + ": the next fixing date "
                    + l.fixingDate() + " is not after the as-of date " + asOf
                    + "; the register is out of date (update the rate and next_fixing_date)");
        }
        return l.fixingDate();
    }
}
