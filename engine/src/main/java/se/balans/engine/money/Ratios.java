package se.balans.engine.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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

    /** A fraction (0.032) as a percentage (3.2). */
    public static BigDecimal toPercent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED, CONTEXT);
    }
}
