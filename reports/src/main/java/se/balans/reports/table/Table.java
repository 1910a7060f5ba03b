package se.balans.reports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Report data as a table: a title, a header for the label column and each value column, rows,
 * and an optional note (sources, "illustrative" markings). Built once from engine values and
 * rendered to a terminal, a workbook sheet or a PDF page.
 *
 * @param subHeader an optional second header line (e.g. Budget / Plan under each year)
 */
public record Table(String title, String labelHeader, List<String> columns, Optional<List<String>> subHeader,
                    List<Row> rows, Optional<String> note) {

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
    }

    public static Builder builder(String title, String labelHeader, List<String> columns) {
        return new Builder(title, labelHeader, columns);
    }

    /** Collects rows in order. */
    public static final class Builder {
        private final String title;
        private final String labelHeader;
        private final List<String> columns;
        private List<String> subHeader;
        private final List<Row> rows = new ArrayList<>();
        private String note;

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
                    Optional.ofNullable(note));
        }
    }
}
