package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Uniform changes to the drivers, for scenarios and the sensitivity analysis: each is zero in the
 * plan itself.
 *
 * @param taxBase relative change of every year's tax base (0.01 for 1 % more)
 * @param index percentage points added to every year's index, as a fraction (0.01 for +1 pp)
 * @param interest percentage points added to the rate on all interest-bearing debt (0.01 for +1 pp)
 * @param pay a pay level above the index from the budget year on, a fraction: the budget year's
 *        frames are compensated for the committees' personnel costs (pay and PO-pålägg) times it, and
 *        the later years carry it with their frames (a level, not a rise every year)
 * @param prices a price level above the index from the budget year on, a fraction: likewise on the
 *        indexed part of the frames other than personnel costs
 */
public record Adjustments(BigDecimal taxBase, BigDecimal index, BigDecimal interest, BigDecimal pay,
                          BigDecimal prices) {
    public static final Adjustments NONE = new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public Adjustments {
        Objects.requireNonNull(taxBase, "taxBase");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(prices, "prices");
    }

    public Adjustments plus(Adjustments o) {
        return new Adjustments(taxBase.add(o.taxBase), index.add(o.index), interest.add(o.interest), pay.add(o.pay),
                prices.add(o.prices));
    }

    public Adjustments withTaxBase(BigDecimal v) {
        return new Adjustments(v, index, interest, pay, prices);
    }

    public Adjustments withIndex(BigDecimal v) {
        return new Adjustments(taxBase, v, interest, pay, prices);
    }

    public Adjustments withInterest(BigDecimal v) {
        return new Adjustments(taxBase, index, v, pay, prices);
    }

    public Adjustments withPay(BigDecimal v) {
        return new Adjustments(taxBase, index, interest, v, prices);
    }

    public Adjustments withPrices(BigDecimal v) {
        return new Adjustments(taxBase, index, interest, pay, v);
    }
}
