package se.balans.io.ledger;

import java.util.Objects;

/**
 * Something a reader tolerated rather than refused: a record Balans does not need that was
 * malformed ({@code #ORGNR} without a number, a stray quote in a {@code #KONTO} name, {@code #KTYP}
 * without its type, a {@code #PBUDGET} it could not read), or a voucher number used again with
 * other content. Why a warning and not silence: the finance unit should see that the export was
 * not clean, and where, even though nothing in the ledger changed.
 *
 * @param line    the line of the file, from 1; 0 when about the file as a whole
 * @param field   the label and field, e.g. {@code #KTYP type}; {@code ""} when the record as a whole
 * @param message what was tolerated, and what was done instead
 */
public record LedgerWarning(long line, String field, String message) {

    public LedgerWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line: field: message}; without the line when the warning is about the file as a whole. */
    @Override
    public String toString() {
        return (line > 0 ? line + ": " : "") + (field.isEmpty() ? "" : field + ": ") + message;
    }

    /** {@code file:line: field: message} (or {@code file: field: message}), as errors name their place. */
    public String in(String file) {
        return file + (line > 0 ? ":" : ": ") + this;
    }
}
