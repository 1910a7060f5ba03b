package se.balans.reports.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table row: a label and its cells, and for programs an optional machine key (the value of the
 * label column in CSV: a year, a code), so that what people read and what scripts read come from
 * the same row.
 */
public record Row(String label, List<Cell> cells, Style style, Optional<String> key) {

    /** How a row stands out: subtotals and totals are bold in documents, headings start a block. */
    public enum Style { NORMAL, TOTAL, HEADING }

    public Row {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(key, "key");
    }

    /** A row for people only. */
    public Row(String label, List<Cell> cells, Style style) {
        this(label, cells, style, Optional.empty());
    }

    /** This row with a machine key. */
    public Row withKey(String key) {
        return new Row(label, cells, style, Optional.of(key));
    }

    public static Row of(String label, List<Cell> cells) {
        return new Row(label, cells, Style.NORMAL);
    }

    public static Row total(String label, List<Cell> cells) {
        return new Row(label, cells, Style.TOTAL);
    }

    public static Row heading(String label) {
        return new Row(label, List.of(), Style.HEADING);
    }
}
