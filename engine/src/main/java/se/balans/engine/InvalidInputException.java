package se.balans.engine;

/**
 * An input value that breaks a domain rule (a wrong sign, a gap between years, a reservation over
 * the ceiling). Names the field so that a reader can point at the file, line and column.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final Integer year;

    public InvalidInputException(String field, Integer year, String message) {
        super(message);
        this.field = field;
        this.year = year;
    }

    /** The input field (file column) at fault, e.g. {@code reserve_use}. */
    public String field() {
        return field;
    }

    /** The year the value belongs to, if any. */
    public Integer year() {
        return year;
    }
}
