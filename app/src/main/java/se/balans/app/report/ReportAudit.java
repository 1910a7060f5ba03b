package se.balans.app.report;

import java.nio.file.Path;
import java.util.List;

import se.balans.store.Store;

/** Records written documents in the audit log: which report, which files, for what. */
public final class ReportAudit {
    private ReportAudit() {
    }

    /**
     * @param what e.g. "monthly report 2026-03 from closing #15"
     */
    public static void record(Store store, String what, List<Path> files) {
        for (Path f : files) {
            store.audit("report", f.toAbsolutePath().normalize().toString(), what);
        }
    }
}
