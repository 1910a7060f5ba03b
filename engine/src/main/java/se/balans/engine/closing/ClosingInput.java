package se.balans.engine.closing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import se.balans.engine.ledger.LedgerMapping.Key;
import se.balans.engine.money.Money;

/**
 * Everything a closing reads: the mapped outcomes per month (this year to the closing month, and
 * earlier years for the same period last year and the seasonality), the budgets by year, the
 * periodisation rules and the committees in report order.
 */
public record ClosingInput(YearMonth month, List<String> committees, Map<YearMonth, Map<Key, Money>> actuals,
                           Map<Integer, AnnualBudget> budgets, ClosingConfig config) {
    public ClosingInput {
        Objects.requireNonNull(month, "month");
        committees = List.copyOf(committees);
        actuals = Map.copyOf(actuals);
        budgets = Map.copyOf(budgets);
        Objects.requireNonNull(config, "config");
    }

    public Optional<AnnualBudget> budget(int year) {
        return Optional.ofNullable(budgets.get(year));
    }

    /** Years with outcomes for all twelve months. */
    public SortedSet<Integer> completeYears() {
        SortedSet<Integer> out = new TreeSet<>();
        for (YearMonth p : actuals.keySet()) {
            boolean all = true;
            for (int m = 1; m <= 12 && all; m++) {
                all = actuals.containsKey(YearMonth.of(p.getYear(), m));
            }
            if (all) {
                out.add(p.getYear());
            }
        }
        return out;
    }

    /** The same input seen at an earlier month end: only the outcomes booked up to it. */
    public ClosingInput asOf(YearMonth earlier) {
        Map<YearMonth, Map<Key, Money>> cut = new java.util.HashMap<>();
        actuals.forEach((p, v) -> {
            if (!p.isAfter(earlier)) {
                cut.put(p, v);
            }
        });
        return new ClosingInput(earlier, committees, cut, budgets, config);
    }
}
