package se.balans.io.ledger;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cells a ledger's sums go to, numbered densely in the order first met, shared by the threads
 * that read one file: a row then goes to its sum by index, and the sums of a part read ahead are
 * added to the whole by index, without a second hash lookup per row (see
 * {@link LedgerAggregator#absorb}). Thread-safe.
 */
final class LedgerCells {
    private final ConcurrentHashMap<LedgerCell, Integer> ids = new ConcurrentHashMap<>();
    private LedgerCell[] cells = new LedgerCell[1024];
    private int size;

    /** The cell's index, numbering it if it is new. */
    int id(LedgerCell cell) {
        Integer id = ids.get(cell);
        return id != null ? id : ids.computeIfAbsent(cell, this::append);
    }

    private synchronized Integer append(LedgerCell cell) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size] = cell;
        return size++;
    }

    /** The cells by index. */
    synchronized LedgerCell[] cells() {
        return Arrays.copyOf(cells, size);
    }

    synchronized int size() {
        return size;
    }
}
