package se.balans.reports.balancerequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.balancerequirement.RestorationYear;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The balanskravsutredning line by line and the restoration table, laid out as in the plan
 * ("Prognos för återställande av negativa balanskravsresultat"): years as columns.
 */
public final class BalanceRequirementTables {
    private final RestorationSchedule schedule;
    private final Labels labels;

    public BalanceRequirementTables(RestorationSchedule schedule, Labels labels) {
        this.schedule = schedule;
        this.labels = labels;
    }

    private List<String> years() {
        return schedule.years().stream().map(y -> String.valueOf(y.year())).toList();
    }

    private List<Cell> cells(Function<RestorationYear, Cell> f) {
        return schedule.years().stream().map(f).toList();
    }

    /** Balanskravsutredning: each line for each year; lines no year uses are left out. */
    public Table statement() {
        Table.Builder b = Table.builder(labels.get("bkr.statement") + " (" + labels.get("label.mnkr") + ")",
                labels.get("label.line"), years());
        // A total line adds its components shown above it (a line left out is zero).
        java.util.Map<BalanceRequirementLine, Integer> at = new java.util.EnumMap<>(BalanceRequirementLine.class);
        for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
            boolean used = line.isTotal() || line == BalanceRequirementLine.RESULT || schedule.years().stream()
                    .anyMatch(y -> y.input().amounts().containsKey(line));
            if (!used) {
                continue;
            }
            Row row = new Row(labels.line(StatementKind.BALANCE_REQUIREMENT, line),
                    cells(y -> Cell.amount(y.input().amount(line))),
                    line.isTotal() ? Row.Style.TOTAL : Row.Style.NORMAL);
            List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
            at.put(line, b.next());
            b.row(parts.isEmpty() ? row : row.withSum(se.balans.reports.table.Sum.of(parts)));
        }
        return b.build();
    }

    /** Återställande: opening, the year's result, synnerliga skäl, closing, per origin, requirement. */
    public Table restoration() {
        Table.Builder b = Table.builder(labels.get("bkr.title"), "", years());
        b.row(labels.get("bkr.opening_unrestored"), cells(y -> Cell.amount(y.openingUnrestored())));
        b.row(labels.get("bkr.result"), cells(y -> Cell.amount(y.balanceRequirementResult())));
        b.row(labels.get("bkr.special_reasons"), cells(y -> Cell.amount(y.specialReasons())));
        b.total(labels.get("bkr.closing_unrestored"), cells(y -> Cell.amount(y.closingUnrestored())));
        for (int origin : schedule.originYears()) {
            b.row(labels.format("bkr.from_origin", origin, RestorationSchedule.deadline(origin)),
                    cells(y -> Cell.amount(y.unrestoredFrom(origin))));
        }
        b.row(labels.get("bkr.required_result"), cells(y -> Cell.amount(y.requiredResult())));
        b.row(labels.get("bkr.missed_deadline"),
                cells(y -> Cell.text(labels.get(y.missedDeadline() ? "bkr.yes" : "bkr.no"))));
        if (schedule.years().stream().anyMatch(y -> y.reserveCeiling().isPresent())) {
            b.row(labels.get("bkr.reserve_ceiling"), cells(y -> y.reserveCeiling()
                    .map(c -> Cell.amount(c.maxAllocation())).orElse(Cell.EMPTY)));
            b.row(labels.get("bkr.reserve_balance"), cells(y -> Cell.amount(y.reserveBalance())));
        }
        b.note(deadlineNote());
        return b.build();
    }

    private String deadlineNote() {
        List<String> notes = new ArrayList<>();
        for (RestorationYear y : schedule.years()) {
            if (y.missedDeadline()) {
                notes.add(labels.format("bkr.missed.note", y.year(), String.join(", ",
                        y.missedDeadlines().stream().map(String::valueOf).toList())));
            }
        }
        return notes.isEmpty() ? labels.get("bkr.all_met") : String.join("\n", notes);
    }
}
