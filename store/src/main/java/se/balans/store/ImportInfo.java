package se.balans.store;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

/** An imported file as the store records it. */
public record ImportInfo(long id, String fileName, Optional<String> filePath, String sha256, long sizeBytes, String format, String charset,
                         long vouchers, long rows, Optional<YearMonth> firstPeriod, Optional<YearMonth> lastPeriod,
                         OffsetDateTime importedAt, String importedBy, Optional<Long> supersededBy) {

    public boolean current() {
        return supersededBy.isEmpty();
    }
}
