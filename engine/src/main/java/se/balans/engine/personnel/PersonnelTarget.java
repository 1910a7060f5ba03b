package se.balans.engine.personnel;

import java.math.BigDecimal;
import java.util.Objects;

import se.balans.engine.InvalidInputException;

/**
 * A target for a personnel figure: at most {@code maximum}, a fraction (0.02 for 2 %), with where it comes from
 * (the regionplan, the committee's plan, or "illustrative").
 *
 * <p>A figure meets its target when it is at most the target, compared exactly: 2.04 % does not meet a target of
 * 2 %, though a report rounding to whole percent would show both as 2 %. The reports show one decimal.
 */
public record PersonnelTarget(PersonnelMetric metric, BigDecimal maximum, String source) {
    public PersonnelTarget {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(source, "source");
        if (maximum.signum() < 0 || maximum.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("target", null, "a target share is between 0 and 100 percent, got "
                    + maximum.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
        }
    }

    /** Whether a figure meets the target: at most the target. */
    public boolean metBy(BigDecimal actual) {
        return actual.compareTo(maximum) <= 0;
    }
}
