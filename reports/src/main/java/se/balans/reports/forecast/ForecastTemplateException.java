package se.balans.reports.forecast;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that is not a forecast template Balans can take back: which file, which cell
 * ({@code Prognos!B10}, or {@code _balans!B9} for the hidden identity), and what was expected.
 *
 * <p>It mirrors io's {@code InputFileException} (file, no line, the cell as the field, the detail)
 * because reports may not depend on io (docs/architecture.md, {@code ArchitectureTest}); the use
 * case that reads a template turns it into one with
 * {@code new InputFileException(e.file(), null, e.field(), e.detail(), e)}, so the CLI reports it as
 * bad input like any other file.
 */
public final class ForecastTemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String field;
    private final String detail;

    public ForecastTemplateException(Path file, String field, String detail) {
        this(file, field, detail, null);
    }

    public ForecastTemplateException(Path file, String field, String detail, Throwable cause) {
        super(file + ": " + (field == null ? "" : field + ": ") + detail, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.field = field;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public Path file() {
        return file;
    }

    /** The cell as "Sheet!Cell", or null when the whole file is wrong (not a workbook). */
    public String field() {
        return field;
    }

    /** What was wrong and what was expected, without the file and the cell. */
    public String detail() {
        return detail;
    }
}
