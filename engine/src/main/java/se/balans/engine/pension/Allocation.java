package se.balans.engine.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;

/**
 * The portfolio's allocation at a month end (allokering): each asset class's market value as a
 * share of the whole. The whole is the {@code total} market value when the file gives it (the
 * portfolio may hold more than the classes listed, e.g. cash), else the sum of the classes.
 */
public record Allocation(YearMonth month, Map<AssetClass, Money> marketValues) {

    public Allocation {
        Objects.requireNonNull(month, "month");
        marketValues = Collections.unmodifiableMap(marketValues.isEmpty()
                ? new EnumMap<>(AssetClass.class) : new EnumMap<>(marketValues));
    }

    /** The portfolio's market value. */
    public Money total() {
        Money total = marketValues.get(AssetClass.TOTAL);
        if (total != null) {
            return total;
        }
        return Money.sum(marketValues.values());
    }

    public Optional<Money> marketValue(AssetClass assetClass) {
        return Optional.ofNullable(marketValues.get(assetClass));
    }

    /** An asset class's share of the portfolio, as a fraction; empty without a value or a total. */
    public Optional<BigDecimal> share(AssetClass assetClass) {
        Money total = total();
        return marketValue(assetClass).filter(v -> !total.isZero()).map(v -> v.ratioTo(total));
    }
}
