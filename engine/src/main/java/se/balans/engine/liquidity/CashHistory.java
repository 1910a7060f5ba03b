package se.balans.engine.liquidity;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.engine.InvalidInputException;

/** The observed month-end cash balances, one per month, in month order. */
public record CashHistory(SortedMap<YearMonth, CashBalance> byMonth) {

    public CashHistory {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
    }

    public static CashHistory of(List<CashBalance> balances) {
        SortedMap<YearMonth, CashBalance> m = new TreeMap<>();
        for (CashBalance b : balances) {
            if (m.put(b.month(), b) != null) {
                throw new InvalidInputException("month", null, b.month() + " appears twice");
            }
        }
        return new CashHistory(m);
    }

    public Optional<CashBalance> at(YearMonth month) {
        return Optional.ofNullable(byMonth.get(month));
    }

    public Optional<CashBalance> latest() {
        return byMonth.isEmpty() ? Optional.empty() : Optional.of(byMonth.get(byMonth.lastKey()));
    }

    /** The balances of a year up to and including {@code month}, for the year's cash chart. */
    public List<CashBalance> yearTo(YearMonth month) {
        return byMonth.subMap(YearMonth.of(month.getYear(), 1), month.plusMonths(1)).values().stream().toList();
    }
}
