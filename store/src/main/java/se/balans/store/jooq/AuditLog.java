package se.balans.store.jooq;

import static se.balans.store.schema.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;

import se.balans.store.AuditEntry;

/**
 * The audit log: who did what, when. Only ever appended to, inside the transaction of what it
 * records, so an entry exists exactly when the import, closing or reopening it names does.
 */
final class AuditLog {
    private AuditLog() {
    }

    static void append(DSLContext ctx, OffsetDateTime at, String user, String action, String subject,
                       String details) {
        ctx.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT, AUDIT_LOG.DETAILS)
                .values(at, user, action, subject, details).execute();
    }

    /** Every entry, oldest first. */
    static List<AuditEntry> entries(DSLContext ctx) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch()
                .map(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(), r.getAction(), r.getSubject(),
                        r.getDetails()));
    }
}
