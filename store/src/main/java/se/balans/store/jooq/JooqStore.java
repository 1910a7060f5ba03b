package se.balans.store.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import se.balans.engine.organisation.Organisation;
import se.balans.store.AuditEntry;
import se.balans.store.ChainCheck;
import se.balans.store.Checkpoint;
import se.balans.store.ClosingDraft;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;
import se.balans.store.ImportMode;
import se.balans.store.ImportReceipt;
import se.balans.store.LedgerImport;
import se.balans.store.LedgerSnapshot;
import se.balans.store.Store;
import se.balans.store.StoreConflictException;
import se.balans.store.StoreException;
import se.balans.store.StoredClosing;

/**
 * The store on H2 or PostgreSQL through jOOQ. SQL is only ever built by jOOQ with bound parameters.
 *
 * <p>Imports and closings serialise on the single {@code ledger_state} row (locked FOR UPDATE):
 * an import bumps its version; a closing stores the version it read and refuses to commit if it
 * changed, so an import during a closing can never alter what the closing read.
 *
 * <p>This class owns the transactions and what happens in them, step by step (locks, checkpoints,
 * audit lines); the tables of each aggregate are read and written by {@link LedgerTables} (imports,
 * balances, accounts, the ledger's version), {@link ClosingTables} (a closing and its child rows),
 * {@link OrganisationTable} (whose store this is) and {@link AuditLog}.
 */
public final class JooqStore implements Store {
    private final Connection connection;
    private final DSLContext db;
    private final String user;
    private final Clock clock;

    public JooqStore(Connection connection, String dbUrl, String osUser, Clock clock) {
        this.connection = connection;
        this.db = Database.dsl(connection, Database.dialect(dbUrl));
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
    public ImportReceipt importLedger(LedgerImport ledger, ImportMode mode) {
        return importLedgers(List.of(ledger), mode).get(0);
    }

    @Override
    public List<ImportReceipt> importLedgers(List<LedgerImport> ledgers, ImportMode mode) {
        if (ledgers.isEmpty()) {
            throw new IllegalArgumentException("no ledger to import");
        }
        // The digests' lines on the other core while the database writes.
        List<java.util.concurrent.CompletableFuture<List<String>>> lines = ledgers.stream().map(l ->
                java.util.concurrent.CompletableFuture.supplyAsync(() -> RecordDigests.balanceLines(l.balances())))
                .toList();
        List<ImportReceipt> receipts = tx(ctx -> {
            LedgerTables.lock(ctx);
            Checkpoint.reach(Checkpoint.IMPORT_LOCKED);
            List<ImportReceipt> done = new ArrayList<>();
            for (int i = 0; i < ledgers.size(); i++) {
                LedgerImport ledger = ledgers.get(i);
                // Each file as if imported on its own after the ones before it, all in one transaction.
                // Its months, once: each use would otherwise go through all its balances again.
                LedgerTables.Coverage covered = LedgerTables.coverage(ledger, mode);
                java.util.SortedSet<String> periods = covered.periods();
                List<ImportInfo> replaced = LedgerTables.replacedBy(ctx, ledger, periods, mode);
                long id = LedgerTables.insert(ctx, ledger, covered, replaced, now(), user);
                AuditLog.append(ctx, now(), user, "import", ledger.fileName(), "import #" + id + " sha256 "
                        + ledger.sha256() + ", " + ledger.vouchers() + " vouchers, " + ledger.rows() + " rows, "
                        + LedgerTables.range(new ArrayList<>(periods))
                        + (replaced.isEmpty() ? "" : ", supersedes " + replaced.stream().map(r -> "#" + r.id())
                        .collect(Collectors.joining(", "))), recorded(RecordDigests.IMPORT, id),
                        Optional.of(RecordDigests.importSha256(ctx, id, lines.get(i).join())));
                done.add(new ImportReceipt(LedgerTables.importById(ctx, id), replaced));
            }
            Checkpoint.reach(Checkpoint.IMPORT_WRITTEN);
            return done;
        });
        Checkpoint.reach(Checkpoint.IMPORT_COMMITTED);
        return receipts;
    }

    @Override
    public java.util.Map<Long, java.util.SortedSet<YearMonth>> monthsByImport() {
        return read(LedgerTables::monthsByImport);
    }

    @Override
    public List<ImportInfo> imports() {
        return read(LedgerTables::imports);
    }

    // ---------------------------------------------------------------- ledger reads

    @Override
    public LedgerSnapshot ledger(int fromYear, YearMonth through) {
        return read(ctx -> LedgerTables.snapshot(ctx, fromYear, through));
    }

    @Override
    public LedgerSnapshot ledgerOf(List<Long> importIds, int fromYear, YearMonth through) {
        return read(ctx -> LedgerTables.snapshotOf(ctx, importIds, fromYear, through));
    }

    @Override
    public List<se.balans.engine.ledger.LedgerObjectAmount> ledgerObjectsOf(List<Long> importIds, String dimension,
                                                                            int fromYear, YearMonth through) {
        return read(ctx -> LedgerTables.objectAmounts(ctx, importIds, dimension, fromYear, through));
    }

    @Override
    public List<se.balans.engine.ledger.LedgerBalance> balancesOf(long importId) {
        return read(ctx -> LedgerTables.balancesOf(ctx, importId));
    }

    @Override
    public List<se.balans.engine.ledger.OpeningBalance> openingBalancesOf(long importId) {
        return read(ctx -> LedgerTables.openingBalancesOf(ctx, importId));
    }

    // ---------------------------------------------------------------- closings

    @Override
    public ClosingInfo saveClosing(ClosingDraft draft, boolean reopen) {
        String period = draft.closing().month().toString();
        Checkpoint.reach(Checkpoint.CLOSE_READ);
        ClosingInfo info = tx(ctx -> {
            long version = LedgerTables.lock(ctx);
            if (version != draft.ledgerVersion()) {
                throw new StoreConflictException("the ledger changed while " + period + " was being closed (an import "
                        + "landed); nothing was stored — close it again");
            }
            Checkpoint.reach(Checkpoint.CLOSE_LOCKED);
            Optional<Long> replaces = ClosingTables.reopen(ctx, period, reopen, now(), user);
            replaces.ifPresent(old -> AuditLog.append(ctx, now(), user, "reopen", period,
                    "closing #" + old + " reopened", recorded(RecordDigests.CLOSING_KIND, old)));
            long id = ClosingTables.insert(ctx, draft, replaces, now(), user);
            ClosingTables.markClosed(ctx, period, id);
            AuditLog.append(ctx, now(), user, "close", period, "closing #" + id + " engine " + draft.engineVersion()
                    + " inputs " + draft.inputsSha256() + replaces.map(old -> ", replaces #" + old).orElse(""),
                    recorded(RecordDigests.CLOSING_KIND, id));
            Checkpoint.reach(Checkpoint.CLOSE_WRITTEN);
            return ClosingTables.infoById(ctx, id);
        });
        Checkpoint.reach(Checkpoint.CLOSE_COMMITTED);
        return info;
    }

    @Override
    public Optional<StoredClosing> closing(YearMonth period) {
        return read(ctx -> ClosingTables.validId(ctx, period).flatMap(id -> ClosingTables.load(ctx, id)));
    }

    @Override
    public Optional<Long> validClosingId(YearMonth period) {
        return read(ctx -> ClosingTables.validId(ctx, period));
    }

    @Override
    public Optional<StoredClosing> closingById(long id) {
        return read(ctx -> ClosingTables.load(ctx, id));
    }

    @Override
    public List<ClosingInfo> closings() {
        return read(ClosingTables::all);
    }

    // ---------------------------------------------------------------- organisation

    @Override
    public Optional<Organisation> organisation() {
        return read(OrganisationTable::read);
    }

    @Override
    public void bindOrganisation(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        try {
            tx(ctx -> {
                Optional<Organisation> bound = OrganisationTable.read(ctx);
                if (bound.isPresent()) {
                    OrganisationTable.check(bound.get(), organisation);
                    return null;
                }
                OrganisationTable.insert(ctx, organisation, now(), user);
                AuditLog.append(ctx, now(), user, "bind", organisation.number(), organisation.name(),
                        recorded(RecordDigests.ORGANISATION, 1));
                return null;
            });
        } catch (StoreException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            // Another process bound the store between this one's read and its insert; the insert waited
            // for its commit and then failed on the one row's key. The store is bound now: to the same
            // organisation (nothing left to do) or to another one. Read afresh, outside the failed transaction.
            Organisation bound = read(OrganisationTable::read).orElseThrow(() -> e);
            OrganisationTable.check(bound, organisation);
        }
    }

    /** Whether the database refused a change for a duplicate key (SQLSTATE 23505 on H2 and PostgreSQL). */
    private static boolean duplicateKey(StoreException e) {
        return e.getCause() instanceof DataAccessException d && "23505".equals(d.sqlState());
    }

    // ---------------------------------------------------------------- committee forecasts

    @Override
    public List<se.balans.store.ForecastSubmission> saveForecasts(List<se.balans.store.ForecastSubmission> forecasts) {
        return tx(ctx -> {
            List<se.balans.store.ForecastSubmission> out = new java.util.ArrayList<>();
            for (se.balans.store.ForecastSubmission s : forecasts) {
                se.balans.store.ForecastSubmission stored = ForecastTables.insert(ctx, s, now(), user);
                AuditLog.append(ctx, now(), user, "forecast", s.forecast().month() + " " + s.forecast().committee(),
                        "forecast #" + stored.id() + ", file " + s.fileName() + " sha256 " + s.fileSha256()
                                + " deviation " + s.forecast().deviation().sek().toPlainString() + " (closing #"
                                + s.closingId() + ")", recorded(RecordDigests.FORECAST, stored.id()));
                out.add(stored);
            }
            return out;
        });
    }

    @Override
    public List<se.balans.store.ForecastSubmission> forecasts(YearMonth round, boolean all) {
        return read(ctx -> ForecastTables.read(ctx, round, all));
    }

    // ---------------------------------------------------------------- audit

    @Override
    public void audit(String action, String subject, String details) {
        tx(ctx -> {
            AuditLog.append(ctx, now(), user, action, subject, details);
            return null;
        });
    }

    @Override
    public void audit(List<AuditNote> notes) {
        tx(ctx -> {
            for (AuditNote n : notes) {
                AuditLog.append(ctx, now(), user, n.action(), n.subject(), n.details());
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> auditLog() {
        return read(AuditLog::entries);
    }

    @Override
    public ChainCheck checkAuditChain() {
        return read(AuditLog::check);
    }

    private static Optional<AuditLog.Recorded> recorded(String kind, long id) {
        return Optional.of(new AuditLog.Recorded(kind, id));
    }

    // ---------------------------------------------------------------- plumbing

    private <T> T tx(java.util.function.Function<DSLContext, T> work) {
        try {
            return db.transactionResult(cfg -> work.apply(DSL.using(cfg)));
        } catch (StoreConflictException e) {
            throw e;
        } catch (DataAccessException e) {
            if (e.getCause() instanceof StoreConflictException c) {
                throw c;
            }
            if (Database.lockTimedOut(e)) {
                throw new StoreConflictException("the store is busy: another process has held a lock on it for more "
                        + "than " + Database.lockTimeoutSeconds() + " s (an import or a closing in progress); nothing "
                        + "was stored — try again when it is done (BALANS_LOCK_TIMEOUT sets the wait in seconds)");
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
