package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.balans.engine.money.Money;

/**
 * A pay-fixed interest-rate swap (ränteswap): the region pays a fixed rate on the notional and
 * receives the floating rate, which turns that much floating-rate debt into fixed-rate debt until
 * the swap matures. The notional is not debt and never counts in the total.
 *
 * <p>Active, like a loan, from its start date up to but not including its maturity date. How a
 * swap changes the portfolio's rate and räntebindning is {@link InterestRatePositions#afterSwaps}.
 *
 * @param counterparty the bank on the other side (the loan file's {@code lender} column)
 * @param fixedRate the fixed rate paid, as a fraction
 */
public record InterestRateSwap(String id, String counterparty, Money notional, LocalDate startDate,
                               LocalDate maturityDate, BigDecimal fixedRate) {

    public InterestRateSwap {
        Instruments.requireId(id);
        Instruments.requireText(counterparty, "lender", id);
        Instruments.requirePositive(notional, id);
        Instruments.requireTerm(startDate, maturityDate, id);
        Instruments.requireRate(fixedRate, id);
    }

    /** Active on {@code date}: started on or before it and maturing after it. */
    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && maturityDate.isAfter(date);
    }
}
