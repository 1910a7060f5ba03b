package se.balans.engine.treasury;

import se.balans.engine.InvalidInputException;

/**
 * A loan or swap that breaks a rule, naming the instrument as well as the field, so that a reader
 * of the loan file can point at the instrument's line even when the rule is checked later (a
 * floating loan's fixing date against the as-of date).
 */
public class InvalidInstrumentException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final String instrument;

    public InvalidInstrumentException(String instrument, String field, String message) {
        super(field, null, message);
        this.instrument = instrument;
    }

    /** The loan's or swap's id. */
    public String instrument() {
        return instrument;
    }
}
