package se.balans.store;

import java.time.OffsetDateTime;

/**
 * One line of the audit log (behandlingshistorik): who did what, when.
 *
 * @param dbUser the database login that wrote it, as the database knows it; empty for entries written before the
 *               store recorded it (schema version 10)
 */
public record AuditEntry(long id, OffsetDateTime at, String osUser, java.util.Optional<String> dbUser, String action,
                         String subject, String details) {
}
