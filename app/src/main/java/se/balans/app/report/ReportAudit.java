package se.balans.app.report;

import java.nio.file.Path;
import java.util.List;

import se.balans.io.Fingerprint;
import se.balans.store.Store;

/**
 * Records written documents in the audit log: which report, which files with their SHA-256 (so that a PDF handed
 * to the board can be matched to the entry, and the entry is sealed in the log's hash chain), for what. All files
 * of one report in one transaction: the report is in the log whole or not at all.
 */
public final class ReportAudit {
    private ReportAudit() {
    }

    /**
     * @param what e.g. "monthly report 2026-03 from closing #15"
     */
    public static void record(Store store, String what, List<Path> files) {
        List<Store.AuditNote> notes = files.stream().map(f -> new Store.AuditNote("report",
                f.toAbsolutePath().normalize().toString(), what + ", sha256 " + Fingerprint.sha256(f))).toList();
        store.audit(notes);
    }
}
