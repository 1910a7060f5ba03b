package se.balans.engine.statement;

import java.util.List;

/**
 * A line of a financial statement: an input line, or a total defined as the sum of other lines.
 *
 * <p>Totals are defined by their components rather than computed ad hoc, so the same definition
 * both computes a missing total and checks a printed one (see {@code ConsistencyCheck}).
 */
public interface StatementLine {

    /** Stable machine name used in files and machine output, e.g. {@code net_operating_cost}. */
    String code();

    /** The lines this total sums; empty for an input line. */
    List<? extends StatementLine> components();

    default boolean isTotal() {
        return !components().isEmpty();
    }
}
