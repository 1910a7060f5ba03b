package se.balans.reports.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a committee's forecast in a round came from, as the report names it for the reader and the auditor:
 * the template file, its SHA-256, and who imported it when — so a figure in the round is traced to the
 * workbook the committee sent, as the closing's figures are to their vouchers.
 *
 * @param id the store's number of the import ({@code balans audit} lists it)
 */
public record ForecastEvidence(String committee, String file, String sha256, LocalDate importedOn, String importedBy,
                               long id) {
    public ForecastEvidence {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedOn, "importedOn");
        Objects.requireNonNull(importedBy, "importedBy");
    }
}
