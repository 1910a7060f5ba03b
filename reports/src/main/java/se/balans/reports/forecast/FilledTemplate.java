package se.balans.reports.forecast;

import java.time.YearMonth;
import java.util.Objects;

import se.balans.engine.forecast.CommitteeForecast;

/**
 * A filled-in forecast template as read back: whose it says it is, which closing it was made from,
 * and the committee's forecast (nämndens prognos). The caller checks the identity against the
 * workspace and the closing's fingerprint against the current closing, and refuses a stale
 * template; the reader has already checked that nothing Balans wrote was changed.
 *
 * @param organisationNumber the region's organisationsnummer, NNNNNN-NNNN
 * @param committee          the committee's code
 * @param month              the closed month the round started from
 * @param closingId          the closing the template was made from
 * @param closingFingerprint that closing's inputs fingerprint as the template carries it
 * @param forecast           what the committee filled in
 * @param fileSha256         SHA-256 of the file's bytes (hex), to record which file was read
 */
public record FilledTemplate(String organisationNumber, String committee, YearMonth month, long closingId,
                             String closingFingerprint, CommitteeForecast forecast, String fileSha256) {
    public FilledTemplate {
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(closingFingerprint, "closingFingerprint");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(fileSha256, "fileSha256");
    }
}
