package se.balans.engine.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prefix ranges to values, the most specific (longest) matching range winning: {@code 7} may map to
 * operating costs while {@code 78} maps to depreciation. Two ranges of the same length may not
 * overlap, so every code has at most one answer.
 *
 * @param <V> what a range maps to
 */
public final class RangeMap<V> {

    /** One configured range. */
    public record Entry<V>(PrefixRange range, V value) {
    }

    private final List<Entry<V>> entries;

    private RangeMap(List<Entry<V>> entries) {
        this.entries = entries;
    }

    /** @throws IllegalArgumentException naming two overlapping ranges */
    public static <V> RangeMap<V> of(List<Entry<V>> entries) {
        List<Entry<V>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry<V> e) -> -e.range().length()).thenComparing(e -> e.range().from()));
        // Sorted by length and start, a range overlaps an earlier one of its length exactly when it
        // starts at or before the furthest end seen so far: one pass, not every pair.
        Entry<V> furthest = null;
        for (Entry<V> e : sorted) {
            if (furthest != null && furthest.range().length() == e.range().length()
                    && e.range().from().compareTo(furthest.range().to()) <= 0) {
                throw new IllegalArgumentException("ranges " + furthest.range() + " and " + e.range() + " overlap");
            }
            if (furthest == null || furthest.range().length() != e.range().length()
                    || e.range().to().compareTo(furthest.range().to()) > 0) {
                furthest = e;
            }
        }
        return new RangeMap<>(List.copyOf(sorted));
    }

    public Optional<V> lookup(String code) {
        for (Entry<V> e : entries) {
            if (e.range().matches(code)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    public List<Entry<V>> entries() {
        return entries;
    }
}
