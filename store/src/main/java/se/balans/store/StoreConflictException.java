package se.balans.store;

/**
 * The store refuses an operation that would break a rule: a file imported twice, a month closed
 * twice, a closing whose ledger changed under it. Nothing was written.
 */
public class StoreConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message) {
        super(message);
    }
}
