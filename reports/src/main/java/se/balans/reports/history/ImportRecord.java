package se.balans.reports.history;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * An imported ledger file.
 *
 * @param file         the file's name
 * @param sha256       the SHA-256 of the file's bytes, in hex
 * @param format       the ledger format, e.g. {@code SIE}
 * @param firstMonth   the first month with entries, if any
 * @param lastMonth    the last month with entries, if any
 * @param supersededBy the import that replaced this one, if any
 */
public record ImportRecord(long id, String file, String sha256, long sizeBytes, String format, long vouchers,
                           long rows, Optional<YearMonth> firstMonth, Optional<YearMonth> lastMonth,
                           OffsetDateTime importedAt, String importedBy, Optional<Long> supersededBy) {

    public ImportRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }

    /** Whether this import's entries are the ones in use (no later import replaced it). */
    public boolean current() {
        return supersededBy.isEmpty();
    }
}
