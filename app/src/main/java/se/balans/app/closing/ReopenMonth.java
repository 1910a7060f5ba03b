package se.balans.app.closing;

import se.balans.store.Store;

/**
 * Use case: reopen a closed month and close it again from the current ledger and configuration. The
 * earlier closing is kept, marked reopened, and the reopening is in the audit log; a month that was
 * not closed is simply closed.
 */
public final class ReopenMonth {
    private ReopenMonth() {
    }

    public static CloseMonth.Closed run(Store store, CloseMonth.Request request) {
        return CloseMonth.closeAndStore(store, request, true);
    }
}
