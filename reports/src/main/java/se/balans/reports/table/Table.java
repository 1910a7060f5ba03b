package se.balans.reports.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.money.Money;
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
        checkSums(rows);
    }

    /** A sum names rows of this table other than itself, none a heading, and no sum adds itself through another. */
    private static void checkSums(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.sum().isEmpty()) {
                continue;
            }
            if (r.style() == Row.Style.HEADING) {
                throw new IllegalArgumentException("heading '" + r.label() + "' cannot be a sum");
            }
            for (Sum.Term t : r.sum().get().terms()) {
                if (t.row() >= rows.size() || t.row() == i || rows.get(t.row()).style() == Row.Style.HEADING) {
                    throw new IllegalArgumentException("row '" + r.label() + "' sums row " + t.row()
                            + ", which is not another row of its table");
                }
            }
            reaches(rows, i, i, new java.util.HashSet<>());
        }
    }

    private static void reaches(List<Row> rows, int from, int origin, java.util.Set<Integer> seen) {
        for (Sum.Term t : rows.get(from).sum().map(Sum::terms).orElse(List.of())) {
            if (t.row() == origin) {
                throw new IllegalArgumentException("row '" + rows.get(origin).label() + "' adds itself through row "
                        + from);
            }
            if (seen.add(t.row())) {
                reaches(rows, t.row(), origin, seen);
            }
        }
    }

    /**
     * Whether the cell of row {@code row} in value column {@code column} is the sum of its rows' cells: the
     * row has a {@link Sum}, its cell there is an amount, each term's cell is an amount or empty, and the
     * figures do add up (to the öre for each term: a total the source computed otherwise, say from accounts
     * no row shows, stays a plain figure rather than becoming a formula that would change it).
     */
    public boolean sums(int row, int column) {
        Row r = rows.get(row);
        if (r.sum().isEmpty() || !isMoney(r.cells().get(column))) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Sum.Term t : r.sum().get().terms()) {
            Cell c = rows.get(t.row()).cells().get(column);
            if (!isMoney(c) && !(c instanceof Cell.Empty)) {
                return false;
            }
            BigDecimal v = sek(c);
            sum = t.subtracted() ? sum.subtract(v) : sum.add(v);
        }
        BigDecimal tolerance = new BigDecimal("0.01").multiply(BigDecimal.valueOf(r.sum().get().terms().size()));
        return sum.subtract(sek(r.cells().get(column))).abs().compareTo(tolerance) <= 0;
    }

    /** Whether a row marked as a sum has a column whose amounts do not add up: a wrong mark, for the tests. */
    public List<String> sumsThatDoNotAddUp() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int c = 0; r.sum().isPresent() && c < columns.size(); c++) {
                boolean moneyColumn = isMoney(r.cells().get(c));
                for (Sum.Term t : r.sum().get().terms()) {
                    Cell x = rows.get(t.row()).cells().get(c);
                    moneyColumn &= isMoney(x) || x instanceof Cell.Empty;
                }
                if (moneyColumn && !sums(i, c)) {
                    wrong.add(title + " / " + r.label() + " / " + columns.get(c));
                }
            }
        }
        return wrong;
    }

    private static BigDecimal sek(Cell c) {
        if (c instanceof Cell.Amount a) {
            return a.value().sek();
        } else if (c instanceof Cell.Deviation d) {
            return d.value().sek();
        }
        return BigDecimal.ZERO;
    }

    private static boolean isMoney(Cell c) {
        return c instanceof Cell.Amount || c instanceof Cell.Deviation;
    }

    /** The decimals of mnkr an amount is shown with. */
    public static final int AMOUNT_DECIMALS = 1;

    /**
     * This table as a document shows it, so that what a reader adds up on the page is what the total says.
     *
     * <p>The rule: every amount is rounded to the tenth of a million it is shown with (half up, as
     * {@link se.balans.reports.text.NumberStyle}), every percentage and number to its decimals, and every
     * summed cell ({@link #sums(int, int)}) is the sum of the rounded cells it adds, not the rounded exact
     * total: the committees' deviations shown as 0,1 + 31,8 + 52,6 + 3,4 + 0,1 + 0,1 + 0,1 add to 88,2, and
     * the total says 88,2 though the exact total rounds to 88,1. Where a total so differs from its exact
     * figure rounded, a note under the table says that the totals are sums of the rounded amounts. A value
     * that rounds to zero is zero, never "−0,0". Machine output (CSV, JSON) reads the exact table instead.
     */
    public Table asShown(Labels labels) {
        List<Row> shown = new ArrayList<>();
        for (Row r : rows) {
            shown.add(r.style() == Row.Style.HEADING ? r : r.withCells(r.cells().stream().map(Table::rounded).toList()));
        }
        boolean differs = false;
        Map<Integer, List<Cell>> summed = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sum().isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(shown.get(i).cells());
            for (int c = 0; c < columns.size(); c++) {
                if (!sums(i, c)) {
                    continue;
                }
                BigDecimal sum = shownSum(shown, i, c, new HashMap<>());
                BigDecimal own = mnkr(shown.get(i).cells().get(c));
                differs |= sum.compareTo(own) != 0;
                cells.set(c, withMnkr(cells.get(c), sum));
            }
            summed.put(i, cells);
        }
        summed.forEach((i, cells) -> shown.set(i, shown.get(i).withCells(cells)));
        Optional<String> shownNote = note;
        if (differs) {
            String rounding = labels.get("table.rounding.note");
            shownNote = Optional.of(note.map(n -> n + "\n" + rounding).orElse(rounding));
        }
        return new Table(title, labelHeader, columns, subHeader, shown, shownNote, keys);
    }

    /** A summed cell's figure: the sum of its terms as shown, a term that is itself a sum counted as its sum. */
    private BigDecimal shownSum(List<Row> shown, int row, int column, Map<Integer, BigDecimal> memo) {
        BigDecimal sum = BigDecimal.ZERO.setScale(AMOUNT_DECIMALS);
        for (Sum.Term t : rows.get(row).sum().orElseThrow().terms()) {
            BigDecimal term = memo.containsKey(t.row()) ? memo.get(t.row())
                    : sums(t.row(), column) ? shownSum(shown, t.row(), column, memo)
                    : mnkr(shown.get(t.row()).cells().get(column));
            memo.put(t.row(), term);
            sum = t.subtracted() ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }

    private static BigDecimal mnkr(Cell c) {
        if (c instanceof Cell.Amount a) {
            return a.value().toMnkr().setScale(AMOUNT_DECIMALS, RoundingMode.HALF_UP);
        } else if (c instanceof Cell.Deviation d) {
            return d.value().toMnkr().setScale(AMOUNT_DECIMALS, RoundingMode.HALF_UP);
        }
        return BigDecimal.ZERO.setScale(AMOUNT_DECIMALS);
    }

    private static Cell withMnkr(Cell c, BigDecimal mnkr) {
        Money m = Money.ofMnkr(mnkr);
        return c instanceof Cell.Deviation d ? new Cell.Deviation(m, d.meaning()) : new Cell.Amount(m);
    }

    /** A cell rounded to what it shows. */
    private static Cell rounded(Cell c) {
        if (c instanceof Cell.Amount || c instanceof Cell.Deviation) {
            return withMnkr(c, mnkr(c));
        } else if (c instanceof Cell.Percent p) {
            return new Cell.Percent(p.fraction().setScale(Math.max(0, p.decimals()) + 2, RoundingMode.HALF_UP),
                    p.decimals(), p.meaning());
        } else if (c instanceof Cell.Number n) {
            return new Cell.Number(n.value().setScale(Math.max(0, n.decimals()), RoundingMode.HALF_UP), n.decimals());
        }
        return c;
    }

    /**
     * Whether a deviation here is shown in colour (favourable or unfavourable): the documents that colour
     * it then say under the table what the colours mean.
     */
    public boolean hasColouredDeviations() {
        return rows.stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.favourability() != Cell.Favourability.NEUTRAL);
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

        /** A total that adds up other rows of the table (see {@link Sum}). */
        public Builder total(String label, List<Cell> cells, Sum sum) {
            return row(Row.total(label, cells).withSum(sum));
        }

        /**
         * A total of every row added so far that is neither a heading nor a total (see {@link #detailRows()});
         * a plain total when there is none.
         */
        public Builder totalOfDetailRows(String label, List<Cell> cells) {
            boolean any = rows.stream().anyMatch(r -> r.style() == Row.Style.NORMAL);
            return any ? total(label, cells, detailRows()) : total(label, cells);
        }

        /** The index the next row will have in {@link Table#rows()}: what a {@link Sum} names it by. */
        public int next() {
            return rows.size();
        }

        /** Every row added so far that is neither a heading nor a total: what a table's grand total adds. */
        public Sum detailRows() {
            List<Integer> detail = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).style() == Row.Style.NORMAL) {
                    detail.add(i);
                }
            }
            return Sum.of(detail);
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
