package se.balans.reports.history;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's closing: when and by whom, with which engine and inputs, and whether it was reopened.
 *
 * @param valid        false once the closing is reopened
 * @param inputsSha256 the fingerprint of everything the closing read
 * @param staleBy      the imports that changed the ledger it read since it was closed; empty while it
 *                     matches the ledger
 */
public record ClosingRecord(long id, YearMonth month, boolean valid, OffsetDateTime closedAt, String closedBy,
                            String engineVersion, String inputsSha256, Optional<OffsetDateTime> reopenedAt,
                            Optional<String> reopenedBy, List<Long> staleBy) {

    /** A closing that matches the ledger. */
    public ClosingRecord(long id, YearMonth month, boolean valid, OffsetDateTime closedAt, String closedBy,
                         String engineVersion, String inputsSha256, Optional<OffsetDateTime> reopenedAt,
                         Optional<String> reopenedBy) {
        this(id, month, valid, closedAt, closedBy, engineVersion, inputsSha256, reopenedAt, reopenedBy, List.of());
    }

    /** Whether it is valid but no longer matches the ledger. */
    public boolean stale() {
        return valid && !staleBy.isEmpty();
    }

    public ClosingRecord {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(inputsSha256, "inputsSha256");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
        Objects.requireNonNull(reopenedBy, "reopenedBy");
        staleBy = List.copyOf(staleBy);
    }
}
