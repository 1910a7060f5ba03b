package se.balans.store.jooq;

import static se.balans.store.schema.Tables.LEDGER_BALANCE_BLOCK;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;

import se.balans.engine.ledger.LedgerBalance;

/**
 * An import's balances as the store keeps them: in blocks, one row per import, month and account (and part),
 * the cells as parallel arrays ({@code ledger_balance_block}, schema version 13, whose script says why). This
 * class alone knows the layout; the rest of the store sees cells.
 *
 * <p>Amounts are kept in whole öre: exact, because an import sums amounts of at most two decimals
 * ({@link LedgerBalance#amount()} is a {@code Money}), and the cheapest array to write and read.
 */
final class BalanceBlocks {
    /** The most cells in one block row: H2 caps an array at 65 536 elements; this leaves room and keeps rows small. */
    static final int MAX_CELLS = 10_000;

    private BalanceBlocks() {
    }

    /** One stored balance, read from a block. Amount in öre, debit positive. */
    @FunctionalInterface
    interface CellConsumer {
        void cell(long importId, String period, String account, String costCentre, String dimensions, long ore,
                  long rows);
    }

    /**
     * Writes an import's balances: its cells grouped by month and account, in the order given, each group cut into
     * parts of at most {@link #MAX_CELLS}. One prepared statement, every value bound.
     */
    static void insert(DSLContext ctx, long importId, List<LedgerBalance> balances) {
        if (balances.isEmpty()) {
            return;
        }
        List<LedgerBalance> ordered = inBlockOrder(balances);
        BatchBindStep batch = ctx.batch(ctx.insertInto(LEDGER_BALANCE_BLOCK, LEDGER_BALANCE_BLOCK.IMPORT_ID,
                LEDGER_BALANCE_BLOCK.PERIOD, LEDGER_BALANCE_BLOCK.ACCOUNT, LEDGER_BALANCE_BLOCK.PART,
                LEDGER_BALANCE_BLOCK.COST_CENTRES, LEDGER_BALANCE_BLOCK.DIMENSIONS, LEDGER_BALANCE_BLOCK.AMOUNTS_ORE,
                LEDGER_BALANCE_BLOCK.ROW_COUNTS).values((Long) null, null, null, null, null, null, null, null));
        // A block is a run of one month and account: the balances arrive in that order (an import's always do).
        for (int start = 0, end; start < ordered.size(); start = end) {
            end = runEnd(ordered, start);
            bind(batch, importId, ordered.subList(start, end));
        }
        batch.execute();
    }

    /** The end of the run of balances of one month and account that starts at {@code start}. */
    private static int runEnd(List<LedgerBalance> ordered, int start) {
        LedgerBalance first = ordered.get(start);
        int end = start + 1;
        while (end < ordered.size() && BLOCK_ORDER.compare(ordered.get(end), first) == 0) {
            end++;
        }
        return end;
    }

    /** Binds the rows of one month and account's block: its cells, in parts of at most {@link #MAX_CELLS}. */
    private static void bind(BatchBindStep batch, long importId, List<LedgerBalance> cells) {
        LedgerBalance first = cells.get(0);
        requireDistinct(importId, first, cells);
        for (int part = 0; part * MAX_CELLS < cells.size(); part++) {
            List<LedgerBalance> slice = cells.subList(part * MAX_CELLS, Math.min(cells.size(), (part + 1) * MAX_CELLS));
            int n = slice.size();
            String[] costCentres = new String[n];
            String[] dimensions = new String[n];
            Long[] ore = new Long[n];
            Long[] rows = new Long[n];
            for (int i = 0; i < n; i++) {
                LedgerBalance b = slice.get(i);
                costCentres[i] = b.costCentre();
                dimensions[i] = b.dimensions();
                ore[i] = ore(b.amount().sek());
                rows[i] = b.rowCount();
            }
            batch.bind(importId, first.period().toString(), first.account(), part, costCentres, dimensions, ore, rows);
        }
    }

    /** Month, then account: the order of the blocks. */
    private static final Comparator<LedgerBalance> BLOCK_ORDER = Comparator.comparing(LedgerBalance::period)
            .thenComparing(LedgerBalance::account);

    /**
     * The balances with each month and account together, in the order given where it already is (an import's
     * balances come sorted, so this is one pass), else stably sorted.
     */
    private static List<LedgerBalance> inBlockOrder(List<LedgerBalance> balances) {
        for (int i = 1; i < balances.size(); i++) {
            if (BLOCK_ORDER.compare(balances.get(i - 1), balances.get(i)) > 0) {
                List<LedgerBalance> sorted = new ArrayList<>(balances);
                sorted.sort(BLOCK_ORDER);
                return sorted;
            }
        }
        return balances;
    }

    /**
     * One balance per cell: the table's key covers a block, not its cells, so the store itself refuses what the key
     * of version 12's one-row-a-balance table refused (an aggregator's bug would otherwise count a cell twice).
     */
    private static void requireDistinct(long importId, LedgerBalance key, List<LedgerBalance> cells) {
        // An import's cells come sorted by cost centre and dimensions, so a twin would be the cell before; only
        // cells in another order need a set.
        boolean sorted = true;
        for (int i = 1; i < cells.size() && sorted; i++) {
            int c = CELL_ORDER.compare(cells.get(i - 1), cells.get(i));
            if (c == 0) {
                throw twice(importId, key, cells.get(i));
            }
            sorted = c < 0;
        }
        if (sorted) {
            return;
        }
        java.util.Set<Cell> seen = new java.util.HashSet<>(cells.size() * 2);
        for (LedgerBalance b : cells) {
            if (!seen.add(new Cell(b.costCentre(), b.dimensions()))) {
                throw twice(importId, key, b);
            }
        }
    }

    /** Cost centre, then dimensions: the order of the cells within a block as an import gives them. */
    private static final Comparator<LedgerBalance> CELL_ORDER = Comparator.comparing(LedgerBalance::costCentre)
            .thenComparing(LedgerBalance::dimensions);

    private static se.balans.store.StoreException twice(long importId, LedgerBalance key, LedgerBalance b) {
        return new se.balans.store.StoreException("import #" + importId + " has two balances for "
                + key.period() + " account " + key.account() + " cost centre '" + b.costCentre()
                + "' dimensions '" + b.dimensions() + "': nothing was stored", null);
    }

    /** A cell within a block. */
    private record Cell(String costCentre, String dimensions) {
    }

    /** SEK to öre, exactly: an amount with more than two decimals is a bug upstream, never rounded away here. */
    static long ore(BigDecimal sek) {
        return sek.movePointRight(2).longValueExact();
    }

    /** Öre to SEK with two decimals. */
    static BigDecimal sek(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /**
     * Every cell of the blocks that {@code where} selects, streamed: a block's arrays are read whole, the rows one
     * by one, so memory holds a block at a time beyond what the consumer keeps.
     *
     * @throws IllegalStateException when a block's arrays differ in length (the database's check prevents it)
     */
    static void forEachCell(DSLContext ctx, Condition where, CellConsumer consumer) {
        try (var cursor = ctx.select(LEDGER_BALANCE_BLOCK.IMPORT_ID, LEDGER_BALANCE_BLOCK.PERIOD,
                        LEDGER_BALANCE_BLOCK.ACCOUNT, LEDGER_BALANCE_BLOCK.COST_CENTRES, LEDGER_BALANCE_BLOCK.DIMENSIONS,
                        LEDGER_BALANCE_BLOCK.AMOUNTS_ORE, LEDGER_BALANCE_BLOCK.ROW_COUNTS)
                .from(LEDGER_BALANCE_BLOCK).where(where).fetchSize(100).fetchLazy()) {
            for (var r : cursor) {
                String[] costCentres = r.value4();
                String[] dimensions = r.value5();
                Long[] ore = r.value6();
                Long[] rows = r.value7();
                if (dimensions.length != costCentres.length || ore.length != costCentres.length
                        || rows.length != costCentres.length) {
                    throw new IllegalStateException("a balance block of import #" + r.value1() + ", " + r.value2()
                            + " account " + r.value3() + " has arrays of different lengths");
                }
                for (int i = 0; i < costCentres.length; i++) {
                    consumer.cell(r.value1(), r.value2(), r.value3(), costCentres[i], dimensions[i], ore[i], rows[i]);
                }
            }
        }
    }
}
