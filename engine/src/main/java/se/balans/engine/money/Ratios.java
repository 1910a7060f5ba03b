package se.balans.engine.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Shared precision for ratios (shares, percentages, rates).
 *
 * <p>Ratios are fractions (0.032 for 3.2 %). Sixteen significant digits are far beyond what any
 * report shows, and a fixed context keeps every run's figures identical.
 */
public final class Ratios {
    public static final MathContext CONTEXT = new MathContext(16, RoundingMode.HALF_EVEN);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** A percentage (3.2) as a fraction (0.032). */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.divide(HUNDRED, CONTEXT);
    }

    /**
     * Utveckling: {@code now} against {@code base} as a fraction ({@code now / base − 1}). Empty when the
     * base is zero or the two have opposite signs: a cost that goes from nothing to 40, or a result from
     * −50 to +75, has no meaningful growth rate, and none is made up. With the same sign the ratio less
     * one reads the same for figures shown positive and for costs signed negative.
     */
    public static Optional<BigDecimal> growth(Money now, Money base) {
        if (base.isZero() || now.signum() * base.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(now.ratioTo(base).subtract(BigDecimal.ONE));
    }

    /** A fraction (0.032) as a percentage (3.2). */
    public static BigDecimal toPercent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED, CONTEXT);
    }
}
