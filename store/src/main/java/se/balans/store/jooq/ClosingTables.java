package se.balans.store.jooq;

import static se.balans.store.schema.Tables.CLOSED_PERIOD;
import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.CLOSING_BACKTEST;
import static se.balans.store.schema.Tables.CLOSING_BASIS;
import static se.balans.store.schema.Tables.CLOSING_BASIS_WEIGHT;
import static se.balans.store.schema.Tables.CLOSING_BASIS_YEAR;
import static se.balans.store.schema.Tables.CLOSING_COMMITTEE;
import static se.balans.store.schema.Tables.CLOSING_CONFIG;
import static se.balans.store.schema.Tables.CLOSING_IMPORT;
import static se.balans.store.schema.Tables.CLOSING_MONTH;
import static se.balans.store.schema.Tables.CLOSING_OUTCOME;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import se.balans.engine.closing.Backtest;
import se.balans.engine.closing.ForecastBasis;
import se.balans.engine.closing.ForecastMethod;
import se.balans.engine.closing.Measures;
import se.balans.engine.closing.MonthlyClosing;
import se.balans.engine.closing.MonthlyProfile;
import se.balans.engine.ledger.LedgerMapping;
import se.balans.engine.money.Money;
import se.balans.engine.plan.Committee;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.store.ClosingDraft;
import se.balans.store.ClosingInfo;
import se.balans.engine.trace.SourceFile;
import se.balans.store.StoreConflictException;
import se.balans.store.StoreException;
import se.balans.store.StoredClosing;
import se.balans.store.schema.tables.records.ClosingRecord;

/**
 * The closing aggregate: the {@code closing} row and everything that belongs to it (its committees
 * with their names, outcomes, months, forecast bases with their weights and learned years, back-test,
 * the imports and configuration it read), and {@code closed_period}, which names each month's one
 * valid closing. Every list is rows of a child table with its position, never a delimited string. Each method works inside the caller's transaction
 * ({@link JooqStore} owns them), so a closing's rows land together or not at all.
 */
final class ClosingTables {
    private static final String CLOSED = "closed";
    private static final String REOPENED = "reopened";

    /** Decimals a weight may have: the scale of {@code closing_basis_weight.weight}. */
    static final int WEIGHT_DECIMALS = 20;
    /** Digits a weight may have before the decimal point: its precision less its scale. */
    static final int WEIGHT_INTEGER_DIGITS = 18;

    private ClosingTables() {
    }

    /**
     * Makes way for a new closing of {@code period}: if the month is closed, its closing is marked
     * reopened (and kept) and the month freed.
     *
     * @return the closing reopened, if the month was closed
     * @throws StoreConflictException if the month is closed and {@code reopen} is not set
     */
    static Optional<Long> reopen(DSLContext ctx, String period, boolean reopen, OffsetDateTime at, String user) {
        var existing = ctx.selectFrom(CLOSED_PERIOD).where(CLOSED_PERIOD.PERIOD.eq(period)).fetchOptional();
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        ClosingRecord old = ctx.selectFrom(CLOSING).where(CLOSING.ID.eq(existing.get().getClosingId())).fetchSingle();
        if (!reopen) {
            throw new StoreConflictException(period + " is already closed (closing #" + old.getId() + " on "
                    + old.getClosedAt().toLocalDate() + " by " + old.getClosedBy()
                    + "); a closed month is not changed — use --reopen to close it again");
        }
        old.setState(REOPENED);
        old.setReopenedAt(at);
        old.setReopenedBy(user);
        old.store();
        ctx.deleteFrom(CLOSED_PERIOD).where(CLOSED_PERIOD.PERIOD.eq(period)).execute();
        return Optional.of(old.getId());
    }

    /**
     * Writes a closing with everything it computed and read, not yet the month's valid one
     * ({@link #markClosed}).
     *
     * @return the new closing's id
     */
    static long insert(DSLContext ctx, ClosingDraft draft, Optional<Long> replaces, OffsetDateTime at, String user) {
        ClosingRecord rec = ctx.newRecord(CLOSING);
        rec.setPeriod(draft.closing().month().toString());
        rec.setState(CLOSED);
        rec.setClosedAt(at);
        rec.setClosedBy(user);
        rec.setEngineVersion(draft.engineVersion());
        rec.setInputsSha256(draft.inputsSha256());
        rec.setLedgerVersion(draft.ledgerVersion());
        rec.setOrganisation(draft.organisation());
        rec.setReplaces(replaces.orElse(null));
        rec.store();
        long id = rec.getId();
        insertCommittees(ctx, id, draft.committees());
        // Each table's rows through one statement, bound per row: rendering a jOOQ query costs more than running it.
        if (!draft.imports().isEmpty()) {
            var imports = ctx.batch(ctx.insertInto(CLOSING_IMPORT, CLOSING_IMPORT.CLOSING_ID, CLOSING_IMPORT.IMPORT_ID,
                    CLOSING_IMPORT.SHA256).values((Long) null, null, null));
            draft.imports().forEach(i -> imports.bind(id, i.id(), i.sha256()));
            imports.execute();
        }
        if (!draft.config().isEmpty()) {
            var config = ctx.batch(ctx.insertInto(CLOSING_CONFIG, CLOSING_CONFIG.CLOSING_ID, CLOSING_CONFIG.NAME,
                    CLOSING_CONFIG.SHA256, CLOSING_CONFIG.CONTENT).values((Long) null, null, null, null));
            draft.config().forEach(f -> config.bind(id, f.name(), f.sha256(), f.content()));
            config.execute();
        }
        insertFigures(ctx, id, draft.closing());
        return id;
    }

    /**
     * Makes a closing its month's valid one. The primary key of {@code closed_period} is what stops a
     * second process that closes the same month at the same moment.
     *
     * @throws StoreConflictException if another closing of the month got there first
     */
    static void markClosed(DSLContext ctx, String period, long id) {
        try {
            ctx.insertInto(CLOSED_PERIOD, CLOSED_PERIOD.PERIOD, CLOSED_PERIOD.CLOSING_ID).values(period, id).execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new StoreConflictException(period + " was closed by another process at the same time; "
                    + "nothing was stored");
        }
    }

    private static void insertFigures(DSLContext ctx, long id, MonthlyClosing c) {
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
        insertBases(ctx, id, c.bases());
        if (c.backtest().isPresent() && !c.backtest().get().points().isEmpty()) {
            Backtest bt = c.backtest().get();
            var points = ctx.batch(ctx.insertInto(CLOSING_BACKTEST, CLOSING_BACKTEST.CLOSING_ID,
                    CLOSING_BACKTEST.BACKTEST_YEAR, CLOSING_BACKTEST.MONTH_NUMBER,
                    CLOSING_BACKTEST.FORECAST_OPERATING_RESULT, CLOSING_BACKTEST.FORECAST_RESULT,
                    CLOSING_BACKTEST.ACTUAL_OPERATING_RESULT, CLOSING_BACKTEST.ACTUAL_RESULT)
                    .values((Long) null, null, null, null, null, null, null));
            for (Backtest.Point p : bt.points()) {
                points.bind(id, bt.year(), p.month(), p.forecastOperatingResult().sek(), p.forecastResult().sek(),
                        bt.actualOperatingResult().sek(), bt.actualResult().sek());
            }
            points.execute();
        }
    }

    /** The committees with their names in report order, numbered from 1. */
    private static void insertCommittees(DSLContext ctx, long id, List<Committee> committees) {
        var insert = ctx.batch(ctx.insertInto(CLOSING_COMMITTEE, CLOSING_COMMITTEE.CLOSING_ID, CLOSING_COMMITTEE.ORDINAL,
                CLOSING_COMMITTEE.CODE, CLOSING_COMMITTEE.NAME, CLOSING_COMMITTEE.ENGLISH_NAME)
                .values((Long) null, null, null, null, null));
        for (int i = 0; i < committees.size(); i++) {
            Committee k = committees.get(i);
            insert.bind(id, i + 1, k.code(), k.name(), k.englishName());
        }
        if (!committees.isEmpty()) {
            insert.execute();
        }
    }

    /**
     * Each basis's row in the closing's order, its profile's twelve weights (month by month) and its
     * learned years (in order).
     */
    private static void insertBases(DSLContext ctx, long id, List<ForecastBasis> bases) {
        if (bases.isEmpty()) {
            return;
        }
        var basis = ctx.batch(ctx.insertInto(CLOSING_BASIS, CLOSING_BASIS.CLOSING_ID, CLOSING_BASIS.ORDINAL,
                CLOSING_BASIS.TARGET, CLOSING_BASIS.METHOD, CLOSING_BASIS.PROFILE_SOURCE)
                .values((Long) null, null, null, null, null));
        var weights = ctx.batch(ctx.insertInto(CLOSING_BASIS_WEIGHT, CLOSING_BASIS_WEIGHT.CLOSING_ID,
                CLOSING_BASIS_WEIGHT.TARGET, CLOSING_BASIS_WEIGHT.MONTH_NUMBER, CLOSING_BASIS_WEIGHT.WEIGHT,
                CLOSING_BASIS_WEIGHT.WEIGHT_SCALE).values((Long) null, null, null, null, null));
        var years = ctx.batch(ctx.insertInto(CLOSING_BASIS_YEAR, CLOSING_BASIS_YEAR.CLOSING_ID, CLOSING_BASIS_YEAR.TARGET,
                CLOSING_BASIS_YEAR.ORDINAL, CLOSING_BASIS_YEAR.LEARNED_YEAR).values((Long) null, null, null, null));
        boolean anyYear = false;
        for (int n = 0; n < bases.size(); n++) {
            ForecastBasis b = bases.get(n);
            basis.bind(id, n + 1, b.target(), b.method().code(), b.profile().source().code());
            List<BigDecimal> w = b.profile().weights();
            for (int m = 0; m < w.size(); m++) {
                BigDecimal weight = storableWeight(w.get(m), id, b.target());
                weights.bind(id, b.target(), m + 1, weight, weight.scale());
            }
            List<Integer> learned = b.profile().learnedFrom();
            for (int i = 0; i < learned.size(); i++) {
                years.bind(id, b.target(), i + 1, learned.get(i));
                anyYear = true;
            }
        }
        // The weights and years refer to their basis row: the bases go first.
        basis.execute();
        weights.execute();
        if (anyYear) {
            years.execute();
        }
    }

    /**
     * A weight that {@code closing_basis_weight} gives back exactly, value and scale; the database
     * would round any other, and the closing would no longer equal its recomputation.
     *
     * @throws StoreException for a weight with more decimals or digits than the column holds
     */
    static BigDecimal storableWeight(BigDecimal weight, long closingId, String target) {
        if (weight.scale() > WEIGHT_DECIMALS || weight.precision() - weight.scale() > WEIGHT_INTEGER_DIGITS) {
            throw new StoreException("closing #" + closingId + ": the weight " + weight.toPlainString() + " of "
                    + target + "'s profile has more than " + WEIGHT_DECIMALS + " decimals or "
                    + WEIGHT_INTEGER_DIGITS + " digits before the point; the store cannot keep it exactly", null);
        }
        return weight;
    }

    /** The id of a month's valid closing, if the month is closed. */
    static Optional<Long> validId(DSLContext ctx, YearMonth period) {
        return ctx.select(CLOSED_PERIOD.CLOSING_ID).from(CLOSED_PERIOD)
                .where(CLOSED_PERIOD.PERIOD.eq(period.toString())).fetchOptional(CLOSED_PERIOD.CLOSING_ID);
    }

    /** A closing by id, valid or reopened, read back whole. */
    static Optional<StoredClosing> load(DSLContext ctx, long id) {
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
        List<ForecastBasis> bases = bases(ctx, id);
        var bt = ctx.selectFrom(CLOSING_BACKTEST).where(CLOSING_BACKTEST.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BACKTEST.MONTH_NUMBER).fetch();
        Optional<Backtest> backtest = bt.isEmpty() ? Optional.empty() : Optional.of(new Backtest(
                bt.get(0).getBacktestYear(),
                bt.map(p -> new Backtest.Point(p.getMonthNumber(), Money.ofSek(p.getForecastOperatingResult()),
                        Money.ofSek(p.getForecastResult()))),
                Money.ofSek(bt.get(0).getActualOperatingResult()), Money.ofSek(bt.get(0).getActualResult())));
        List<Committee> committees = ctx.selectFrom(CLOSING_COMMITTEE).where(CLOSING_COMMITTEE.CLOSING_ID.eq(id))
                .orderBy(CLOSING_COMMITTEE.ORDINAL).fetch()
                .map(k -> new Committee(k.getCode(), k.getName(), k.getEnglishName()));
        MonthlyClosing closing = new MonthlyClosing(month, committees.stream().map(Committee::code).toList(), rows,
                months, bases, backtest);
        List<StoredClosing.ImportRef> imports = ctx.selectFrom(CLOSING_IMPORT).where(CLOSING_IMPORT.CLOSING_ID.eq(id))
                .orderBy(CLOSING_IMPORT.IMPORT_ID).fetch()
                .map(r -> new StoredClosing.ImportRef(r.getImportId(), r.getSha256()));
        List<SourceFile> config = ctx.selectFrom(CLOSING_CONFIG).where(CLOSING_CONFIG.CLOSING_ID.eq(id))
                .orderBy(CLOSING_CONFIG.NAME).fetch()
                .map(r -> new SourceFile(r.getName(), r.getSha256(), r.getContent()));
        return Optional.of(new StoredClosing(info(c), c.getOrganisation(), committees, closing, imports, config));
    }

    /**
     * A closing's forecast bases in the order they were stored, each with its weights and learned years
     * from their child rows.
     */
    private static List<ForecastBasis> bases(DSLContext ctx, long id) {
        Map<String, List<BigDecimal>> weights = new HashMap<>();
        for (var w : ctx.selectFrom(CLOSING_BASIS_WEIGHT).where(CLOSING_BASIS_WEIGHT.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BASIS_WEIGHT.TARGET, CLOSING_BASIS_WEIGHT.MONTH_NUMBER).fetch()) {
            // Back to the scale it was stored with: the column's own scale is the widest any weight may have.
            weights.computeIfAbsent(w.getTarget(), t -> new ArrayList<>())
                    .add(w.getWeight().setScale(w.getWeightScale()));
        }
        Map<String, List<Integer>> years = new HashMap<>();
        for (var y : ctx.selectFrom(CLOSING_BASIS_YEAR).where(CLOSING_BASIS_YEAR.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BASIS_YEAR.TARGET, CLOSING_BASIS_YEAR.ORDINAL).fetch()) {
            years.computeIfAbsent(y.getTarget(), t -> new ArrayList<>()).add(y.getLearnedYear());
        }
        List<ForecastBasis> bases = new ArrayList<>();
        for (var b : ctx.selectFrom(CLOSING_BASIS).where(CLOSING_BASIS.CLOSING_ID.eq(id))
                .orderBy(CLOSING_BASIS.ORDINAL).fetch()) {
            bases.add(new ForecastBasis(b.getTarget(), ForecastMethod.fromCode(b.getMethod()),
                    new MonthlyProfile(weights.getOrDefault(b.getTarget(), List.of()), source(b.getProfileSource()),
                            years.getOrDefault(b.getTarget(), List.of()))));
        }
        return bases;
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

    /** Every closing, oldest first, reopened ones included. */
    static List<ClosingInfo> all(DSLContext ctx) {
        return ctx.selectFrom(CLOSING).orderBy(CLOSING.ID).fetch().map(ClosingTables::info);
    }

    static ClosingInfo infoById(DSLContext ctx, long id) {
        return info(ctx.selectFrom(CLOSING).where(CLOSING.ID.eq(id)).fetchSingle());
    }

    private static ClosingInfo info(ClosingRecord r) {
        return new ClosingInfo(r.getId(), YearMonth.parse(r.getPeriod()), CLOSED.equals(r.getState()), r.getClosedAt(),
                r.getClosedBy(), r.getEngineVersion(), r.getInputsSha256(), r.getLedgerVersion(),
                Optional.ofNullable(r.getReplaces()), Optional.ofNullable(r.getReopenedAt()),
                Optional.ofNullable(r.getReopenedBy()));
    }
}
