package se.balans.reports.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document records about its own making (dokumentuppgifter): the fingerprint of the input
 * files, the engine version and the document's timestamp.
 *
 * <p>The timestamp is given, never read from the clock: it is fixed by the inputs (the plan's
 * adoption date, a closing's date), so that the same inputs give the same bytes. The fingerprint
 * is computed by whoever read the input files; {@code reports} never sees a file.
 *
 * @param inputFingerprint hex SHA-256 over the input files and the engine version
 * @param engineVersion {@code se.balans.engine.EngineVersion.get()} of the run that made the figures
 * @param timestamp the document's date, written into the properties of the workbook and the PDF
 */
public record DocumentMetadata(String inputFingerprint, String engineVersion, Instant timestamp) {
    public DocumentMetadata {
        Objects.requireNonNull(inputFingerprint, "inputFingerprint");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!inputFingerprint.matches("[0-9a-f]{16,128}")) {
            throw new IllegalArgumentException("input fingerprint must be lower-case hex, got '" + inputFingerprint + "'");
        }
    }

    /** The first characters of the fingerprint, enough to tell two input sets apart on a page. */
    public String shortFingerprint() {
        return inputFingerprint.substring(0, 16);
    }
}
