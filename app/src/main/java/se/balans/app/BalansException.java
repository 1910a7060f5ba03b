package se.balans.app;

/**
 * A use case's refusal: not a bug, but a request the application cannot carry out as asked. The
 * message is one sentence for a person and says what to do. Front ends map the subtype to their own
 * signal (the command line to an exit code, in one place: {@code Main}).
 */
public abstract sealed class BalansException extends RuntimeException
        permits ConflictException, MissingInputException, InvalidRequestException {
    private static final long serialVersionUID = 1L;

    protected BalansException(String message) {
        super(message);
    }

    protected BalansException(String message, Throwable cause) {
        super(message, cause);
    }
}
