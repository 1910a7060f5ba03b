package se.balans.reports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.balans.reports.text.Labels;

/**
 * Report data as a table: a title, a header for the label column and each value column, rows,
 * and an optional note (sources, "illustrative" markings). Built once from engine values and
 * rendered to a terminal, a workbook sheet or a PDF page.
 *
 * <p>A table that programs read has machine keys beside the labels: one for the label column and
 * one for each value column (the CSV header), and a key on each row (the label column's value).
 * Keys are optional; the text, workbook and PDF renderers read the labels only.
 *
 * @param subHeader an optional second header line (e.g. Budget / Plan under each year)
 * @param keys      the columns' machine keys, when programs read the table
 */
public record Table(String title, String labelHeader, List<String> columns, Optional<List<String>> subHeader,
                    List<Row> rows, Optional<String> note, Optional<Keys> keys) {

    /**
     * The machine keys of a table's columns, e.g. {@code year} for the label column and
     * {@code result}, {@code required_result} for the value columns: stable names a script can rely on.
     * Keys differ: a script that reads a CSV by its header would lose a column whose key repeats.
     *
     * @param label   the key of the label column
     * @param columns the keys of the value columns, in order
     */
    public record Keys(String label, List<String> columns) {
        public Keys {
            columns = List.copyOf(columns);
            for (String k : concat(label, columns)) {
                if (k.isBlank()) {
                    throw new IllegalArgumentException("a machine key is blank in " + concat(label, columns));
                }
            }
            if (new java.util.HashSet<>(concat(label, columns)).size() != concat(label, columns).size()) {
                throw new IllegalArgumentException("a machine key repeats in " + concat(label, columns));
            }
        }

        /** The label column's key, then the value columns' keys: a CSV header. */
        public List<String> all() {
            return concat(label, columns);
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>();
            all.add(Objects.requireNonNull(first, "label"));
            all.addAll(rest);
            return List.copyOf(all);
        }
    }

    /** A table for people only. */
    public Table(String title, String labelHeader, List<String> columns, Optional<List<String>> subHeader,
                 List<Row> rows, Optional<String> note) {
        this(title, labelHeader, columns, subHeader, rows, note, Optional.empty());
    }

    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(labelHeader, "labelHeader");
        columns = List.copyOf(columns);
        subHeader = subHeader.map(List::copyOf);
        rows = List.copyOf(rows);
        Objects.requireNonNull(note, "note");
        for (Row r : rows) {
            if (r.style() != Row.Style.HEADING && r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row '" + r.label() + "' has " + r.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
        Objects.requireNonNull(keys, "keys");
        if (keys.isPresent()) {
            if (keys.get().columns().size() != columns.size()) {
                throw new IllegalArgumentException(keys.get().columns().size() + " machine keys for "
                        + columns.size() + " columns");
            }
            for (Row r : rows) {
                if (r.style() != Row.Style.HEADING && r.key().isEmpty()) {
                    throw new IllegalArgumentException("row '" + r.label() + "' has no machine key");
                }
            }
        }
    }

    /**
     * Whether a deviation here is shown in colour (favourable or unfavourable): the documents that colour
     * it then say under the table what the colours mean.
     */
    public boolean hasColouredDeviations() {
        return rows.stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c instanceof Cell.Deviation d && d.favourability() != Cell.Favourability.NEUTRAL);
    }

    /**
     * The lines under the table in a document that shows colours (a workbook, a PDF): the note's lines,
     * then, when a deviation is coloured, what the colours mean.
     */
    public List<String> noteLines(Labels labels) {
        List<String> lines = new ArrayList<>();
        note.ifPresent(n -> lines.addAll(List.of(n.split("\n"))));
        if (hasColouredDeviations()) {
            lines.add(labels.get("table.deviation.legend"));
        }
        return List.copyOf(lines);
    }

    public static Builder builder(String title, String labelHeader, List<String> columns) {
        return new Builder(title, labelHeader, columns);
    }

    /**
     * A table for programs: its headers are its machine keys and each row is labelled by its key
     * (see {@link Builder#keyed(String, List)}).
     */
    public static Builder keyed(String title, String labelKey, List<String> columnKeys) {
        return new Builder(title, labelKey, columnKeys).keys(labelKey, columnKeys);
    }

    /** Collects rows in order. */
    public static final class Builder {
        private final String title;
        private final String labelHeader;
        private final List<String> columns;
        private List<String> subHeader;
        private final List<Row> rows = new ArrayList<>();
        private String note;
        private Keys keys;

        Builder(String title, String labelHeader, List<String> columns) {
            this.title = title;
            this.labelHeader = labelHeader;
            this.columns = columns;
        }

        public Builder subHeader(List<String> sub) {
            this.subHeader = sub;
            return this;
        }

        public Builder row(Row r) {
            rows.add(r);
            return this;
        }

        public Builder row(String label, List<Cell> cells) {
            return row(Row.of(label, cells));
        }

        /** A row whose label is its machine key, for a table that programs read. */
        public Builder keyed(String key, List<Cell> cells) {
            return row(Row.of(key, cells).withKey(key));
        }

        /** The machine keys of the label column and the value columns. */
        public Builder keys(String labelKey, List<String> columnKeys) {
            this.keys = new Keys(labelKey, columnKeys);
            return this;
        }

        public Builder total(String label, List<Cell> cells) {
            return row(Row.total(label, cells));
        }

        public Builder heading(String label) {
            return row(Row.heading(label));
        }

        public Builder note(String n) {
            this.note = n;
            return this;
        }

        public Table build() {
            return new Table(title, labelHeader, columns, Optional.ofNullable(subHeader), rows,
                    Optional.ofNullable(note), Optional.ofNullable(keys));
        }
    }
}
