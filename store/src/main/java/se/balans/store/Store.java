package se.balans.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.balans.engine.organisation.Organisation;

/**
 * Persistence of imported ledgers and closings. Every method is one transaction: it lands whole or
 * not at all. Implementations: {@link se.balans.store.jooq.JooqStore} (H2 or PostgreSQL).
 */
public interface Store extends AutoCloseable {

    /**
     * Stores a parsed ledger file. Refused if the same file (by SHA-256) is already imported, or if
     * its months overlap a current import, unless {@code replace}: then those imports are marked
     * superseded (and kept, since closings refer to them).
     *
     * @throws StoreConflictException when refused
     */
    default ImportReceipt importLedger(LedgerImport ledger, boolean replace) {
        return importLedger(ledger, ImportMode.of(replace));
    }

    /**
     * Stores a parsed ledger file as {@code mode} says: a new file must not overlap the months other
     * imports supply, a replacement supersedes the imports it overlaps (never silently leaving a month
     * without a ledger), a supplement adds to the months it covers.
     *
     * @throws StoreConflictException when refused, with the months and imports in the way
     */
    ImportReceipt importLedger(LedgerImport ledger, ImportMode mode);

    /**
     * Stores several parsed ledger files in one transaction, each as {@link #importLedger(LedgerImport,
     * ImportMode)} would after the ones before it: all of them land, or none (a refusal of the third
     * file leaves the first two unimported too).
     *
     * @return the receipts, in the order of {@code ledgers}
     * @throws StoreConflictException when any of them is refused
     */
    List<ImportReceipt> importLedgers(List<LedgerImport> ledgers, ImportMode mode);

    /**
     * The months each import has balances for, superseded imports included: which imports supply a
     * month, and which months a closing's imports covered.
     */
    java.util.Map<Long, java.util.SortedSet<YearMonth>> monthsByImport();

    /** Every import, oldest first, superseded ones included. */
    List<ImportInfo> imports();

    /** The current imports' balances for the years {@code fromYear} up to the month {@code through}. */
    LedgerSnapshot ledger(int fromYear, YearMonth through);

    /** The balances of specific imports (superseded or not), as a closing recorded them. */
    LedgerSnapshot ledgerOf(List<Long> importIds, int fromYear, YearMonth through);

    /**
     * The movements of specific imports by month, account and object of one dimension other than the cost
     * centre (e.g. the projects of SIE dimension 6), for the years {@code fromYear} up to {@code through};
     * only rows that carry an object in that dimension, summed over the other dimensions and cost centres.
     */
    List<se.balans.engine.ledger.LedgerObjectAmount> ledgerObjectsOf(List<Long> importIds, String dimension,
                                                                     int fromYear, YearMonth through);

    /** One import's balances per month, account, cost centre and dimensions, exactly as stored (any order). */
    List<se.balans.engine.ledger.LedgerBalance> balancesOf(long importId);

    /** One import's opening balances ({@code #IB}) exactly as stored (any order). */
    List<se.balans.engine.ledger.OpeningBalance> openingBalancesOf(long importId);

    /**
     * Stores a closing as the valid closing of its month. Refused if the month is closed, unless
     * {@code reopen}: then the existing closing is marked reopened (and kept). Refused too if the
     * ledger changed since the closing read it.
     *
     * @throws StoreConflictException when refused
     */
    ClosingInfo saveClosing(ClosingDraft draft, boolean reopen);

    /** The id of a month's valid closing, if closed: the pointer alone, without reading the closing. */
    Optional<Long> validClosingId(YearMonth period);

    /** The valid closing of a month, if closed. */
    Optional<StoredClosing> closing(YearMonth period);

    /** A closing by id, valid or reopened. */
    Optional<StoredClosing> closingById(long id);

    /** Every closing, oldest first, reopened ones included. */
    List<ClosingInfo> closings();

    /** The organisation this store belongs to, once bound: a store holds one organisation's ledger and closings. */
    Optional<Organisation> organisation();

    /**
     * Binds the store to its organisation, the first time a workspace writes to it; the same organisation
     * again is a no-op. Recorded in the audit log (action "bind", subject the number, details the name).
     * @throws StoreConflictException when the store belongs to another organisation, naming both
     */
    void bindOrganisation(Organisation organisation);

    /**
     * Stores committees' forecasts of a round in one transaction: each replaces the current forecast of
     * its committee and round (kept, marked replaced), and each is in the audit log (action "forecast").
     *
     * @return the stored forecasts, with their ids, time and user
     */
    List<ForecastSubmission> saveForecasts(List<ForecastSubmission> forecasts);

    /** The current forecast of each committee of a round, in committee order as stored; replaced ones with {@code all}. */
    List<ForecastSubmission> forecasts(YearMonth round, boolean all);

    /** One line to append to the audit log: what was done, to what, with which details. */
    record AuditNote(String action, String subject, String details) {
        public AuditNote {
            java.util.Objects.requireNonNull(action, "action");
            java.util.Objects.requireNonNull(subject, "subject");
            java.util.Objects.requireNonNull(details, "details");
        }
    }

    /** Appends several lines to the audit log in one transaction: all of them, or none. */
    void audit(List<AuditNote> notes);

    /**
     * Walks the audit log's hash chain ({@link ChainCheck}): every entry's hash and link, every recorded import's,
     * closing's and forecast's rows against the hash their entry carries, the chain's head, and what no entry
     * records.
     */
    ChainCheck checkAuditChain();

    /** Appends to the audit log. */
    void audit(String action, String subject, String details);

    List<AuditEntry> auditLog();

    @Override
    void close();
}
