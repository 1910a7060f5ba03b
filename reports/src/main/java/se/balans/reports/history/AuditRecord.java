package se.balans.reports.history;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when.
 *
 * @param osUser  the operating-system user
 * @param dbUser  the database login, {@code ""} when the entry predates the store recording it
 * @param action  what was done, e.g. {@code import}, {@code close}, {@code report}
 * @param subject what it was done to, e.g. a file name or a month
 * @param sha256  the entry's SHA-256 in the log's hash chain, {@code ""} for an entry that is not chained
 */
public record AuditRecord(long id, OffsetDateTime at, String osUser, String dbUser, String action, String subject,
                          String details, String sha256) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(sha256, "sha256");
    }
}
