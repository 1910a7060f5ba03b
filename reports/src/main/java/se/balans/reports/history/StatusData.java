package se.balans.reports.history;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/** What is imported and what is closed, for programs ({@code balans status --format csv|json}). */
public final class StatusData implements ReportData {
    private final List<ImportRecord> imports;
    private final List<ClosingRecord> closings;
    private final List<PeriodRecord> periods;

    public StatusData(List<ImportRecord> imports, List<ClosingRecord> closings) {
        this(imports, closings, List.of());
    }

    /** @param periods each month from the first to the last that has a ledger, with the imports supplying it */
    public StatusData(List<ImportRecord> imports, List<ClosingRecord> closings, List<PeriodRecord> periods) {
        this.imports = List.copyOf(imports);
        this.closings = List.copyOf(closings);
        this.periods = List.copyOf(periods);
    }

    /**
     * One record per import, then one per closing, then one per month, in shared columns: kind
     * ({@code import}, {@code closing} or {@code period}), id, subject (file or month), sha256 (the
     * file's or the inputs'), at, by, state ({@code current}/{@code superseded};
     * {@code closed}/{@code stale}/{@code reopened}; {@code supplied}/{@code missing}) and a detail (the
     * months {@code 2024-01..2024-12}; the engine, and for a stale closing the imports that changed its
     * ledger; the imports that supply the month).
     */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("status", "kind", List.of("id", "subject", "sha256", "at", "by", "state",
                "detail"));
        for (ImportRecord i : imports) {
            t.keyed("import", List.of(Cell.integer(i.id()), Cell.text(i.file()), Cell.text(i.sha256()),
                    Cell.text(i.importedAt().toString()), Cell.text(i.importedBy()),
                    Cell.text(i.current() ? "current" : "superseded"),
                    Cell.text(month(i.firstMonth()) + ".." + month(i.lastMonth()))));
        }
        for (ClosingRecord c : closings) {
            t.keyed("closing", List.of(Cell.integer(c.id()), Cell.text(c.month().toString()),
                    Cell.text(c.inputsSha256()), Cell.text(c.closedAt().toString()), Cell.text(c.closedBy()),
                    Cell.text(!c.valid() ? "reopened" : c.stale() ? "stale" : "closed"),
                    Cell.text("engine " + c.engineVersion() + (c.stale() ? "; changed by " + ids(c.staleBy()) : ""))));
        }
        for (PeriodRecord p : periods) {
            t.keyed("period", List.of(Cell.EMPTY, Cell.text(p.month().toString()), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                    Cell.text(p.importIds().isEmpty() ? "missing" : "supplied"), Cell.text(ids(p.importIds()))));
        }
        return t.build();
    }

    private static String ids(List<Long> ids) {
        return String.join(" ", ids.stream().map(id -> "#" + id).toList());
    }

    private static String month(Optional<YearMonth> m) {
        return m.map(YearMonth::toString).orElse("");
    }

    /** The imports and the closings, each with every field the store keeps that a script may need. */
    @Override
    public Data document() {
        return Data.object()
                .put("imports", Data.array(imports, i -> Data.object().number("id", i.id()).text("file", i.file())
                        .text("sha256", i.sha256()).number("size_bytes", i.sizeBytes()).text("format", i.format())
                        .number("vouchers", i.vouchers()).number("rows", i.rows())
                        .text("first_month", i.firstMonth().map(YearMonth::toString))
                        .text("last_month", i.lastMonth().map(YearMonth::toString))
                        .text("imported_at", i.importedAt().toString()).text("imported_by", i.importedBy())
                        .bool("current", i.current()).build()))
                .put("closings", Data.array(closings, c -> Data.object().number("id", c.id())
                        .text("month", c.month().toString()).bool("valid", c.valid())
                        .text("closed_at", c.closedAt().toString()).text("closed_by", c.closedBy())
                        .text("engine_version", c.engineVersion()).text("inputs_sha256", c.inputsSha256())
                        .bool("stale", c.stale())
                        .put("stale_by", Data.array(c.staleBy(), id -> Data.number(id)))
                        .build()))
                .put("periods", Data.array(periods, p -> Data.object().text("month", p.month().toString())
                        .put("imports", Data.array(p.importIds(), id -> Data.number(id)))
                        .build()))
                .build();
    }
}
