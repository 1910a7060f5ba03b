package se.balans.reports.history;

import java.util.List;

import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/** The audit log for programs ({@code balans audit --format csv|json}): one record per entry, in the order logged. */
public final class AuditData implements ReportData {
    private final List<AuditRecord> log;

    public AuditData(List<AuditRecord> log) {
        this.log = List.copyOf(log);
    }

    @Override
    public Table records() {
        // New columns last: the columns scripts read by position before them are where they were
        Table.Builder t = Table.keyed("audit", "id", List.of("at", "os_user", "action", "subject", "details", "db_user",
                "sha256"));
        for (AuditRecord e : log) {
            t.keyed(String.valueOf(e.id()), List.of(Cell.text(e.at().toString()), Cell.text(e.osUser()),
                    Cell.text(e.action()), Cell.text(e.subject()), Cell.text(e.details()), Cell.text(e.dbUser()),
                    Cell.text(e.sha256())));
        }
        return t.build();
    }

    /** An array of the entries. */
    @Override
    public Data document() {
        return Data.array(log, e -> Data.object().number("id", e.id()).text("at", e.at().toString())
                .text("os_user", e.osUser()).text("db_user", e.dbUser()).text("action", e.action()).text("subject", e.subject())
                .text("details", e.details()).text("sha256", e.sha256()).build());
    }
}
