package se.balans.app;

/**
 * An input the use case needs is not there or does not cover what was asked: a month that is not
 * closed, a year without a budget, a month without a ledger, a treasury file that is missing. The
 * message says which input and how to provide it.
 */
public final class MissingInputException extends BalansException {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
        super(message);
    }

    public MissingInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
