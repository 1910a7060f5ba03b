package se.balans.reports.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table row: a label and its cells, and for programs an optional machine key (the value of the
 * label column in CSV: a year, a code), so that what people read and what scripts read come from
 * the same row.
 *
 * <p>A total or subtotal row may say which rows it adds up ({@link Sum}): a workbook then writes its
 * figures as formulas over those rows' cells. {@link Style#TOTAL} alone only makes a row stand out: a
 * mean or a closing balance is bold without being a sum.
 *
 * @param sum the rows this row adds up, when it is a total or subtotal of rows of its table
 */
public record Row(String label, List<Cell> cells, Style style, Optional<String> key, Optional<Sum> sum) {

    /** How a row stands out: subtotals and totals are bold in documents, headings start a block. */
    public enum Style { NORMAL, TOTAL, HEADING }

    public Row {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sum, "sum");
    }

    /** A row with an optional machine key that sums nothing. */
    public Row(String label, List<Cell> cells, Style style, Optional<String> key) {
        this(label, cells, style, key, Optional.empty());
    }

    /** A row for people only. */
    public Row(String label, List<Cell> cells, Style style) {
        this(label, cells, style, Optional.empty());
    }

    /** This row with a machine key. */
    public Row withKey(String key) {
        return new Row(label, cells, style, Optional.of(key), sum);
    }

    /** This row as the sum of other rows of its table (see {@link Sum}). */
    public Row withSum(Sum s) {
        return new Row(label, cells, style, key, Optional.of(s));
    }

    /** This row with other cells, its label, style, key and sum kept. */
    public Row withCells(List<Cell> other) {
        return new Row(label, other, style, key, sum);
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
