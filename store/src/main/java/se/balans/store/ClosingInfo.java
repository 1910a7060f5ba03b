package se.balans.store;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A closing's record: when and by whom, with which engine and inputs, and whether it was reopened.
 *
 * @param inputsSha256 fingerprint of everything the closing read (imports' hashes, configuration)
 */
public record ClosingInfo(long id, YearMonth period, boolean valid, OffsetDateTime closedAt, String closedBy,
                          String engineVersion, String inputsSha256, long ledgerVersion, Optional<Long> replaces,
                          Optional<OffsetDateTime> reopenedAt, Optional<String> reopenedBy) {
}
