package se.balans.engine.plan.drivers;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * SKR's landstingsprisindex (LPIK) for a year, as the frames are raised by it.
 *
 * <p>Regions raise the frames by the index <em>excluding drugs and the pension effect</em> and
 * budget pension costs separately from the pension administrator's (KPA) forecast: in Regionplan
 * 2025 the index with the pension effect was −1,4 %, without it 3,2 %. Only the index without the
 * pension effect moves the frames; the one with it is kept to show why it was not used.
 *
 * @param index the index excluding drugs and the pension effect, a fraction (0.032 for 3,2 %)
 * @param indexInclPension the index including the pension effect, for the record
 * @param payIncrease the pay rise assumed (löneökning), a fraction; it carries the payroll (and so the
 *        PO-pålägg) forward; when absent the index itself
 */
public record PriceIndex(int year, BigDecimal index, Optional<BigDecimal> indexInclPension,
                         Optional<BigDecimal> payIncrease, String source) {
    public PriceIndex {
        DriverChecks.year(year);
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(indexInclPension, "indexInclPension");
        Objects.requireNonNull(payIncrease, "payIncrease");
        Objects.requireNonNull(source, "source");
    }

    public static PriceIndex of(int year, BigDecimal index, String source) {
        return new PriceIndex(year, index, Optional.empty(), Optional.empty(), source);
    }

    /** The pay rise that carries the payroll into this year. */
    public BigDecimal pay() {
        return payIncrease.orElse(index);
    }
}
