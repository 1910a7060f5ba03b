package se.balans.store;

import java.time.OffsetDateTime;

/**
 * One line of the audit log (behandlingshistorik): who did what, when.
 *
 * @param dbUser the database login that wrote it, as the database knows it; empty for entries written before the
 *               store recorded it (schema version 10)
 * @param sha256 the entry's SHA-256 in the log's hash chain (schema version 11; earlier entries were sealed by the
 *               upgrade); empty only for an entry written behind the program's back, which {@code verify} reports
 */
public record AuditEntry(long id, OffsetDateTime at, String osUser, java.util.Optional<String> dbUser, String action,
                         String subject, String details, java.util.Optional<String> sha256) {
}
