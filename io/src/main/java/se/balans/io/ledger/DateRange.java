package se.balans.io.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a ledger's dates must lie in, both ends included: the fiscal year of a SIE file, or the
 * period a caller expects a CSV ledger to cover.
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    @Override
    public String toString() {
        return first + " to " + last;
    }
}
