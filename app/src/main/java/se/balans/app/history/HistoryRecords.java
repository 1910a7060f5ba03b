package se.balans.app.history;

import se.balans.reports.history.AuditRecord;
import se.balans.reports.history.ClosingRecord;
import se.balans.reports.history.ImportRecord;
import se.balans.store.AuditEntry;
import se.balans.store.ClosingInfo;
import se.balans.store.ImportInfo;

/**
 * The store's records handed to the reports: the reports module does not depend on the store
 * (nor on its database libraries), so the use cases that read the store translate here.
 */
public final class HistoryRecords {
    private HistoryRecords() {
    }

    public static ImportRecord of(ImportInfo i) {
        return new ImportRecord(i.id(), i.fileName(), i.sha256(), i.sizeBytes(), i.format(), i.vouchers(), i.rows(),
                i.firstPeriod(), i.lastPeriod(), i.importedAt(), i.importedBy(), i.supersededBy());
    }

    public static ClosingRecord of(ClosingInfo c) {
        return of(c, java.util.List.of());
    }

    /** @param staleBy the imports that made the closing stale, empty if it matches the ledger */
    public static ClosingRecord of(ClosingInfo c, java.util.List<Long> staleBy) {
        return new ClosingRecord(c.id(), c.period(), c.valid(), c.closedAt(), c.closedBy(), c.engineVersion(),
                c.inputsSha256(), c.reopenedAt(), c.reopenedBy(), staleBy);
    }

    public static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.id(), e.at(), e.osUser(), e.dbUser().orElse(""), e.action(), e.subject(), e.details(),
                e.sha256().orElse(""));
    }
}
