package se.balans.store.jooq;

import static se.balans.store.schema.Tables.AUDIT_CHAIN;
import static se.balans.store.schema.Tables.AUDIT_LOG;
import static se.balans.store.schema.Tables.CLOSING;
import static se.balans.store.schema.Tables.COMMITTEE_FORECAST;
import static se.balans.store.schema.Tables.IMPORTED_FILE;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import se.balans.store.AuditEntry;
import se.balans.store.ChainCheck;
import se.balans.store.schema.tables.records.AuditChainRecord;
import se.balans.store.schema.tables.records.AuditLogRecord;

/**
 * The audit log (behandlingshistorik): who did what, when — a hash chain. Only ever appended to, inside the
 * transaction of what it records, so an entry exists exactly when the import, closing or reopening it names does.
 *
 * <p>Each entry carries the SHA-256 of the entry before it ({@code previous_sha256}; the first entry names
 * {@link #GENESIS}) and its own ({@code entry_sha256}) over all its fields, and an entry that records stored rows
 * names them ({@code record_kind}, {@code record_id}) with their SHA-256 ({@link RecordDigests}). Appending locks
 * the chain's head ({@code audit_chain}), numbers the entry one after the head and moves the head: the entries of
 * concurrent processes form one chain. {@link #check} walks it: a deleted, altered or inserted entry, or a figure
 * changed under an entry, breaks it where it happened.
 */
final class AuditLog {
    private AuditLog() {
    }

    /** What the first entry names as the one before it. */
    static final String GENESIS = "0".repeat(64);

    /** The stored rows an entry records. */
    record Recorded(String kind, long id) {
    }

    static void append(DSLContext ctx, OffsetDateTime at, String user, String action, String subject,
                       String details) {
        append(ctx, at, user, action, subject, details, Optional.empty());
    }

    static void append(DSLContext ctx, OffsetDateTime at, String user, String action, String subject,
                       String details, Optional<Recorded> record) {
        append(ctx, at, user, action, subject, details, record, record.map(r -> RecordDigests.sha256(ctx, r.kind(),
                r.id()).orElseThrow(() -> new IllegalStateException("the " + r.kind() + " #" + r.id()
                + " an audit entry records is not stored"))));
    }

    /** An entry whose record's SHA-256 the caller computed (an import's, from the balances it has in memory). */
    static void append(DSLContext ctx, OffsetDateTime at, String user, String action, String subject,
                       String details, Optional<Recorded> record, Optional<String> recordSha256) {
        AuditChainRecord head = ctx.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(1)).forUpdate().fetchSingle();
        // The database login as the database itself knows it (current_user): not what the program was told.
        String dbUser = ctx.select(DSL.currentUser()).fetchSingle().value1();
        AuditLogRecord e = ctx.newRecord(AUDIT_LOG);
        e.setId(head.getLastEntry() + 1);
        e.setAt(at.truncatedTo(ChronoUnit.MICROS));
        e.setOsUser(user);
        e.setDbUser(dbUser);
        e.setAction(action);
        e.setSubject(subject);
        e.setDetails(details);
        record.ifPresent(r -> {
            e.setRecordKind(r.kind());
            e.setRecordId(r.id());
            e.setRecordSha256(recordSha256.orElseThrow());
        });
        e.setPreviousSha256(head.getLastSha256());
        e.setEntrySha256(entrySha256(e));
        ctx.insertInto(AUDIT_LOG).set(e).execute();
        ctx.update(AUDIT_CHAIN).set(AUDIT_CHAIN.LAST_ENTRY, e.getId()).set(AUDIT_CHAIN.LAST_SHA256, e.getEntrySha256())
                .where(AUDIT_CHAIN.ID.eq(1)).execute();
    }

    /** The SHA-256 over an entry's fields and the hash of the one before it: what {@code entry_sha256} must be. */
    static String entrySha256(AuditLogRecord e) {
        MessageDigest sha = RecordDigests.sha256();
        RecordDigests.update(sha, "balans audit entry 1");
        List<Object> fields = java.util.Arrays.asList(e.getId(), e.getAt(), e.getOsUser(), e.getDbUser(),
                e.getAction(), e.getSubject(), e.getDetails(), e.getRecordKind(), e.getRecordId(), e.getRecordSha256(),
                e.getPreviousSha256());
        for (Object f : fields) {
            String v = RecordDigests.value(f);
            RecordDigests.update(sha, v == null ? "∅" : "=" + v);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every entry, oldest first. */
    static List<AuditEntry> entries(DSLContext ctx) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch()
                .map(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(),
                        Optional.ofNullable(r.getDbUser()), r.getAction(), r.getSubject(),
                        r.getDetails(), Optional.ofNullable(r.getEntrySha256())));
    }

    /**
     * Walks the chain from the first entry: each entry's hash recomputed from its fields, each link to the entry
     * before it, each record's rows hashed again; then the head, and the imports, closings and forecasts that no
     * entry records.
     */
    static ChainCheck check(DSLContext ctx) {
        // Other processes may append while this reads, each record and its entry and the head in one transaction.
        // Read in this order, every read sees a consistent log without a snapshot: first the records (each was
        // committed with its entry, so its entry is at or before the head read next), then the head, then the
        // entries up to it (committed before the head moved to it); later entries are not this check's business.
        List<Recorded> records = new ArrayList<>();
        records(ctx, IMPORTED_FILE.ID, RecordDigests.IMPORT, records);
        records(ctx, CLOSING.ID, RecordDigests.CLOSING_KIND, records);
        records(ctx, COMMITTEE_FORECAST.ID, RecordDigests.FORECAST, records);
        AuditChainRecord head = ctx.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(1)).fetchOptional().orElse(null);
        List<ChainCheck.Break> breaks = new ArrayList<>();
        Set<Recorded> recorded = new HashSet<>();
        java.util.Map<Recorded, Optional<String>> digests = new java.util.HashMap<>();
        String previous = GENESIS;
        AuditLogRecord last = null;
        AuditLogRecord lastChained = null;
        var rows = ctx.selectFrom(AUDIT_LOG).where(head == null ? DSL.trueCondition()
                : AUDIT_LOG.ID.le(head.getLastEntry()).or(AUDIT_LOG.ENTRY_SHA256.isNull())).orderBy(AUDIT_LOG.ID).fetch();
        for (AuditLogRecord e : rows) {
            last = e;
            String subject = e.getAction() + " " + e.getSubject();
            String name = "entry #" + e.getId() + " (" + subject + ")";
            if (e.getRecordKind() != null && e.getRecordId() != null) {
                recorded.add(new Recorded(e.getRecordKind(), e.getRecordId()));
            }
            if (e.getEntrySha256() == null || e.getPreviousSha256() == null) {
                breaks.add(new ChainCheck.Break(e.getId(), ChainCheck.Kind.UNCHAINED, subject, "", 0, name
                        + " has no hash: it was not written by Balans but added to the log by other means"));
                continue;
            }
            String again = entrySha256(e);
            if (!again.equals(e.getEntrySha256())) {
                breaks.add(new ChainCheck.Break(e.getId(), ChainCheck.Kind.ALTERED, subject, "", 0, name
                        + " was changed after it was written: its fields give the hash " + again + ", it carries "
                        + e.getEntrySha256()));
            }
            if (!e.getPreviousSha256().equals(previous)) {
                breaks.add(new ChainCheck.Break(e.getId(), ChainCheck.Kind.BROKEN_LINK, subject, "", 0, lastChained == null
                        ? name + " is the first entry of the log but names an entry before it: the log's first "
                                + "entries were deleted"
                        : name + " does not follow entry #" + lastChained.getId() + ": an entry between them was "
                                + "deleted, or #" + lastChained.getId() + " was inserted or altered"));
            }
            previous = e.getEntrySha256();
            lastChained = e;
            if (e.getRecordKind() != null && e.getRecordId() != null) {
                String what = e.getRecordKind() + " #" + e.getRecordId();
                // A reopening's entry records the closing its close entry did: hash each record once.
                Optional<String> now = digests.computeIfAbsent(new Recorded(e.getRecordKind(), e.getRecordId()),
                        r -> RecordDigests.sha256(ctx, r.kind(), r.id()));
                if (now.isEmpty()) {
                    breaks.add(new ChainCheck.Break(e.getId(), ChainCheck.Kind.RECORD_GONE, subject, e.getRecordKind(),
                            e.getRecordId(), "the " + what + " that "
                            + name + " recorded is no longer in the store"));
                } else if (!now.get().equals(e.getRecordSha256()) && !(RecordDigests.IMPORT.equals(e.getRecordKind())
                        && RecordDigests.legacyImportSha256(ctx, e.getRecordId()).orElse("").equals(e.getRecordSha256()))) {
                    breaks.add(new ChainCheck.Break(e.getId(), ChainCheck.Kind.RECORD_CHANGED, subject, e.getRecordKind(),
                            e.getRecordId(), "the stored rows of "
                            + what + " no longer match " + name + ", which recorded them: a stored figure or field was "
                            + "changed (SHA-256 now " + now.get() + ", recorded " + e.getRecordSha256() + ")"));
                }
            }
        }
        long lastId = last == null ? 0 : last.getId();
        String lastSha = lastChained == null ? GENESIS : lastChained.getEntrySha256();
        if (head == null || head.getLastEntry() != lastId || !head.getLastSha256().equals(lastSha)) {
            breaks.add(new ChainCheck.Break(lastId, ChainCheck.Kind.HEAD, "", "", 0, head == null
                    ? "the chain's head (audit_chain) is gone"
                    : "the chain's head names entry #" + head.getLastEntry() + " (" + head.getLastSha256()
                            + ") but the log ends with entry #" + lastId + " (" + lastSha + "): entries were deleted "
                            + "at the end of the log, or added to it by other means"));
        }
        // An entry beyond the head that no append has moved the head to: appends move it in their own transaction,
        // so the head read after the log's highest id is at least that id, unless the entry came by other means.
        Long highest = ctx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchSingle().value1();
        AuditChainRecord headNow = ctx.selectFrom(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(1)).fetchOptional().orElse(null);
        if (head != null && headNow != null && highest != null && highest > headNow.getLastEntry() && highest > lastId) {
            breaks.add(new ChainCheck.Break(highest, ChainCheck.Kind.HEAD, "", "", 0, "entry #" + highest
                    + " lies beyond the chain's head (#" + headNow.getLastEntry() + "): it was added by other means"));
        }
        for (Recorded r : records) {
            if (!recorded.contains(r)) {
                breaks.add(new ChainCheck.Break(r.id(), ChainCheck.Kind.UNRECORDED, "", r.kind(), r.id(), "the "
                        + r.kind() + " #" + r.id() + " has no entry in the audit log: its entry was deleted, or it was "
                        + "added by other means"));
            }
        }
        Optional<ChainCheck.Head> top = lastChained == null ? Optional.empty()
                : Optional.of(new ChainCheck.Head(lastChained.getId(), lastChained.getEntrySha256()));
        return new ChainCheck(rows.size(), top, breaks);
    }

    private static void records(DSLContext ctx, TableField<?, Long> id, String kind, List<Recorded> out) {
        ctx.select(id).from(id.getTable()).orderBy(id).fetch(id).forEach(i -> out.add(new Recorded(kind, i)));
    }
}
