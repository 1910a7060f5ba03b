package se.balans.store;

import java.time.OffsetDateTime;

/** One line of the audit log (behandlingshistorik): who did what, when. */
public record AuditEntry(long id, OffsetDateTime at, String osUser, String action, String subject, String details) {
}
