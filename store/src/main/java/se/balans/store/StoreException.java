package se.balans.store;

/** The database failed (cannot open, disk full, lost connection). Nothing was written. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
