package se.balans.io.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Räkenskapsår: a fiscal year as the SIE file's {@code #RAR} gives it.
 *
 * @param index 0 for the current year, −1 for the one before, and so on (årsnummer)
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record FiscalYear(int index, LocalDate start, LocalDate end) {

    public FiscalYear {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("fiscal year " + index + " ends (" + end + ") before it starts ("
                    + start + ")");
        }
    }

    public DateRange range() {
        return new DateRange(start, end);
    }
}
