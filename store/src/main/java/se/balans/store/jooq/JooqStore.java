package se.balans.store.jooq;

import static se.balans.store.schema.Tables.ACCOUNT;
import static se.balans.store.schema.Tables.AUDIT_LOG;
import static se.balans.store.schema.Tables.CLOSED_PERIOD;
import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.CLOSING_BACKTEST;
import static se.balans.store.schema.Tables.CLOSING_BASIS;
import static se.balans.store.schema.Tables.CLOSING_CONFIG;
import static se.balans.store.schema.Tables.CLOSING_IMPORT;
import static se.balans.store.schema.Tables.CLOSING_MONTH;
import static se.balans.store.schema.Tables.CLOSING_OUTCOME;
import static se.balans.store.schema.Tables.IMPORTED_FILE;
import static se.balans.store.schema.Tables.LEDGER_BALANCE;
import static se.balans.store.schema.Tables.LEDGER_STATE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.ForecastMethod;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.closing.MonthlyProfile;
import se.balans.engine.ledger.LedgerAmount;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.money.Money;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.store.AuditEntry;
import se.balans.store.Checkpoint;
import se.balans.store.ClosingDraft;
import se.balans.store.ClosingInfo;
import se.balans.store.ConfigFile;
import se.balans.store.ImportInfo;
import se.balans.store.ImportReceipt;
import se.balans.store.LedgerImport;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoreConflictException;
import se.balans.store.StoreException;
import se.balans.store.StoredClosing;
import se.balans.store.schema.tables.records.ClosingRecord;
import se.balans.store.schema.tables.records.ImportedFileRecord;

/**
 * The store on H2 or PostgreSQL through jOOQ. SQL is only ever built by jOOQ with bound parameters.
 *
 * <p>Imports and closings serialise on the single {@code ledger_state} row (locked FOR UPDATE):
 * an import bumps its version; a closing stores the version it read and refuses to commit if it
 * changed, so an import during a closing can never alter what the closing read.
 */
public final class JooqStore implements Store {
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final DSLContext db;
    private final String user;
    private final Clock clock;

    public JooqStore(Connection connection, String dbUrl, String osUser, Clock clock) {
        this.connection = connection;
        // Unquoted names: H2 folds them to upper case, PostgreSQL to lower case, as the migrations did.
        this.db = DSL.using(connection, Database.dialect(dbUrl),
                new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
        this.user = osUser;
        this.clock = clock;
    }

    /** Opens (and migrates) the store at a JDBC URL. */
    public static JooqStore open(String url, String dbUser, String dbPassword, String osUser, Clock clock) {
        return new JooqStore(Database.open(url, dbUser, dbPassword), url, osUser, clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ---------------------------------------------------------------- imports

    @Override
    public ImportReceipt importLedger(LedgerImport ledger, boolean replace) {
        ImportReceipt receipt = tx(ctx -> {
            lockLedger(ctx);
            Checkpoint.reach(Checkpoint.IMPORT_LOCKED);
            List<ImportInfo> current = ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.SUPERSEDED_BY.isNull())
                    .orderBy(IMPORTED_FILE.ID).fetch().map(JooqStore::importInfo);
            SortedSet<String> periods = new TreeSet<>();
            ledger.balances().forEach(b -> periods.add(b.period().toString()));
            List<ImportInfo> replaced = new ArrayList<>();
            for (ImportInfo old : current) {
                if (old.sha256().equals(ledger.sha256())) {
                    if (!replace) {
                        throw new StoreConflictException(ledger.fileName() + " is already imported (import #" + old.id()
                                + " of " + old.fileName() + " on " + old.importedAt().toLocalDate() + " by "
                                + old.importedBy() + ", same SHA-256); use --replace to import it again");
                    }
                    replaced.add(old);
                    continue;
                }
                List<String> overlap = ctx.selectDistinct(LEDGER_BALANCE.PERIOD).from(LEDGER_BALANCE)
                        .where(LEDGER_BALANCE.IMPORT_ID.eq(old.id())).and(LEDGER_BALANCE.PERIOD.in(periods))
                        .orderBy(LEDGER_BALANCE.PERIOD).fetch(LEDGER_BALANCE.PERIOD);
                if (!overlap.isEmpty()) {
                    if (!replace) {
                        throw new StoreConflictException(ledger.fileName() + " covers " + range(overlap)
                                + ", already imported from " + old.fileName() + " (import #" + old.id()
                                + "); use --replace to supersede that import");
                    }
                    replaced.add(old);
                }
            }
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
            rec.setImportedAt(now());
            rec.setImportedBy(user);
            rec.store();
            long id = rec.getId();
            insertBalances(ctx, id, ledger.balances());
            // INSERT … ON CONFLICT: PostgreSQL has it since 9.5 (MERGE only since 15); jOOQ writes it as MERGE for H2.
            for (Map.Entry<String, String> e : ledger.accountNames().entrySet()) {
                ctx.insertInto(ACCOUNT, ACCOUNT.NUMBER, ACCOUNT.NAME).values(e.getKey(), e.getValue())
                        .onConflict(ACCOUNT.NUMBER).doUpdate().set(ACCOUNT.NAME, DSL.excluded(ACCOUNT.NAME))
                        .execute();
            }
            for (ImportInfo old : replaced) {
                ctx.update(IMPORTED_FILE).set(IMPORTED_FILE.SUPERSEDED_BY, id).where(IMPORTED_FILE.ID.eq(old.id()))
                        .execute();
            }
            ctx.update(LEDGER_STATE).set(LEDGER_STATE.VERSION, LEDGER_STATE.VERSION.plus(1))
                    .where(LEDGER_STATE.ID.eq(1)).execute();
            audit(ctx, "import", ledger.fileName(), "import #" + id + " sha256 " + ledger.sha256() + ", "
                    + ledger.vouchers() + " vouchers, " + ledger.rows() + " rows, " + range(new ArrayList<>(periods))
                    + (replaced.isEmpty() ? "" : ", supersedes " + replaced.stream().map(r -> "#" + r.id())
                    .collect(Collectors.joining(", "))));
            ImportInfo info = importInfo(ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.ID.eq(id)).fetchSingle());
            Checkpoint.reach(Checkpoint.IMPORT_WRITTEN);
            return new ImportReceipt(info, replaced);
        });
        Checkpoint.reach(Checkpoint.IMPORT_COMMITTED);
        return receipt;
    }

    private static String range(List<String> periods) {
        if (periods.isEmpty()) {
            return "no months";
        }
        return periods.size() == 1 ? periods.get(0) : periods.get(0) + "–" + periods.get(periods.size() - 1);
    }

    /**
     * The balances in JDBC batches of one statement that jOOQ renders with bind markers: jOOQ's own
     * batch binds value by value and costs more than the database for the thousands of rows a year
     * of a region's ledger sums to. The SQL is still jOOQ's, and every value a bound parameter.
     */
    private static void insertBalances(DSLContext ctx, long importId, List<LedgerImport.Balance> balances) {
        String sql = ctx.insertInto(LEDGER_BALANCE, LEDGER_BALANCE.IMPORT_ID, LEDGER_BALANCE.PERIOD,
                LEDGER_BALANCE.ACCOUNT, LEDGER_BALANCE.COST_CENTRE, LEDGER_BALANCE.DIMENSIONS, LEDGER_BALANCE.AMOUNT,
                LEDGER_BALANCE.ROW_COUNT).values((Long) null, null, null, null, null, null, null).getSQL();
        ctx.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (LedgerImport.Balance b : balances) {
                    ps.setLong(1, importId);
                    ps.setString(2, b.period().toString());
                    ps.setString(3, b.account());
                    ps.setString(4, b.costCentre());
                    ps.setString(5, b.dimensions());
                    ps.setBigDecimal(6, b.amount().sek());
                    ps.setLong(7, b.rowCount());
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    @Override
    public List<ImportInfo> imports() {
        return read(ctx -> ctx.selectFrom(IMPORTED_FILE).orderBy(IMPORTED_FILE.ID).fetch().map(JooqStore::importInfo));
    }

    private static ImportInfo importInfo(ImportedFileRecord r) {
        return new ImportInfo(r.getId(), r.getFileName(), Optional.ofNullable(r.getFilePath()), r.getSha256(), r.getSizeBytes(), r.getFormat(),
                r.getCharset(), r.getVouchers(), r.getRowsRead(),
                Optional.ofNullable(r.getFirstPeriod()).map(YearMonth::parse),
                Optional.ofNullable(r.getLastPeriod()).map(YearMonth::parse), r.getImportedAt(), r.getImportedBy(),
                Optional.ofNullable(r.getSupersededBy()));
    }

    // ---------------------------------------------------------------- ledger reads

    @Override
    public LedgerSnapshot ledger(int fromYear, YearMonth through) {
        return read(ctx -> {
            // The version first: an import that lands during these reads raises it, so the closing's
            // commit, which checks it, refuses whatever mix these reads saw. No snapshot isolation needed.
            long version = ctx.select(LEDGER_STATE.VERSION).from(LEDGER_STATE).where(LEDGER_STATE.ID.eq(1))
                    .fetchSingle().value1();
            List<ImportInfo> current = ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.SUPERSEDED_BY.isNull())
                    .orderBy(IMPORTED_FILE.ID).fetch().map(JooqStore::importInfo);
            return new LedgerSnapshot(version, current,
                    amounts(ctx, current.stream().map(ImportInfo::id).toList(), fromYear, through));
        });
    }

    @Override
    public LedgerSnapshot ledgerOf(List<Long> importIds, int fromYear, YearMonth through) {
        return read(ctx -> {
            List<ImportInfo> imports = ctx.selectFrom(IMPORTED_FILE).where(IMPORTED_FILE.ID.in(importIds))
                    .orderBy(IMPORTED_FILE.ID).fetch().map(JooqStore::importInfo);
            return new LedgerSnapshot(-1, imports, amounts(ctx, importIds, fromYear, through));
        });
    }

    private static List<LedgerAmount> amounts(DSLContext ctx, List<Long> importIds, int fromYear, YearMonth through) {
        var sum = DSL.sum(LEDGER_BALANCE.AMOUNT);
        Result<? extends Record> rows = ctx.select(LEDGER_BALANCE.PERIOD, LEDGER_BALANCE.ACCOUNT,
                        LEDGER_BALANCE.COST_CENTRE, sum)
                .from(LEDGER_BALANCE)
                .where(LEDGER_BALANCE.IMPORT_ID.in(importIds))
                .and(LEDGER_BALANCE.PERIOD.ge(YearMonth.of(fromYear, 1).toString()))
                .and(LEDGER_BALANCE.PERIOD.le(through.toString()))
                .groupBy(LEDGER_BALANCE.PERIOD, LEDGER_BALANCE.ACCOUNT, LEDGER_BALANCE.COST_CENTRE)
                .orderBy(LEDGER_BALANCE.PERIOD, LEDGER_BALANCE.ACCOUNT, LEDGER_BALANCE.COST_CENTRE)
                .fetch();
        List<LedgerAmount> out = new ArrayList<>(rows.size());
        for (Record r : rows) {
            out.add(new LedgerAmount(YearMonth.parse(r.get(LEDGER_BALANCE.PERIOD)), r.get(LEDGER_BALANCE.ACCOUNT),
                    r.get(LEDGER_BALANCE.COST_CENTRE), Money.ofSek(r.get(sum))));
        }
        return out;
    }

    // ---------------------------------------------------------------- closings

    @Override
    public ClosingInfo saveClosing(ClosingDraft draft, boolean reopen) {
        String period = draft.closing().month().toString();
        Checkpoint.reach(Checkpoint.CLOSE_READ);
        ClosingInfo info = tx(ctx -> {
            long version = lockLedger(ctx);
            if (version != draft.ledgerVersion()) {
                throw new StoreConflictException("the ledger changed while " + period + " was being closed (an import "
                        + "landed); nothing was stored — close it again");
            }
            Checkpoint.reach(Checkpoint.CLOSE_LOCKED);
            var existing = ctx.selectFrom(CLOSED_PERIOD).where(CLOSED_PERIOD.PERIOD.eq(period)).fetchOptional();
            Long replaces = null;
            if (existing.isPresent()) {
                ClosingRecord old = ctx.selectFrom(CLOSING).where(CLOSING.ID.eq(existing.get().getClosingId()))
                        .fetchSingle();
                if (!reopen) {
                    throw new StoreConflictException(period + " is already closed (closing #" + old.getId() + " on "
                            + old.getClosedAt().toLocalDate() + " by " + old.getClosedBy()
                            + "); a closed month is not changed — use --reopen to close it again");
                }
                replaces = old.getId();
                old.setState("reopened");
                old.setReopenedAt(now());
                old.setReopenedBy(user);
                old.store();
                ctx.deleteFrom(CLOSED_PERIOD).where(CLOSED_PERIOD.PERIOD.eq(period)).execute();
                audit(ctx, "reopen", period, "closing #" + old.getId() + " reopened");
            }
            ClosingRecord rec = ctx.newRecord(CLOSING);
            rec.setPeriod(period);
            rec.setState("closed");
            rec.setClosedAt(now());
            rec.setClosedBy(user);
            rec.setEngineVersion(draft.engineVersion());
            rec.setInputsSha256(draft.inputsSha256());
            rec.setLedgerVersion(draft.ledgerVersion());
            rec.setCommittees(String.join(",", draft.closing().committees()));
            rec.setReplaces(replaces);
            rec.store();
            long id = rec.getId();
            for (ImportInfo i : draft.imports()) {
                ctx.insertInto(CLOSING_IMPORT, CLOSING_IMPORT.CLOSING_ID, CLOSING_IMPORT.IMPORT_ID, CLOSING_IMPORT.SHA256)
                        .values(id, i.id(), i.sha256()).execute();
            }
            for (ConfigFile f : draft.config()) {
                ctx.insertInto(CLOSING_CONFIG, CLOSING_CONFIG.CLOSING_ID, CLOSING_CONFIG.NAME, CLOSING_CONFIG.SHA256,
                        CLOSING_CONFIG.CONTENT).values(id, f.name(), f.sha256(), f.content()).execute();
            }
            insertOutcomes(ctx, id, draft.closing());
            try {
                ctx.insertInto(CLOSED_PERIOD, CLOSED_PERIOD.PERIOD, CLOSED_PERIOD.CLOSING_ID).values(period, id).execute();
            } catch (IntegrityConstraintViolationException e) {
                throw new StoreConflictException(period + " was closed by another process at the same time; "
                        + "nothing was stored");
            }
            audit(ctx, "close", period, "closing #" + id + " engine " + draft.engineVersion() + " inputs "
                    + draft.inputsSha256() + (replaces == null ? "" : ", replaces #" + replaces));
            Checkpoint.reach(Checkpoint.CLOSE_WRITTEN);
            return closingInfo(ctx.selectFrom(CLOSING).where(CLOSING.ID.eq(id)).fetchSingle(), true);
        });
        Checkpoint.reach(Checkpoint.CLOSE_COMMITTED);
        return info;
    }

    private static void insertOutcomes(DSLContext ctx, long id, MonthlyClosing c) {
        var outcome = ctx.batch(ctx.insertInto(CLOSING_OUTCOME, CLOSING_OUTCOME.CLOSING_ID, CLOSING_OUTCOME.COMMITTEE,
                CLOSING_OUTCOME.LINE, CLOSING_OUTCOME.MONTH_AMOUNT, CLOSING_OUTCOME.YTD, CLOSING_OUTCOME.YTD_LAST_YEAR,
                CLOSING_OUTCOME.BUDGET_YTD, CLOSING_OUTCOME.BUDGET_YEAR, CLOSING_OUTCOME.FORECAST_YEAR)
                .values((Long) null, null, null, null, null, null, null, null, null));
        for (MonthlyClosing.Row r : c.rows()) {
            Measures m = r.measures();
            outcome.bind(id, r.key().committee(), r.key().line().code(), m.month().sek(), m.ytd().sek(),
                    m.ytdLastYear().sek(), m.budgetYtd().sek(), m.budgetYear().sek(), m.forecastYear().sek());
        }
        if (!c.rows().isEmpty()) {
            outcome.execute();
        }
        var months = ctx.batch(ctx.insertInto(CLOSING_MONTH, CLOSING_MONTH.CLOSING_ID, CLOSING_MONTH.COMMITTEE,
                CLOSING_MONTH.LINE, CLOSING_MONTH.MONTH_NUMBER, CLOSING_MONTH.ACTUAL, CLOSING_MONTH.LAST_YEAR,
                CLOSING_MONTH.BUDGET).values((Long) null, null, null, null, null, null, null));
        for (MonthlyClosing.MonthRow r : c.months()) {
            months.bind(id, r.key().committee(), r.key().line().code(), r.month(), r.actual().sek(),
                    r.lastYear().sek(), r.budget().sek());
        }
        if (!c.months().isEmpty()) {
            months.execute();
        }
        for (ForecastBasis b : c.bases()) {
            ctx.insertInto(CLOSING_BASIS, CLOSING_BASIS.CLOSING_ID, CLOSING_BASIS.TARGET, CLOSING_BASIS.METHOD,
                    CLOSING_BASIS.PROFILE_SOURCE, CLOSING_BASIS.LEARNED_FROM, CLOSING_BASIS.WEIGHTS)
                    .values(id, b.target(), b.method().code(), b.profile().source().code(),
                            b.profile().learnedFrom().stream().map(String::valueOf).collect(Collectors.joining(",")),
                            b.profile().weights().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";")))
                    .execute();
        }
        if (c.backtest().isPresent()) {
            Backtest bt = c.backtest().get();
            for (Backtest.Point p : bt.points()) {
                ctx.insertInto(CLOSING_BACKTEST, CLOSING_BACKTEST.CLOSING_ID, CLOSING_BACKTEST.BACKTEST_YEAR,
                        CLOSING_BACKTEST.MONTH_NUMBER, CLOSING_BACKTEST.FORECAST_OPERATING_RESULT,
                        CLOSING_BACKTEST.FORECAST_RESULT, CLOSING_BACKTEST.ACTUAL_OPERATING_RESULT,
                        CLOSING_BACKTEST.ACTUAL_RESULT)
                        .values(id, bt.year(), p.month(), p.forecastOperatingResult().sek(), p.forecastResult().sek(),
                                bt.actualOperatingResult().sek(), bt.actualResult().sek())
                        .execute();
            }
        }
    }

    @Override
    public Optional<StoredClosing> closing(YearMonth period) {
        return read(ctx -> ctx.select(CLOSED_PERIOD.CLOSING_ID).from(CLOSED_PERIOD)
                .where(CLOSED_PERIOD.PERIOD.eq(period.toString())).fetchOptional(CLOSED_PERIOD.CLOSING_ID)
                .flatMap(id -> loadClosing(ctx, id)));
    }

    @Override
    public Optional<StoredClosing> closingById(long id) {
        return read(ctx -> loadClosing(ctx, id));
    }

    private Optional<StoredClosing> loadClosing(DSLContext ctx, long id) {
        Optional<ClosingRecord> rec = ctx.selectFrom(CLOSING).where(CLOSING.ID.eq(id)).fetchOptional();
        if (rec.isEmpty()) {
            return Optional.empty();
        }
        ClosingRecord c = rec.get();
        YearMonth month = YearMonth.parse(c.getPeriod());
        List<MonthlyClosing.Row> rows = new ArrayList<>();
        for (var r : ctx.selectFrom(CLOSING_OUTCOME).where(CLOSING_OUTCOME.CLOSING_ID.eq(id)).fetch()) {
            rows.add(new MonthlyClosing.Row(new LedgerMapping.Key(r.getCommittee(), line(r.getLine())),
                    new Measures(Money.ofSek(r.getMonthAmount()), Money.ofSek(r.getYtd()),
                            Money.ofSek(r.getYtdLastYear()), Money.ofSek(r.getBudgetYtd()),
                            Money.ofSek(r.getBudgetYear()), Money.ofSek(r.getForecastYear()))));
        }
        List<MonthlyClosing.MonthRow> months = new ArrayList<>();
        for (var r : ctx.selectFrom(CLOSING_MONTH).where(CLOSING_MONTH.CLOSING_ID.eq(id)).fetch()) {
            months.add(new MonthlyClosing.MonthRow(new LedgerMapping.Key(r.getCommittee(), line(r.getLine())),
                    r.getMonthNumber(), Money.ofSek(r.getActual()), Money.ofSek(r.getLastYear()),
                    Money.ofSek(r.getBudget())));
        }
        List<ForecastBasis> bases = new ArrayList<>();
        for (var b : ctx.selectFrom(CLOSING_BASIS).where(CLOSING_BASIS.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BASIS.TARGET).fetch()) {
            List<BigDecimal> weights = Arrays.stream(b.getWeights().split(";")).map(BigDecimal::new).toList();
            List<Integer> learned = b.getLearnedFrom().isEmpty() ? List.of()
                    : Arrays.stream(b.getLearnedFrom().split(",")).map(Integer::valueOf).toList();
            bases.add(new ForecastBasis(b.getTarget(), ForecastMethod.fromCode(b.getMethod()),
                    new MonthlyProfile(weights, source(b.getProfileSource()), learned)));
        }
        var bt = ctx.selectFrom(CLOSING_BACKTEST).where(CLOSING_BACKTEST.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BACKTEST.MONTH_NUMBER).fetch();
        Optional<Backtest> backtest = bt.isEmpty() ? Optional.empty() : Optional.of(new Backtest(
                bt.get(0).getBacktestYear(),
                bt.map(p -> new Backtest.Point(p.getMonthNumber(), Money.ofSek(p.getForecastOperatingResult()),
                        Money.ofSek(p.getForecastResult()))),
                Money.ofSek(bt.get(0).getActualOperatingResult()), Money.ofSek(bt.get(0).getActualResult())));
        List<String> committees = c.getCommittees().isEmpty() ? List.of() : List.of(c.getCommittees().split(","));
        MonthlyClosing closing = new MonthlyClosing(month, committees, rows, months, bases, backtest);
        List<StoredClosing.ImportRef> imports = ctx.selectFrom(CLOSING_IMPORT).where(CLOSING_IMPORT.CLOSING_ID.eq(id))
                .orderBy(CLOSING_IMPORT.IMPORT_ID).fetch()
                .map(r -> new StoredClosing.ImportRef(r.getImportId(), r.getSha256()));
        List<ConfigFile> config = ctx.selectFrom(CLOSING_CONFIG).where(CLOSING_CONFIG.CLOSING_ID.eq(id))
                .orderBy(CLOSING_CONFIG.NAME).fetch()
                .map(r -> new ConfigFile(r.getName(), r.getSha256(), r.getContent()));
        boolean valid = "closed".equals(c.getState());
        return Optional.of(new StoredClosing(closingInfo(c, valid), closing, imports, config));
    }

    private static IncomeStatementLine line(String code) {
        return IncomeStatementLine.fromCode(code).orElseThrow(() ->
                new StoreException("unknown result line '" + code + "' in the store", null));
    }

    private static MonthlyProfile.Source source(String code) {
        for (MonthlyProfile.Source s : MonthlyProfile.Source.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new StoreException("unknown profile source '" + code + "' in the store", null);
    }

    @Override
    public List<ClosingInfo> closings() {
        return read(ctx -> ctx.selectFrom(CLOSING).orderBy(CLOSING.ID).fetch()
                .map(r -> closingInfo(r, "closed".equals(r.getState()))));
    }

    private static ClosingInfo closingInfo(ClosingRecord r, boolean valid) {
        return new ClosingInfo(r.getId(), YearMonth.parse(r.getPeriod()), valid, r.getClosedAt(), r.getClosedBy(),
                r.getEngineVersion(), r.getInputsSha256(), r.getLedgerVersion(), Optional.ofNullable(r.getReplaces()),
                Optional.ofNullable(r.getReopenedAt()), Optional.ofNullable(r.getReopenedBy()));
    }

    // ---------------------------------------------------------------- audit

    @Override
    public void audit(String action, String subject, String details) {
        tx(ctx -> {
            audit(ctx, action, subject, details);
            return null;
        });
    }

    private void audit(DSLContext ctx, String action, String subject, String details) {
        ctx.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT, AUDIT_LOG.DETAILS)
                .values(now(), user, action, subject, details).execute();
    }

    @Override
    public List<AuditEntry> auditLog() {
        return read(ctx -> ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch()
                .map(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(), r.getAction(), r.getSubject(),
                        r.getDetails())));
    }

    // ---------------------------------------------------------------- plumbing

    /** Locks the ledger-state row for this transaction and returns its version. */
    private static long lockLedger(DSLContext ctx) {
        return ctx.select(LEDGER_STATE.VERSION).from(LEDGER_STATE).where(LEDGER_STATE.ID.eq(1)).forUpdate()
                .fetchSingle().value1();
    }

    private <T> T tx(java.util.function.Function<DSLContext, T> work) {
        try {
            return db.transactionResult(cfg -> work.apply(DSL.using(cfg)));
        } catch (StoreConflictException e) {
            throw e;
        } catch (DataAccessException e) {
            if (e.getCause() instanceof StoreConflictException c) {
                throw c;
            }
            throw new StoreException("the database refused the change, nothing was stored: " + message(e), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof StoreConflictException c) {
                throw c;
            }
            throw e;
        }
    }

    private <T> T read(java.util.function.Function<DSLContext, T> work) {
        try {
            return work.apply(db);
        } catch (DataAccessException e) {
            throw new StoreException("cannot read the database: " + message(e), e);
        }
    }

    private static String message(DataAccessException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        if (db.dialect() == SQLDialect.H2) {
            try {
                Database.awaitOtherProcesses(connection);
            } catch (SQLException e) {
                // the connection is gone (the serving process ended): there is no one to wait for
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database", e);
        }
    }
}
