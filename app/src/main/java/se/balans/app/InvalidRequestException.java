package se.balans.app;

/**
 * The request itself is malformed: an unknown figure, an option that needs another, an output folder
 * that is a file. The same request will never succeed; it has to be asked differently.
 */
public final class InvalidRequestException extends BalansException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
