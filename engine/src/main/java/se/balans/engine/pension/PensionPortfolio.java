package se.balans.engine.pension;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The pension-fund portfolio (pensionsmedelsportföljen): monthly returns, benchmark returns and
 * market values per asset class.
 */
public record PensionPortfolio(Map<AssetClass, ReturnSeries> series) {

    public PensionPortfolio {
        series = Collections.unmodifiableMap(series.isEmpty() ? new EnumMap<>(AssetClass.class)
                : new EnumMap<>(series));
        series.forEach((k, v) -> {
            if (v.assetClass() != k) {
                throw new IllegalArgumentException("series of " + v.assetClass().code() + " filed as " + k.code());
            }
        });
    }

    /** Groups monthly returns by asset class; each class's months must follow each other. */
    public static PensionPortfolio of(List<MonthlyReturn> returns) {
        Map<AssetClass, List<MonthlyReturn>> byClass = new EnumMap<>(AssetClass.class);
        for (MonthlyReturn r : returns) {
            byClass.computeIfAbsent(r.assetClass(), k -> new ArrayList<>()).add(r);
        }
        Map<AssetClass, ReturnSeries> series = new EnumMap<>(AssetClass.class);
        byClass.forEach((k, v) -> {
            v.sort(Comparator.comparing(MonthlyReturn::month));
            series.put(k, new ReturnSeries(k, v));
        });
        return new PensionPortfolio(series);
    }

    public Optional<ReturnSeries> series(AssetClass assetClass) {
        return Optional.ofNullable(series.get(assetClass));
    }

    /** The latest month any asset class has a return for. */
    public Optional<YearMonth> latestMonth() {
        return series.values().stream().map(ReturnSeries::last).max(Comparator.naturalOrder());
    }

    /** The earliest month any asset class has a return for. */
    public Optional<YearMonth> earliestMonth() {
        return series.values().stream().map(ReturnSeries::first).min(Comparator.naturalOrder());
    }

    /** The month's figures of every asset class that has a return for it, in asset-class order. */
    public List<AssetClassFigures> figures(YearMonth month) {
        List<AssetClassFigures> out = new ArrayList<>();
        for (ReturnSeries s : series.values()) {
            s.month(month).ifPresent(m -> out.add(new AssetClassFigures(s.assetClass(), m, s.yearToDate(month),
                    s.rolling12Months(month), s.activeRisk(month))));
        }
        return out;
    }

    /** The market values at the end of a month, of the classes that state one. */
    public Allocation allocation(YearMonth month) {
        Map<AssetClass, Money> values = new EnumMap<>(AssetClass.class);
        for (ReturnSeries s : series.values()) {
            s.month(month).flatMap(MonthlyReturn::marketValue).ifPresent(v -> values.put(s.assetClass(), v));
        }
        return new Allocation(month, values);
    }
}
