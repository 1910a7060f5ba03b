package se.balans.engine.treasury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.balans.engine.money.Ratios;

/**
 * The day-count convention of the debt report: ACT/365, actual calendar days divided by 365.
 *
 * <p>Swedish treasury reports state bindings in years with one decimal; ACT/365 is the usual
 * convention for such reports and, unlike ACT/ACT, gives the same year fraction for the same
 * number of days whether or not a leap day lies between.
 */
public final class DayCount {
    public static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private DayCount() {
    }

    /** Years from {@code from} to {@code to} (negative if {@code to} is earlier), exact to 16 digits. */
    public static BigDecimal act365(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)).divide(DAYS_PER_YEAR, Ratios.CONTEXT);
    }
}
