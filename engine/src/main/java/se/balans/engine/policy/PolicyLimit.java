package se.balans.engine.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;
import se.balans.engine.money.Ratios;
import se.balans.engine.pension.AssetClass;

/**
 * One limit of the finance policy: a metric's allowed range, both ends inclusive ("högst 30 %"
 * allows exactly 30 %). Either end may be open.
 *
 * <p>Each end must lie in the range its unit allows ({@link #RANGE_OF_SHARES} and the like): a
 * share limit of 250 % or a negative binding can never be met or never be broken, so a limit
 * like that is a typing error (a fraction for a percentage, a figure in the wrong row), and a
 * report that showed it as met would mislead.
 *
 * @param assetClass the asset class of an {@link PolicyMetric#ALLOCATION} limit; none otherwise
 * @param min the lowest allowed value, in the metric's unit (fraction, years, SEK)
 * @param max the highest allowed value
 */
public record PolicyLimit(PolicyMetric metric, Optional<AssetClass> assetClass, Optional<BigDecimal> min,
                          Optional<BigDecimal> max) {

    public PolicyLimit {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if ((metric == PolicyMetric.ALLOCATION) != assetClass.isPresent()) {
            throw new InvalidInputException("asset_class", null, metric == PolicyMetric.ALLOCATION
                    ? "an allocation limit needs its asset class" : metric.code() + " takes no asset class");
        }
        min.ifPresent(v -> requireInRange(metric, "min", v));
        max.ifPresent(v -> requireInRange(metric, "max", v));
        if (min.isEmpty() && max.isEmpty()) {
            throw new InvalidInputException("max", null, metric.code() + ": give a min, a max or both");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidInputException("max", null, metric.code() + ": the max " + max.get().toPlainString()
                    + " is below the min " + min.get().toPlainString());
        }
    }

    /** A share or an allocation: 0–100 %. */
    public static final String RANGE_OF_SHARES = "0–100 %";
    /** A binding in years: 0–50 years, beyond the longest loan a region takes. */
    static final BigDecimal MAX_YEARS = BigDecimal.valueOf(50);
    /**
     * A limit on the total debt: 0–1 000 000 mnkr, ten times the largest single loan a loan file
     * takes and far above any region's borrowing limit (Västerbotten's is 4 000 mnkr).
     */
    static final Money MAX_DEBT = Money.ofMnkr("1000000");

    private static void requireInRange(PolicyMetric metric, String field, BigDecimal value) {
        switch (metric.unit()) {
            case FRACTION -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    throw new InvalidInputException(field, null, metric.code() + ": a share is " + RANGE_OF_SHARES
                            + ", got " + field + " " + Ratios.toPercent(value).stripTrailingZeros().toPlainString()
                            + " % (shares are given in percent, e.g. 30)");
                }
            }
            case YEARS -> {
                if (value.signum() < 0 || value.compareTo(MAX_YEARS) > 0) {
                    throw new InvalidInputException(field, null, metric.code() + ": a binding is 0–" + MAX_YEARS
                            + " years, got " + field + " " + value.stripTrailingZeros().toPlainString());
                }
            }
            case MONEY -> {
                if (value.signum() < 0 || value.compareTo(MAX_DEBT.sek()) > 0) {
                    throw new InvalidInputException(field, null, metric.code() + ": a limit on the debt is 0–"
                            + MAX_DEBT.toMnkr().toPlainString() + " mnkr, got " + field + " "
                            + Money.ofSek(value).toMnkr().stripTrailingZeros().toPlainString()
                            + " mnkr (amounts are in mnkr, not kronor or tkr)");
                }
            }
            default -> throw new IllegalStateException(metric.unit().toString());
        }
    }

    public static PolicyLimit between(PolicyMetric metric, BigDecimal min, BigDecimal max) {
        return new PolicyLimit(metric, Optional.empty(), Optional.of(min), Optional.of(max));
    }

    public static PolicyLimit atMost(PolicyMetric metric, BigDecimal max) {
        return new PolicyLimit(metric, Optional.empty(), Optional.empty(), Optional.of(max));
    }

    /** The key that must be unique within a policy: the metric and, for allocation, the asset class. */
    public String key() {
        return metric.code() + assetClass.map(a -> "." + a.code()).orElse("");
    }

    /** Whether a value lies within the limit. Exact: a value is not brought within by rounding. */
    public boolean allows(BigDecimal value) {
        return min.map(m -> value.compareTo(m) >= 0).orElse(true) && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }
}
