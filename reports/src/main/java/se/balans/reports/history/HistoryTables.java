package se.balans.reports.history;

import java.util.List;

import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/** The imported files, the closings and the audit log as tables for people. */
public final class HistoryTables {
    private final Labels labels;

    public HistoryTables(Labels labels) {
        this.labels = labels;
    }

    /** Inlästa filer: each file with its months, size, fingerprint (shortened), when and whether it is in use. */
    public Table imports(List<ImportRecord> imports) {
        Labels l = labels;
        Table.Builder t = Table.builder(l.get("status.imports.title"), l.get("status.col.file"),
                List.of("#", l.get("status.col.months"), l.get("status.col.vouchers"), l.get("status.col.rows"),
                        "SHA-256", l.get("status.col.imported"), l.get("status.col.state")));
        for (ImportRecord i : imports) {
            t.row(i.file(), List.of(Cell.text(String.valueOf(i.id())),
                    Cell.text(i.firstMonth().map(f -> f + "–" + i.lastMonth().orElseThrow()).orElse("")),
                    Cell.integer(i.vouchers()), Cell.integer(i.rows()), Cell.text(i.sha256().substring(0, 12)),
                    Cell.text(i.importedAt().toLocalDate() + " " + i.importedBy()),
                    Cell.text(i.current() ? l.get("status.current")
                            : l.format("status.superseded", i.supersededBy().orElseThrow()))));
        }
        return t.build();
    }

    /** Bokslut: each closing with when, by whom, engine, inputs (shortened) and whether it was reopened. */
    public Table closings(List<ClosingRecord> closings) {
        Labels l = labels;
        Table.Builder t = Table.builder(l.get("status.closings.title"), l.get("status.col.month"),
                List.of("#", l.get("status.col.closed"), l.get("status.col.engine"), l.get("status.col.inputs"),
                        l.get("status.col.state")));
        for (ClosingRecord c : closings) {
            t.row(c.month().toString(), List.of(Cell.text(String.valueOf(c.id())),
                    Cell.text(c.closedAt().toLocalDate() + " " + c.closedBy()), Cell.text(c.engineVersion()),
                    Cell.text(c.inputsSha256().substring(0, 12)),
                    Cell.text(c.stale() ? l.format("stale.state", String.join(", ",
                            c.staleBy().stream().map(id -> "#" + id).toList()))
                            : c.valid() ? l.get("status.closed") : l.format("status.reopened",
                            c.reopenedAt().map(at -> at.toLocalDate().toString()).orElse(""),
                            c.reopenedBy().orElse("")))));
        }
        return t.build();
    }

    /** Perioder: each month of the ledger and the imports that supply it, a gap shown as such. */
    public Table periods(List<PeriodRecord> periods) {
        Labels l = labels;
        Table.Builder t = Table.builder(l.get("status.periods.title"), l.get("status.col.month"),
                List.of(l.get("status.col.supplied_by")));
        for (PeriodRecord p : periods) {
            t.row(p.month().toString(), List.of(Cell.text(p.importIds().isEmpty() ? l.get("status.no_ledger")
                    : String.join(", ", p.importIds().stream().map(id -> "#" + id).toList()))));
        }
        return t.build();
    }

    /** Behandlingshistorik: every entry with its time (UTC), user, action, subject and details. */
    public Table auditLog(List<AuditRecord> log) {
        Labels l = labels;
        Table.Builder t = Table.builder(l.get("audit.title"), l.get("audit.col.at"), List.of(l.get("audit.col.user"),
                l.get("audit.col.action"), l.get("audit.col.subject"), l.get("audit.col.details")));
        for (AuditRecord e : log) {
            t.row(e.at().toString(), List.of(Cell.text(e.dbUser().isEmpty() || e.dbUser().equalsIgnoreCase(e.osUser())
                    ? e.osUser() : e.osUser() + " (" + e.dbUser() + ")"), Cell.text(e.action()), Cell.text(e.subject()),
                    Cell.text(e.details())));
        }
        return t.build();
    }
}
