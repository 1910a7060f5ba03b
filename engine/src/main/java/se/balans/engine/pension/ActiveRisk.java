package se.balans.engine.pension;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Tracking error and information ratio over a window of monthly returns. These are statistics,
 * computed in doubles with Commons Math; returns themselves stay exact.
 *
 * <ul>
 *   <li>Tracking error (aktiv risk) = the sample standard deviation (n − 1) of the monthly active
 *       returns × √12, annualised as the financial report states it.</li>
 *   <li>Information ratio (informationskvot) = the annualised mean active return (mean monthly
 *       active return × 12) / tracking error: the active return earned per unit of active risk,
 *       from the same monthly observations. None when the tracking error is zero.</li>
 * </ul>
 *
 * @param months the number of monthly observations in the window
 */
public record ActiveRisk(YearMonth from, YearMonth to, int months, double trackingError,
                         OptionalDouble informationRatio) {

    private static final double MONTHS_PER_YEAR = 12.0;

    public ActiveRisk {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(informationRatio, "informationRatio");
    }

    /** The statistics of consecutive months; at least two are needed for a standard deviation. */
    public static ActiveRisk of(List<MonthlyReturn> months) {
        if (months.size() < 2) {
            throw new IllegalArgumentException("a tracking error needs at least two months, got " + months.size());
        }
        double[] active = months.stream().mapToDouble(m -> m.activeReturn().doubleValue()).toArray();
        double te = new StandardDeviation(true).evaluate(active) * Math.sqrt(MONTHS_PER_YEAR);
        double annualActive = new Mean().evaluate(active) * MONTHS_PER_YEAR;
        OptionalDouble ir = te > 0 ? OptionalDouble.of(annualActive / te) : OptionalDouble.empty();
        return new ActiveRisk(months.get(0).month(), months.get(months.size() - 1).month(), months.size(), te, ir);
    }
}
