package se.balans.engine.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.InvalidInputException;
import se.balans.engine.money.Money;

/**
 * One month's return of an asset class and of its benchmark (månadsavkastning och
 * jämförelseindex), as fractions (0.029 for +2.9 %), and optionally the market value at month end.
 */
public record MonthlyReturn(YearMonth month, AssetClass assetClass, BigDecimal portfolioReturn,
                            BigDecimal benchmarkReturn, Optional<Money> marketValue) {

    public MonthlyReturn {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(assetClass, "assetClass");
        requireReturn(portfolioReturn, "portfolio_return", month);
        requireReturn(benchmarkReturn, "benchmark_return", month);
        Objects.requireNonNull(marketValue, "marketValue");
        if (marketValue.isPresent() && marketValue.get().isNegative()) {
            throw new InvalidInputException("market_value", null, month + ": a market value cannot be negative");
        }
    }

    /** A return cannot lose more than everything. */
    private static void requireReturn(BigDecimal r, String field, YearMonth month) {
        Objects.requireNonNull(r, field);
        if (r.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new InvalidInputException(field, null, month + ": a return must be above −100 %");
        }
    }

    public static MonthlyReturn of(YearMonth month, AssetClass assetClass, BigDecimal portfolio, BigDecimal benchmark) {
        return new MonthlyReturn(month, assetClass, portfolio, benchmark, Optional.empty());
    }

    /**
     * Aktiv avkastning: portfolio return less benchmark return, the arithmetic difference as the
     * financial report states it ("+0,7 % mot jämförelseindex").
     */
    public BigDecimal activeReturn() {
        return portfolioReturn.subtract(benchmarkReturn);
    }
}
