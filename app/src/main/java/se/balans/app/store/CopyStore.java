package se.balans.app.store;

import java.time.Clock;
import java.util.Optional;

import se.balans.app.closing.VerifyClosings;
import se.balans.store.Store;
import se.balans.store.jooq.JooqStore;
import se.balans.store.jooq.StoreCopy;

/**
 * Use case: move a whole store to another database ({@code balans store copy --to URL}) — H2 to PostgreSQL
 * when a finance unit moves to a shared server, back, or to a new H2 file as a backup. The copy checks
 * itself table by table ({@link StoreCopy}); then the copied closings are recomputed from the copy
 * ({@link VerifyClosings}), as {@code balans verify} would: the new store is taken into use only when both hold.
 */
public final class CopyStore {
    private CopyStore() {
    }

    /**
     * @param osUser the operating-system user the target is opened as for the closings' check
     */
    public record Request(StoreCopy.Location source, StoreCopy.Location target, String osUser) {
    }

    /** The copy, verified table by table, and the closings' check on the target. */
    public record Result(StoreCopy.Result copy, VerifyClosings.Result closings) {
        public boolean ok() {
            return copy.verified() && closings.ok();
        }
    }

    public static Result run(Request request, StoreCopy.Progress progress) {
        StoreCopy.Result copy = StoreCopy.copy(request.source(), request.target(), progress);
        StoreCopy.Location target = request.target();
        try (Store store = JooqStore.open(target.url(), target.user(), target.password(), request.osUser(),
                Clock.systemUTC())) {
            return new Result(copy, VerifyClosings.run(store, Optional.empty()));
        }
    }
}
