package se.balans.app.closing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import se.balans.engine.closing.ClosingComparison.Difference;
import se.balans.engine.ledger.LedgerBalance;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.money.Money;
import se.balans.io.InputFileException;
import se.balans.io.ledger.LedgerAggregator;
import se.balans.io.ledger.LedgerFiles;
import se.balans.io.ledger.LedgerReadOptions;
import se.balans.store.ImportInfo;
import se.balans.store.Store;

/**
 * Re-derives an import's balances from its source file, as {@code balans verify} does after the file's SHA-256 has
 * matched: the file is read again by the very reader and aggregation an import uses, and every stored balance
 * (month, account, cost centre, dimensions: amount and row count) and opening balance is compared with it, to the
 * öre. A stored balance changed behind the program's back — and the closings computed from it with it — can then
 * no longer pass for the ledger the finance unit exported.
 */
public final class RederiveImport {
    private RederiveImport() {
    }

    /** How many differences of one import are listed one by one; the rest are counted. */
    static final int LISTED = 50;

    /**
     * One import re-derived.
     *
     * @param differences what the store holds that the file does not give, or the reverse; empty when they agree
     * @param balances    how many balances the file gives
     */
    public record Rederived(ImportInfo file, List<Difference> differences, long balances) {
        public Rederived {
            Objects.requireNonNull(file, "file");
            differences = List.copyOf(differences);
        }

        public boolean ok() {
            return differences.isEmpty();
        }
    }

    /** Reads {@code path} (whose SHA-256 the caller has checked) and compares it with what import {@code i} stored. */
    public static Rederived of(Store store, ImportInfo i, Path path) {
        String where = "import #" + i.id() + " ";
        LedgerAggregator agg = LedgerAggregator.plain();
        try {
            LedgerFiles.read(path, agg, LedgerReadOptions.DEFAULTS);
        } catch (InputFileException e) {
            return new Rederived(i, List.of(new Difference(where + "(the file cannot be read again: " + e.getMessage()
                    + ")", "—", "—")), 0);
        }
        List<LedgerBalance> fromFile = agg.balances();
        List<Difference> diffs = new ArrayList<>();
        balances(where, store.balancesOf(i.id()), fromFile, diffs);
        openings(where, store.openingBalancesOf(i.id()), agg.openingBalances(path), diffs);
        if (diffs.size() > LISTED) {
            int more = diffs.size() - LISTED;
            diffs = new ArrayList<>(diffs.subList(0, LISTED));
            diffs.add(new Difference(where + "(" + more + " more differences)", "—", "—"));
        }
        return new Rederived(i, diffs, fromFile.size());
    }

    /** Where a balance is: compared as a whole, so that a cost centre and a dimension with the same text differ. */
    private record Cell(String period, String account, String costCentre, String dimensions) {
        static final java.util.Comparator<Cell> ORDER = java.util.Comparator.comparing(Cell::period)
                .thenComparing(Cell::account).thenComparing(Cell::costCentre).thenComparing(Cell::dimensions);

        static Cell of(LedgerBalance b) {
            return new Cell(b.period().toString(), b.account(), b.costCentre(), b.dimensions());
        }

        @Override
        public String toString() {
            return period + " " + account + (costCentre.isEmpty() ? "" : " / " + costCentre)
                    + (dimensions.isEmpty() ? "" : " / " + dimensions);
        }
    }

    private static void balances(String where, List<LedgerBalance> stored, List<LedgerBalance> file,
                                 List<Difference> diffs) {
        // Sorted, so that the same store gives the same report.
        Map<Cell, LedgerBalance> s = new java.util.TreeMap<>(Cell.ORDER);
        stored.forEach(b -> s.put(Cell.of(b), b));
        Map<Cell, LedgerBalance> f = new java.util.TreeMap<>(Cell.ORDER);
        file.forEach(b -> f.put(Cell.of(b), b));
        TreeSet<Cell> cells = new TreeSet<>(Cell.ORDER);
        cells.addAll(s.keySet());
        cells.addAll(f.keySet());
        for (Cell c : cells) {
            LedgerBalance a = s.get(c);
            LedgerBalance b = f.get(c);
            if (a == null) {
                diffs.add(new Difference(where + c + ": not stored, the file gives", "—", b.amount()));
            } else if (b == null) {
                diffs.add(new Difference(where + c + ": stored, the file gives none", a.amount(), "—"));
            } else if (a.amount().compareTo(b.amount()) != 0) {
                diffs.add(new Difference(where + c, a.amount(), b.amount()));
            } else if (a.rowCount() != b.rowCount()) {
                diffs.add(new Difference(where + c + " rows", a.rowCount(), b.rowCount()));
            }
        }
    }

    private static void openings(String where, List<OpeningBalance> stored, List<OpeningBalance> file,
                                 List<Difference> diffs) {
        Map<String, Money> s = new java.util.TreeMap<>();
        stored.forEach(o -> s.put(o.year() + " #IB " + o.account(), o.amount()));
        Map<String, Money> f = new java.util.TreeMap<>();
        file.forEach(o -> f.put(o.year() + " #IB " + o.account(), o.amount()));
        TreeSet<String> keys = new TreeSet<>(s.keySet());
        keys.addAll(f.keySet());
        for (String k : keys) {
            Money a = s.get(k);
            Money b = f.get(k);
            if (a == null || b == null || a.compareTo(b) != 0) {
                diffs.add(new Difference(where + k, a == null ? "—" : a, b == null ? "—" : b));
            }
        }
    }
}
