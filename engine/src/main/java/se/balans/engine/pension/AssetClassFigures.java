package se.balans.engine.pension;

import java.util.Objects;
import java.util.Optional;

/**
 * The financial report's figures of one asset class for a month: the month's return against the
 * benchmark, year to date, rolling 12 months, tracking error and information ratio. A figure the
 * series is too short for is empty.
 */
public record AssetClassFigures(AssetClass assetClass, MonthlyReturn month, Optional<PeriodReturn> yearToDate,
                                Optional<PeriodReturn> rolling12Months, Optional<ActiveRisk> activeRisk) {
    public AssetClassFigures {
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(rolling12Months, "rolling12Months");
        Objects.requireNonNull(activeRisk, "activeRisk");
    }
}
