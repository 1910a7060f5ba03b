package se.balans.reports.table;

import java.util.List;
import java.util.Objects;

/** A table row: a label and its cells. */
public record Row(String label, List<Cell> cells, Style style) {

    /** How a row stands out: subtotals and totals are bold in documents, headings start a block. */
    public enum Style { NORMAL, TOTAL, HEADING }

    public Row {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
        Objects.requireNonNull(style, "style");
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
