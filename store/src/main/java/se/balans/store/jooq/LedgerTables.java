package se.balans.store.jooq;

import static se.balans.store.schema.Tables.ACCOUNT;
import static se.balans.store.schema.Tables.IMPORTED_FILE;
import static se.balans.store.schema.Tables.LEDGER_BALANCE_BLOCK;
import static se.balans.store.schema.Tables.LEDGER_OPENING_BALANCE;
import static se.balans.store.schema.Tables.LEDGER_QUIET_MONTH;
import static se.balans.store.schema.Tables.LEDGER_STATE;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

import se.balans.engine.ledger.Dimensions;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerObjectAmount;
import se.balans.engine.ledger.OpeningBalance;
import se.balans.engine.money.Money;
import se.balans.store.ImportInfo;
import se.balans.store.ImportMode;
import se.balans.engine.ledger.LedgerBalance;
import se.balans.store.LedgerImport;
import se.balans.store.LedgerSnapshot;
import se.balans.store.StoreConflictException;
import se.balans.store.schema.tables.records.ImportedFileRecord;

/**
 * The ledger aggregate: imported files, their monthly balances, the account names and the single
 * {@code ledger_state} row whose version every import raises. Each method works inside the caller's
 * transaction ({@link JooqStore} owns them), so an import's rows land together or not at all.
 */
final class LedgerTables {
    private LedgerTables() {
    }

    /**
     * Locks the ledger-state row for this transaction and returns its version: imports and closings
     * take turns on this one row, the same way on H2 and PostgreSQL.
     */
    static long lock(DSLContext ctx) {
        return ctx.select(LEDGER_STATE.VERSION).from(LEDGER_STATE).where(LEDGER_STATE.ID.eq(1)).forUpdate()
                .fetchSingle().value1();
    }

    /**
     * What a ledger file covers: its months ({@code periods}, in order, as the store writes them) and, among them,
     * the {@code quiet} ones it has no balance in (ledger_quiet_month).
     */
    record Coverage(SortedSet<String> periods, SortedSet<String> quiet) {
    }

    /**
     * The months a ledger file covers: an export (a new file or a replacement) every month from its first voucher's
     * to its last's, those without a voucher included; a file of late vouchers (--add) only the months of its
     * vouchers, since it is no export of a span and must not stand in for one. One pass over the balances.
     */
    static Coverage coverage(LedgerImport ledger, ImportMode mode) {
        SortedSet<YearMonth> months = new TreeSet<>();
        ledger.balances().forEach(b -> months.add(b.period()));
        SortedSet<String> periods = new TreeSet<>();
        SortedSet<String> quiet = new TreeSet<>();
        if (!mode.add() && !months.isEmpty()) {
            for (YearMonth m = months.first(); !m.isAfter(months.last()); m = m.plusMonths(1)) {
                periods.add(m.toString());
                if (!months.contains(m)) {
                    quiet.add(m.toString());
                }
            }
        } else {
            months.forEach(m -> periods.add(m.toString()));
        }
        return new Coverage(periods, quiet);
    }

    /**
     * The current imports that a new file would replace, as its mode allows: the same file (by SHA-256)
     * or one supplying any of its months ({@code periods}, from {@link #coverage}).
     *
     * @throws StoreConflictException when the mode does not allow it, with the imports and months in the
     *         way and how to go on
     */
    static List<ImportInfo> replacedBy(DSLContext ctx, LedgerImport ledger, SortedSet<String> periods,
                                       ImportMode mode) {
        Map<Long, SortedSet<String>> months = monthsOfCurrent(ctx);
        List<ImportInfo> replaced = new ArrayList<>();
        for (ImportInfo old : current(ctx)) {
            if (old.sha256().equals(ledger.sha256())) {
                if (!mode.replace()) {
                    throw new StoreConflictException(ledger.fileName() + " is already imported (import #" + old.id()
                            + " of " + old.fileName() + " on " + old.importedAt().toLocalDate() + " by "
                            + old.importedBy() + ", same SHA-256); use --replace to import it again");
                }
                replaced.add(old);
                continue;
            }
            List<String> overlap = new ArrayList<>(months.getOrDefault(old.id(), new TreeSet<>()));
            overlap.retainAll(periods);
            if (overlap.isEmpty() || mode.add()) {
                continue;
            }
            if (!mode.replace()) {
                throw new StoreConflictException(ledger.fileName() + " covers " + range(overlap)
                        + ", already imported from " + old.fileName() + " (import #" + old.id()
                        + "); a new export of those months replaces that import with --replace, a file of late "
                        + "vouchers adds to it with --add");
            }
            replaced.add(old);
        }
        if (mode.replace()) {
            checkReplacement(ctx, ledger, periods, replaced, months, mode.drop());
        }
        return replaced;
    }

    /**
     * A replacement never leaves a month silently without a ledger, and never replaces a month's
     * ledger with a small part of it.
     */
    private static void checkReplacement(DSLContext ctx, LedgerImport ledger, SortedSet<String> periods,
                                         List<ImportInfo> replaced, Map<Long, SortedSet<String>> months,
                                         SortedSet<YearMonth> drop) {
        java.util.Set<Long> replacedIds = new java.util.HashSet<>();
        replaced.forEach(r -> replacedIds.add(r.id()));
        SortedSet<String> stillSupplied = new TreeSet<>(periods);
        months.forEach((id, m) -> {
            if (!replacedIds.contains(id)) {
                stillSupplied.addAll(m);
            }
        });
        SortedSet<String> left = new TreeSet<>();
        for (ImportInfo old : replaced) {
            for (String m : months.getOrDefault(old.id(), new TreeSet<>())) {
                if (!stillSupplied.contains(m)) {
                    left.add(m);
                }
            }
        }
        SortedSet<String> named = new TreeSet<>();
        drop.forEach(m -> named.add(m.toString()));
        SortedSet<String> notLeft = new TreeSet<>(named);
        notLeft.removeAll(left);
        if (!notLeft.isEmpty()) {
            throw new StoreConflictException("--drop " + String.join(",", notLeft) + ": "
                    + (notLeft.size() == 1 ? "that month is" : "those months are") + " not left without a ledger by "
                    + ledger.fileName() + "; only months it would leave empty can be dropped");
        }
        SortedSet<String> unnamed = new TreeSet<>(left);
        unnamed.removeAll(named);
        if (!unnamed.isEmpty()) {
            String superseded = replaced.stream().map(r -> "import #" + r.id() + " (" + r.fileName() + ")")
                    .collect(Collectors.joining(", "));
            throw new StoreConflictException(ledger.fileName() + " replacing " + superseded
                    + " would leave " + String.join(", ", unnamed) + " without a ledger; import a file that covers "
                    + (unnamed.size() == 1 ? "it" : "them") + " too, or drop " + (unnamed.size() == 1 ? "it" : "them")
                    + " on purpose with --drop " + String.join(",", unnamed));
        }
        if (replaced.isEmpty()) {
            return;
        }
        Map<String, Long> newRows = new java.util.HashMap<>();
        ledger.balances().forEach(b -> newRows.merge(b.period().toString(), b.rowCount(), Long::sum));
        Map<String, Long> oldRows = new java.util.TreeMap<>();
        BalanceBlocks.forEachCell(ctx, LEDGER_BALANCE_BLOCK.IMPORT_ID.in(replacedIds)
                        .and(LEDGER_BALANCE_BLOCK.PERIOD.in(periods)),
                (id, period, account, costCentre, dimensions, ore, rows) -> oldRows.merge(period, rows, Long::sum));
        for (Map.Entry<String, Long> e : oldRows.entrySet()) {
            String month = e.getKey();
            long before = e.getValue();
            long after = newRows.getOrDefault(month, 0L);
            if (after * 2 < before) {
                throw new StoreConflictException(ledger.fileName() + " would replace " + month + "'s " + before
                        + " rows with " + after + ": that is not a new export of " + month + " but part of one; "
                        + "a file of late vouchers is imported with --add");
            }
        }
    }

    /** The months each current import supplies. */
    private static Map<Long, SortedSet<String>> monthsOfCurrent(DSLContext ctx) {
        return supplied(ctx, IMPORTED_FILE.SUPERSEDED_BY.isNull());
    }

    /** The months each import, superseded or not, supplies. */
    static Map<Long, SortedSet<YearMonth>> monthsByImport(DSLContext ctx) {
        Map<Long, SortedSet<YearMonth>> out = new java.util.TreeMap<>();
        supplied(ctx, DSL.noCondition()).forEach((id, months) -> {
            SortedSet<YearMonth> m = new TreeSet<>();
            months.forEach(p -> m.add(YearMonth.parse(p)));
            out.put(id, m);
        });
        return out;
    }

    /** The months the imports the condition selects supply: those they have balances for and their quiet ones. */
    private static Map<Long, SortedSet<String>> supplied(DSLContext ctx, org.jooq.Condition imports) {
        Map<Long, SortedSet<String>> out = new java.util.TreeMap<>();
        for (Record r : ctx.selectDistinct(LEDGER_BALANCE_BLOCK.IMPORT_ID, LEDGER_BALANCE_BLOCK.PERIOD)
                .from(LEDGER_BALANCE_BLOCK).join(IMPORTED_FILE).on(IMPORTED_FILE.ID.eq(LEDGER_BALANCE_BLOCK.IMPORT_ID))
                .where(imports)
                .union(ctx.select(LEDGER_QUIET_MONTH.IMPORT_ID, LEDGER_QUIET_MONTH.PERIOD).from(LEDGER_QUIET_MONTH)
                        .join(IMPORTED_FILE).on(IMPORTED_FILE.ID.eq(LEDGER_QUIET_MONTH.IMPORT_ID)).where(imports))
                .fetch()) {
            out.computeIfAbsent(r.get(0, Long.class), k -> new TreeSet<>()).add(r.get(1, String.class).trim());
        }
        return out;
    }

    /**
     * Writes a file's record, balances and account names, marks the imports it replaces superseded
     * and raises the ledger's version; {@code covered} is what it covers, from {@link #coverage}.
     *
     * @return the new import's id
     */
    static long insert(DSLContext ctx, LedgerImport ledger, Coverage covered, List<ImportInfo> replaced,
                       OffsetDateTime at, String user) {
        SortedSet<String> periods = covered.periods();
        ImportedFileRecord rec = ctx.newRecord(IMPORTED_FILE);
        rec.setFileName(ledger.fileName());
        rec.setFilePath(ledger.filePath());
        rec.setSha256(ledger.sha256());
        rec.setSizeBytes(ledger.sizeBytes());
        rec.setFormat(ledger.format());
        rec.setCharset(ledger.charset());
        rec.setVouchers(ledger.vouchers());
        rec.setRowsRead(ledger.rows());
        rec.setFirstPeriod(periods.isEmpty() ? null : periods.first());
        rec.setLastPeriod(periods.isEmpty() ? null : periods.last());
        rec.setImportedAt(at);
        rec.setImportedBy(user);
        rec.store();
        long id = rec.getId();
        BalanceBlocks.insert(ctx, id, ledger.balances());
        insertQuietMonths(ctx, id, covered.quiet());
        // One statement each, bound per row: rendering a jOOQ query costs more than running it, a hundred times over.
        if (!ledger.openingBalances().isEmpty()) {
            BatchBindStep openings = ctx.batch(ctx.insertInto(LEDGER_OPENING_BALANCE, LEDGER_OPENING_BALANCE.IMPORT_ID,
                    LEDGER_OPENING_BALANCE.FISCAL_YEAR, LEDGER_OPENING_BALANCE.ACCOUNT, LEDGER_OPENING_BALANCE.AMOUNT)
                    .values((Long) null, null, null, null));
            for (OpeningBalance o : ledger.openingBalances()) {
                openings.bind(id, o.year(), o.account(), o.amount().sek());
            }
            openings.execute();
        }
        // INSERT … ON CONFLICT: PostgreSQL has it since 9.5 (MERGE only since 15); jOOQ writes it as MERGE for H2.
        if (!ledger.accountNames().isEmpty()) {
            BatchBindStep names = ctx.batch(ctx.insertInto(ACCOUNT, ACCOUNT.NUMBER, ACCOUNT.NAME)
                    .values((String) null, null).onConflict(ACCOUNT.NUMBER).doUpdate()
                    .set(ACCOUNT.NAME, DSL.excluded(ACCOUNT.NAME)));
            for (Map.Entry<String, String> e : ledger.accountNames().entrySet()) {
                names.bind(e.getKey(), e.getValue());
            }
            names.execute();
        }
        for (ImportInfo old : replaced) {
            ctx.update(IMPORTED_FILE).set(IMPORTED_FILE.SUPERSEDED_BY, id).where(IMPORTED_FILE.ID.eq(old.id()))
                    .execute();
        }
        ctx.update(LEDGER_STATE).set(LEDGER_STATE.VERSION, LEDGER_STATE.VERSION.plus(1))
                .where(LEDGER_STATE.ID.eq(1)).execute();
        return id;
    }

    /** The months the file covers without a balance (ledger_quiet_month). */
    private static void insertQuietMonths(DSLContext ctx, long id, SortedSet<String> quiet) {
        if (!quiet.isEmpty()) {
            BatchBindStep months = ctx.batch(ctx.insertInto(LEDGER_QUIET_MONTH, LEDGER_QUIET_MONTH.IMPORT_ID,
                    LEDGER_QUIET_MONTH.PERIOD).values((Long) null, null));
            quiet.forEach(m -> months.bind(id, m));
            months.execute();
        }
    }

    /** A span of months for messages: "2025-01–2025-03", one month, or "no months". */
    static String range(List<String> periods) {
        if (periods.isEmpty()) {
            return "no months";
        }
        return periods.size() == 1 ? periods.get(0) : periods.get(0) + "–" + periods.get(periods.size() - 1);
    }

    /** One import's balances exactly as stored, row by row: what {@code verify} re-derives from its file. */
    static List<LedgerBalance> balancesOf(DSLContext ctx, long importId) {
        List<LedgerBalance> out = new ArrayList<>();
        BalanceBlocks.forEachCell(ctx, LEDGER_BALANCE_BLOCK.IMPORT_ID.eq(importId),
                (id, period, account, costCentre, dimensions, ore, rows) -> out.add(new LedgerBalance(
                        YearMonth.parse(period), account, costCentre, dimensions, Money.ofSek(BalanceBlocks.sek(ore)),
                        rows)));
        return out;
    }

    /** One import's opening balances exactly as stored. */
    static List<OpeningBalance> openingBalancesOf(DSLContext ctx, long importId) {
        return ctx.selectFrom(LEDGER_OPENING_BALANCE).where(LEDGER_OPENING_BALANCE.IMPORT_ID.eq(importId)).fetch()
                .map(r -> OpeningBalance.of(r.getFiscalYear(), r.getAccount(), Money.ofSek(r.getAmount())));
    }

    /** Every import, oldest first, superseded ones included. */
    static List<ImportInfo> imports(DSLContext ctx) {
        return ctx.selectFrom(IMPORTED_FILE).orderBy(IMPORTED_FILE.ID).fetch().map(LedgerTables::importInfo);
    }

    /** The imports not superseded, oldest first. */
    static List<ImportInfo> current(DSLContext ctx) {
        return ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.SUPERSEDED_BY.isNull())
                .orderBy(IMPORTED_FILE.ID).fetch().map(LedgerTables::importInfo);
    }

    static ImportInfo importById(DSLContext ctx, long id) {
        return importInfo(ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.ID.eq(id)).fetchSingle());
    }

    /** The current imports' balances with the version they were read at. */
    static LedgerSnapshot snapshot(DSLContext ctx, int fromYear, YearMonth through) {
        // The version first: an import that lands during these reads raises it, so the closing's
        // commit, which checks it, refuses whatever mix these reads saw. No snapshot isolation needed.
        long version = ctx.select(LEDGER_STATE.VERSION).from(LEDGER_STATE).where(LEDGER_STATE.ID.eq(1))
                .fetchSingle().value1();
        List<ImportInfo> current = current(ctx);
        List<Long> ids = current.stream().map(ImportInfo::id).toList();
        return new LedgerSnapshot(version, current, amounts(ctx, ids, fromYear, through),
                openings(ctx, ids, fromYear, through), quietMonths(ctx, ids, fromYear, through));
    }

    /** The balances of the given imports, superseded or not, as a closing recorded them (version -1). */
    static LedgerSnapshot snapshotOf(DSLContext ctx, List<Long> importIds, int fromYear, YearMonth through) {
        List<ImportInfo> imports = ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.ID.in(importIds))
                .orderBy(IMPORTED_FILE.ID).fetch().map(LedgerTables::importInfo);
        return new LedgerSnapshot(-1, imports, amounts(ctx, importIds, fromYear, through),
                openings(ctx, importIds, fromYear, through), quietMonths(ctx, importIds, fromYear, through));
    }

    /** The months from January of {@code fromYear} through {@code through} that the imports cover without a balance. */
    private static SortedSet<YearMonth> quietMonths(DSLContext ctx, List<Long> importIds, int fromYear,
                                                    YearMonth through) {
        SortedSet<YearMonth> out = new TreeSet<>();
        for (String m : ctx.select(LEDGER_QUIET_MONTH.PERIOD).from(LEDGER_QUIET_MONTH)
                .where(LEDGER_QUIET_MONTH.IMPORT_ID.in(importIds))
                .and(LEDGER_QUIET_MONTH.PERIOD.between(YearMonth.of(fromYear, 1).toString(), through.toString()))
                .fetch(LEDGER_QUIET_MONTH.PERIOD)) {
            out.add(YearMonth.parse(m.trim()));
        }
        return out;
    }

    /**
     * The opening balances the imports state for the years read. Two imports that state a year's
     * opening balances (a supplement with {@code --add} that repeats them) would count them twice: the
     * latest import's are taken, as the latest word on the year.
     */
    private static List<OpeningBalance> openings(DSLContext ctx, List<Long> importIds, int fromYear,
                                                 YearMonth through) {
        Map<Integer, Long> latest = new java.util.HashMap<>();
        List<Record> rows = new ArrayList<>(ctx.select(LEDGER_OPENING_BALANCE.IMPORT_ID, LEDGER_OPENING_BALANCE.FISCAL_YEAR,
                        LEDGER_OPENING_BALANCE.ACCOUNT, LEDGER_OPENING_BALANCE.AMOUNT)
                .from(LEDGER_OPENING_BALANCE)
                .where(LEDGER_OPENING_BALANCE.IMPORT_ID.in(importIds))
                .and(LEDGER_OPENING_BALANCE.FISCAL_YEAR.between(fromYear, through.getYear()))
                .orderBy(LEDGER_OPENING_BALANCE.FISCAL_YEAR, LEDGER_OPENING_BALANCE.ACCOUNT)
                .fetch());
        for (Record r : rows) {
            latest.merge(r.get(LEDGER_OPENING_BALANCE.FISCAL_YEAR), r.get(LEDGER_OPENING_BALANCE.IMPORT_ID), Math::max);
        }
        List<OpeningBalance> out = new ArrayList<>();
        for (Record r : rows) {
            int year = r.get(LEDGER_OPENING_BALANCE.FISCAL_YEAR);
            if (r.get(LEDGER_OPENING_BALANCE.IMPORT_ID).equals(latest.get(year))) {
                out.add(OpeningBalance.of(year, r.get(LEDGER_OPENING_BALANCE.ACCOUNT),
                        Money.ofSek(r.get(LEDGER_OPENING_BALANCE.AMOUNT))));
            }
        }
        return out;
    }

    /**
     * The movements by month, account and cost centre, the other dimensions summed: the blocks' cells added up in
     * Java (exact, in öre), in the order of month, account and cost centre as Java compares text — the same on every
     * database, whatever its collation. A block is one month and account, its cells in cost-centre order, so the
     * sums are kept per month and account, and a run of cells of one cost centre adds up without a lookup.
     */
    private static List<LedgerAmount> amounts(DSLContext ctx, List<Long> importIds, int fromYear, YearMonth through) {
        // By month and account (the key's cost centre left empty), each a sorted map by cost centre: a lookup per
        // block, not per cell, so sorted maps throughout give the order without a sort.
        Map<Cell, java.util.TreeMap<String, long[]>> byAccount = new java.util.TreeMap<>();
        BalanceBlocks.forEachCell(ctx, inYears(importIds, fromYear, through), new BalanceBlocks.CellConsumer() {
            private String period;
            private String account;
            private java.util.TreeMap<String, long[]> costCentres;
            private String costCentre;
            private long[] sum;

            @Override
            public void cell(long importId, String p, String a, String cc, String dimensions, long ore, long rows) {
                if (!p.equals(period) || !a.equals(account)) {
                    period = p;
                    account = a;
                    costCentres = byAccount.computeIfAbsent(new Cell(p, a, ""), k -> new java.util.TreeMap<>());
                    costCentre = null;
                }
                if (!cc.equals(costCentre)) {
                    costCentre = cc;
                    sum = costCentres.computeIfAbsent(cc, k -> new long[1]);
                }
                sum[0] += ore;
            }
        });
        List<LedgerAmount> out = new ArrayList<>();
        byAccount.forEach((a, costCentres) -> {
            YearMonth period = YearMonth.parse(a.period());
            costCentres.forEach((costCentre, ore) -> out.add(new LedgerAmount(period, a.account(), costCentre,
                    Money.ofSek(BalanceBlocks.sek(ore[0])))));
        });
        return out;
    }

    /** The blocks of these imports from January of {@code fromYear} through {@code through}. */
    private static org.jooq.Condition inYears(List<Long> importIds, int fromYear, YearMonth through) {
        return LEDGER_BALANCE_BLOCK.IMPORT_ID.in(importIds)
                .and(LEDGER_BALANCE_BLOCK.PERIOD.ge(YearMonth.of(fromYear, 1).toString()))
                .and(LEDGER_BALANCE_BLOCK.PERIOD.le(through.toString()));
    }

    /** A month, an account and a key within it (a cost centre or an object), ordered in that order. */
    private record Cell(String period, String account, String key) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = period.compareTo(o.period);
            if (c == 0) {
                c = account.compareTo(o.account);
            }
            return c != 0 ? c : key.compareTo(o.key);
        }
    }

    /**
     * Movements by month, account and object of one dimension. The dimensions are stored as one canonical
     * text ({@link Dimensions}); the object is read from it here, so that an escaped {@code =} or {@code ;} in
     * an object cannot be misread.
     */
    static List<LedgerObjectAmount> objectAmounts(DSLContext ctx, List<Long> importIds, String dimension, int fromYear,
                                                  YearMonth through) {
        String named = Dimensions.escaped(dimension) + "=";
        Map<Cell, long[]> byObject = new java.util.TreeMap<>();
        BalanceBlocks.forEachCell(ctx, inYears(importIds, fromYear, through),
                (id, period, account, costCentre, dimensions, ore, rows) -> {
                    if (dimensions.contains(named)) {
                        String object = Dimensions.objectOf(dimensions, dimension);
                        if (!object.isEmpty()) {
                            byObject.computeIfAbsent(new Cell(period, account, object), k -> new long[1])[0] += ore;
                        }
                    }
                });
        List<LedgerObjectAmount> out = new ArrayList<>(byObject.size());
        byObject.forEach((k, ore) -> out.add(new LedgerObjectAmount(YearMonth.parse(k.period()), k.account(), dimension,
                k.key(), Money.ofSek(BalanceBlocks.sek(ore[0])))));
        return out;
    }

    private static ImportInfo importInfo(ImportedFileRecord r) {
        return new ImportInfo(r.getId(), r.getFileName(), Optional.ofNullable(r.getFilePath()), r.getSha256(),
                r.getSizeBytes(), r.getFormat(), r.getCharset(), r.getVouchers(), r.getRowsRead(),
                Optional.ofNullable(r.getFirstPeriod()).map(YearMonth::parse),
                Optional.ofNullable(r.getLastPeriod()).map(YearMonth::parse), r.getImportedAt(), r.getImportedBy(),
                Optional.ofNullable(r.getSupersededBy()));
    }
}
