package se.balans.engine.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A point of the cumulative-return chart: portfolio and benchmark as indices at the end of a
 * month, 100 at the end of the month before the series starts.
 */
public record IndexPoint(YearMonth month, BigDecimal portfolio, BigDecimal benchmark) {
    public IndexPoint {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(benchmark, "benchmark");
    }
}
