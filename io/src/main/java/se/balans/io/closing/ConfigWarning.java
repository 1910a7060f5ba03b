package se.balans.io.closing;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Something in the closing configuration that is allowed but perhaps not meant, and changes the
 * figures: a committee without a budget row gets a budget of 0. Not a refusal — a region may
 * rightly budget nothing for a committee — but never silent: the command that closes prints it.
 *
 * @param line   the line it concerns, when there is one
 * @param column the column it concerns, when there is one
 */
public record ConfigWarning(Path file, Optional<Long> line, Optional<String> column, String text) {
    public ConfigWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(text, "text");
    }

    /** The warning as one line, placed as an error is: {@code file:line: column c: text}. */
    public String message() {
        StringBuilder sb = new StringBuilder(file.toString());
        line.ifPresent(l -> sb.append(':').append(l));
        sb.append(": ");
        column.ifPresent(c -> sb.append("column ").append(c).append(": "));
        return sb.append(text).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
