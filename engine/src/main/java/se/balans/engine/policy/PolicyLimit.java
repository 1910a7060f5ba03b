package se.balans.engine.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.pension.AssetClass;

/**
 * One limit of the finance policy: a metric's allowed range, both ends inclusive ("högst 30 %"
 * allows exactly 30 %). Either end may be open.
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
        if (min.isEmpty() && max.isEmpty()) {
            throw new InvalidInputException("max", null, metric.code() + ": give a min, a max or both");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidInputException("max", null, metric.code() + ": the max " + max.get().toPlainString()
                    + " is below the min " + min.get().toPlainString());
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
