package se.balans.engine.personnel;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a month has no personnel follow-up, said rather than left out: the reports word it in their language, the
 * command line with {@link #describe()}.
 *
 * @param month   the month asked for
 * @param reason  which input is missing
 * @param where   the folder the HR exports are read from
 * @param covered the first and last month the exports have, when they have any
 * @param gaps    with {@link Reason#INCOMPLETE}, the months (and committees) January to the month lacks
 */
public record PersonnelMissing(YearMonth month, Reason reason, String where, Optional<List<YearMonth>> covered,
                               List<PersonnelFollowUp.Gap> gaps) {

    /** Which input is missing. */
    public enum Reason {
        /** No HR export at all: the folder is missing or holds no file. */
        NO_EXPORT,
        /** Exports, but none with rows for the month. */
        NO_MONTH,
        /** Rows for the month, but a month (or a committee's month) from January to it is missing. */
        INCOMPLETE
    }

    public PersonnelMissing {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
        covered = covered.map(List::copyOf);
        if (covered.isPresent() && covered.get().size() != 2) {
            throw new IllegalArgumentException("the months covered are a first and a last");
        }
        gaps = List.copyOf(gaps);
        if ((reason == Reason.INCOMPLETE) == gaps.isEmpty()) {
            throw new IllegalArgumentException("the gaps are named when, and only when, the year is incomplete");
        }
    }

    /** In English, for the command line and logs. */
    public String describe() {
        return switch (reason) {
            case NO_EXPORT -> "no HR export for " + month + ": " + where + " holds none (the HR system's monthly "
                    + "export, docs/personnel.md)";
            case NO_MONTH -> "no HR export for " + month + ": the exports in " + where + " cover "
                    + covered.map(c -> c.get(0) + " – " + c.get(1)).orElse("no month");
            case INCOMPLETE -> "the HR exports in " + where + " have no rows for " + gaps.stream()
                    .map(PersonnelFollowUp.Gap::toString).collect(Collectors.joining(", ")) + ", which the figures from "
                    + "January to " + month + " need";
        };
    }
}
