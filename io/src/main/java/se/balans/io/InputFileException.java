package se.balans.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Bad input in a file: names the file, and where known the line and the field, and says what was
 * expected. Its message is the one line the CLI prints.
 */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final Long line;
    private final String field;

    public InputFileException(Path file, Long line, String field, String message) {
        this(file, line, field, message, null);
    }

    public InputFileException(Path file, Long line, String field, String message, Throwable cause) {
        super(format(file, line, field, message), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(Path file, Long line, String field, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line != null) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            sb.append("column ").append(field).append(": ");
        }
        return sb.append(message).toString();
    }

    public Path file() {
        return file;
    }

    public Optional<Long> line() {
        return Optional.ofNullable(line);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
