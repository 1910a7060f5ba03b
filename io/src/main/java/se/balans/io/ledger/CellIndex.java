package se.balans.io.ledger;

/**
 * One reader's index of the cells it has met, in front of the shared {@link LedgerCells}: a cell's month and
 * the numbers of its account, cost centre and dimensions packed into one {@code long}, found in an
 * open-addressed table of primitives ({@link LongMap}).
 *
 * <p>Why: a wide ledger has a few hundred thousand cells, and the shared concurrent map's lookup per row (a new
 * {@link LedgerCell}, its hash, then a table slot, a node and the key object, each a cache miss) took an eighth of
 * a wide import. Here a row costs three lookups among a few hundred texts (which stay in the cache) and one slot of
 * a flat array. Not thread-safe: each reader, and each part read ahead, has its own.
 */
final class CellIndex {
    /** What {@link #get} answers for a cell not yet indexed. */
    static final int ABSENT = -1;

    private static final int MONTH_BITS = 18;
    private static final int ACCOUNT_BITS = 14;
    private static final int COST_CENTRE_BITS = 16;
    private static final int DIMENSIONS_BITS = 16;

    private final TextNumbers accounts = new TextNumbers();
    private final TextNumbers costCentres = new TextNumbers();
    private final TextNumbers dimensions = new TextNumbers();
    /** The shared index's id of each cell met, by packed key. */
    private final LongMap ids = new LongMap();

    /**
     * The packed key of a cell, or 0 when one of its parts has more distinct values than the key has room for
     * (then the cell is looked up in the shared index alone). Never 0 otherwise: the month is stored plus one.
     */
    long key(int month, String account, String costCentre, String dims) {
        long m = month + 1L;
        int a = number(accounts, account, ACCOUNT_BITS);
        int c = number(costCentres, costCentre, COST_CENTRE_BITS);
        int d = number(dimensions, dims, DIMENSIONS_BITS);
        if (m <= 0 || m >= 1L << MONTH_BITS || a < 0 || c < 0 || d < 0) {
            return 0;
        }
        return ((m << ACCOUNT_BITS | a) << COST_CENTRE_BITS | c) << DIMENSIONS_BITS | d;
    }

    /** The cell's id in the shared index, or {@link #ABSENT}. */
    int get(long key) {
        long id = ids.get(key);
        return id == LongMap.ABSENT ? ABSENT : (int) id;
    }

    /** Records the id of a cell not yet indexed. */
    void put(long key, int id) {
        ids.add(key, id);
    }

    /** The text's number among its kind, or −1 when the kind has no room left (the text is then not numbered). */
    private static int number(TextNumbers numbers, String text, int bits) {
        int n = numbers.number(text);
        return n < 1 << bits ? n : -1;
    }
}
