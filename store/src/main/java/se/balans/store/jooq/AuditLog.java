package se.balans.store.jooq;

import static se.balans.store.schema.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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
        // The database login as the database itself knows it (current_user): not what the program was told.
        ctx.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.OS_USER, AUDIT_LOG.DB_USER, AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT,
                        AUDIT_LOG.DETAILS)
                .values(DSL.val(at, AUDIT_LOG.AT), DSL.val(user, AUDIT_LOG.OS_USER), DSL.currentUser(),
                        DSL.val(action, AUDIT_LOG.ACTION), DSL.val(subject, AUDIT_LOG.SUBJECT),
                        DSL.val(details, AUDIT_LOG.DETAILS))
                .execute();
    }

    /** Every entry, oldest first. */
    static List<AuditEntry> entries(DSLContext ctx) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch()
                .map(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(),
                        java.util.Optional.ofNullable(r.getDbUser()), r.getAction(), r.getSubject(),
                        r.getDetails()));
    }
}
