package se.balans.app.ledger;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import se.balans.store.ImportInfo;
import se.balans.store.Store;

/**
 * Which current imports supply each month of the ledger: one (an export), several (an export and files
 * of late vouchers added to it); a month that is not a key has no ledger. What a closing checks for
 * gaps and what {@code status} lists.
 */
public final class Supply {
    private Supply() {
    }

    /** The months with a ledger, each with the ids of the current imports supplying it, in order. */
    public static SortedMap<YearMonth, List<Long>> current(Store store) {
        Set<Long> current = new HashSet<>();
        store.imports().stream().filter(ImportInfo::current).forEach(i -> current.add(i.id()));
        SortedMap<YearMonth, List<Long>> byMonth = new TreeMap<>();
        store.monthsByImport().forEach((id, months) -> {
            if (current.contains(id)) {
                months.forEach(m -> byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(id));
            }
        });
        byMonth.values().forEach(ids -> ids.sort(null));
        return byMonth;
    }
}
