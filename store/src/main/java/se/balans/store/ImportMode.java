package se.balans.store;

import java.time.YearMonth;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a file joins the ledger when its months are already supplied by another import.
 *
 * <ul>
 *   <li>{@link #NEW}: it must not overlap; a month that another import supplies is refused, naming both.</li>
 *   <li>{@link #replace(Set)}: a re-export (e.g. this year to date, replacing last month's export of the
 *       year to date) supersedes every current import it overlaps. Refused if that would leave a month
 *       an earlier import supplied without any ledger, unless the month is named in {@code drop}; and
 *       refused if it would replace a month's rows with less than half as many (that is a file of late
 *       vouchers, which is added, not a re-export).</li>
 *   <li>{@link #ADD}: a supplement (a file of late vouchers, a second ledger of the same year) whose
 *       balances add to the months it covers; several imports then supply one month.</li>
 * </ul>
 *
 * @param drop months a replacement may leave without a ledger, named on purpose
 */
public record ImportMode(boolean replace, boolean add, SortedSet<YearMonth> drop) {
    public static final ImportMode NEW = new ImportMode(false, false, new TreeSet<>());
    public static final ImportMode ADD = new ImportMode(false, true, new TreeSet<>());

    public ImportMode {
        if (replace && add) {
            throw new IllegalArgumentException("a file either replaces or adds to the ledger, not both");
        }
        if (!replace && !drop.isEmpty()) {
            throw new IllegalArgumentException("months to drop go with a replacement");
        }
        drop = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(drop));
    }

    public static ImportMode replace(Set<YearMonth> drop) {
        return new ImportMode(true, false, new TreeSet<>(drop));
    }

    /** The mode of the older flag: replace or not. */
    public static ImportMode of(boolean replace) {
        return replace ? replace(Set.of()) : NEW;
    }
}
