package se.balans.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import se.balans.engine.forecast.CommitteeForecast;

/**
 * A committee's forecast as the store keeps it: the forecast, the closing its round started from, the
 * template file it came in (name and SHA-256), and who imported it when.
 *
 * @param id         the store's number, 0 for one not yet stored
 * @param closingId  the closing of the round's month the template was written from
 * @param replacedBy the later import of the same committee and round that replaced it, if any
 */
public record ForecastSubmission(long id, CommitteeForecast forecast, long closingId, String fileName, String fileSha256,
                                 OffsetDateTime importedAt, String importedBy, Optional<Long> replacedBy) {
    public ForecastSubmission {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(replacedBy, "replacedBy");
    }

    /** A forecast to store: the store sets the id, the time and the user. */
    public static ForecastSubmission of(CommitteeForecast forecast, long closingId, String fileName, String fileSha256) {
        return new ForecastSubmission(0, forecast, closingId, fileName, fileSha256, null, "", Optional.empty());
    }

    public boolean current() {
        return replacedBy.isEmpty();
    }
}
