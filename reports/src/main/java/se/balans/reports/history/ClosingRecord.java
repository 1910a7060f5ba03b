package se.balans.reports.history;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A month's closing: when and by whom, with which engine and inputs, and whether it was reopened.
 *
 * @param valid        false once the closing is reopened
 * @param inputsSha256 the fingerprint of everything the closing read
 */
public record ClosingRecord(long id, YearMonth month, boolean valid, OffsetDateTime closedAt, String closedBy,
                            String engineVersion, String inputsSha256, Optional<OffsetDateTime> reopenedAt,
                            Optional<String> reopenedBy) {

    public ClosingRecord {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(inputsSha256, "inputsSha256");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
        Objects.requireNonNull(reopenedBy, "reopenedBy");
    }
}
