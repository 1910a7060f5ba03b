package se.balans.io.ledger;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cells a ledger's sums go to, numbered densely in the order first met, shared by the threads
 * that read one file: a row then goes to its sum by index, and the sums of a part read ahead are
 * added to the whole by index, without a second hash lookup per row (see
 * {@link LedgerAggregator#absorb}). Thread-safe.
 *
 * <p>While one reader numbers the cells alone, its own {@link CellIndex} already says whether a cell is
 * new, so a new cell is appended without a lookup here ({@link #add}); the shared map is built when a
 * second reader joins ({@link #share}) or a cell has no packed key. A wide ledger's few hundred thousand
 * cells then cost no concurrent map, whose inserts and resizes took a sixth of that import's parse.
 */
final class LedgerCells {
    /** The cells' indexes by cell; null until shared or asked for by cell. */
    private volatile ConcurrentHashMap<LedgerCell, Integer> ids;
    private LedgerCell[] cells = new LedgerCell[1024];
    /**
     * One instance per distinct account, cost centre and dimension text among the cells: readers make a new string
     * for each object list, so a wide ledger's cells held hundreds of thousands of copies of a few hundred texts, and
     * sorting them ({@link LedgerAggregator#balances}) numbers each text, which is quickest by instance.
     */
    private final TextNumbers accounts = new TextNumbers();
    private final TextNumbers costCentres = new TextNumbers();
    private final TextNumbers dimensionTexts = new TextNumbers();
    private int size;

    /** The cell's index, numbering it if it is new. */
    int id(LedgerCell cell) {
        ConcurrentHashMap<LedgerCell, Integer> map = ids != null ? ids : share();
        Integer id = map.get(cell);
        return id != null ? id : map.computeIfAbsent(cell, this::append);
    }

    /**
     * The index of a cell that the reader adding it has never met: appended when that reader is the only one,
     * else looked up (another reader may have met it).
     */
    int add(LedgerCell cell) {
        return ids != null ? id(cell) : append(cell);
    }

    /** From now on, cells are numbered through the shared map; called before a second reader starts. */
    synchronized ConcurrentHashMap<LedgerCell, Integer> share() {
        if (ids == null) {
            ConcurrentHashMap<LedgerCell, Integer> map = new ConcurrentHashMap<>(Math.max(16, 2 * size));
            for (int i = 0; i < size; i++) {
                map.put(cells[i], i);
            }
            ids = map;
        }
        return ids;
    }

    private synchronized Integer append(LedgerCell cell) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size] = new LedgerCell(cell.month, one(accounts, cell.account), one(costCentres, cell.costCentre),
                one(dimensionTexts, cell.dimensions));
        return size++;
    }

    /** The one instance of an equal text kept for the cells (see the field comment). */
    private static String one(TextNumbers texts, String text) {
        return texts.text(texts.number(text));
    }

    /** The cells by index. */
    synchronized LedgerCell[] cells() {
        return Arrays.copyOf(cells, size);
    }

    synchronized int size() {
        return size;
    }
}
