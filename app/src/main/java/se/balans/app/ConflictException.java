package se.balans.app;

/**
 * The request conflicts with what the store already holds: a file already imported, a month already
 * closed. Repeating it will not help; the message names the option that does it on purpose.
 */
public final class ConflictException extends BalansException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
