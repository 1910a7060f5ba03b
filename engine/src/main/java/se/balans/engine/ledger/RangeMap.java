package se.balans.engine.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prefix ranges to values, the most specific (longest) matching range winning: {@code 7} may map to
 * operating costs while {@code 78} maps to depreciation, and {@link PrefixRange#all()} answers for
 * any code no other range covers. Two ranges of the same length and shape may not overlap, so every
 * code has at most one answer (ranges of different shapes, {@code 10–29} and {@code 1A–1Z}, never
 * share a code).
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

    /**
     * Two configured ranges share a code. Carries both entries, so that a reader can say on which
     * lines of its file they are.
     */
    public static final class OverlapException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Entry<?> first;
        private final transient Entry<?> second;

        OverlapException(Entry<?> first, Entry<?> second) {
            super("ranges " + first.range() + " and " + second.range() + " overlap");
            this.first = first;
            this.second = second;
        }

        /** The entries, as given to {@link RangeMap#of} (the same objects). */
        public Entry<?> first() {
            return first;
        }

        public Entry<?> second() {
            return second;
        }
    }

    /** @throws OverlapException naming two overlapping ranges */
    public static <V> RangeMap<V> of(List<Entry<V>> entries) {
        List<Entry<V>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry<V> e) -> -e.range().length()).thenComparing(e -> e.range().shape())
                .thenComparing(e -> e.range().from()));
        // Sorted by length, shape and start, a range overlaps an earlier one of its length and shape
        // exactly when it starts at or before the furthest end seen so far: one pass, not every pair.
        Entry<V> furthest = null;
        for (Entry<V> e : sorted) {
            boolean sameKind = furthest != null && furthest.range().length() == e.range().length()
                    && furthest.range().shape().equals(e.range().shape());
            if (sameKind && e.range().from().compareTo(furthest.range().to()) <= 0) {
                throw new OverlapException(furthest, e);
            }
            if (!sameKind || e.range().to().compareTo(furthest.range().to()) > 0) {
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
