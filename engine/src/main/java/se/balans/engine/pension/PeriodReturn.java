package se.balans.engine.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.balans.engine.money.Ratios;

/**
 * The return over several months, portfolio and benchmark, from {@code from} to {@code to}
 * inclusive: year to date (hittills i år) or rolling 12 months.
 */
public record PeriodReturn(YearMonth from, YearMonth to, BigDecimal portfolio, BigDecimal benchmark) {

    public PeriodReturn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(benchmark, "benchmark");
    }

    /**
     * Chained (geometrically linked) return of consecutive monthly returns: (1 + r₁)(1 + r₂)… − 1.
     * Adding monthly returns would overstate gains and understate losses: +10 % then −10 % is −1 %.
     */
    public static BigDecimal chain(List<BigDecimal> monthly) {
        BigDecimal growth = BigDecimal.ONE;
        for (BigDecimal r : monthly) {
            growth = growth.multiply(BigDecimal.ONE.add(r), Ratios.CONTEXT);
        }
        return growth.subtract(BigDecimal.ONE);
    }

    static PeriodReturn of(List<MonthlyReturn> months) {
        return new PeriodReturn(months.get(0).month(), months.get(months.size() - 1).month(),
                chain(months.stream().map(MonthlyReturn::portfolioReturn).toList()),
                chain(months.stream().map(MonthlyReturn::benchmarkReturn).toList()));
    }

    /** Active return over the period: chained portfolio return less chained benchmark return. */
    public BigDecimal active() {
        return portfolio.subtract(benchmark);
    }
}
