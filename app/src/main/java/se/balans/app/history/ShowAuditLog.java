package se.balans.app.history;

import java.util.List;

import se.balans.reports.history.AuditRecord;
import se.balans.store.Store;

/** Use case: the audit log (behandlingshistorik) — who did what to the store, when. */
public final class ShowAuditLog {
    private ShowAuditLog() {
    }

    /** Every entry, oldest first. */
    public static List<AuditRecord> run(Store store) {
        return store.auditLog().stream().map(HistoryRecords::of).toList();
    }
}
