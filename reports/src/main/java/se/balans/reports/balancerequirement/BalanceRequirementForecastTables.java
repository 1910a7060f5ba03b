package se.balans.reports.balancerequirement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.balans.engine.balancerequirement.BalanceRequirementForecast;
import se.balans.engine.balancerequirement.BalanceRequirementInput;
import se.balans.engine.balancerequirement.BalanceRequirementLine;
import se.balans.engine.balancerequirement.RestorationSchedule;
import se.balans.engine.money.Money;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.chart.Chart;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Row;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/**
 * The balance requirement of the year being followed up, as the monthly report and the terminal show
 * it (Balanskravsresultat: prognos och återställande): the balanskravsutredning on the outcome to date
 * and on the forecast; the deficits outstanding by year of origin with their deadlines and what the
 * forecast does to each; and in words, what this year must deliver and whether the forecast does.
 */
public final class BalanceRequirementForecastTables {
    private final BalanceRequirementForecast f;
    private final Labels labels;

    public BalanceRequirementForecastTables(BalanceRequirementForecast forecast, Labels labels) {
        this.f = forecast;
        this.labels = labels;
    }

    /** The balanskravsutredning: outcome to date and full-year forecast; lines neither uses are left out. */
    public Table statement() {
        BalanceRequirementInput forecast = f.forecast().input();
        Table.Builder b = Table.builder(labels.format("bkr.forecast.statement", f.year()), labels.get("label.line"),
                List.of(labels.get("bkr.forecast.col.to_date"), labels.get("bkr.forecast.col.forecast")));
        // A total line adds its components shown above it (a line left out is zero).
        Map<BalanceRequirementLine, Integer> at = new java.util.EnumMap<>(BalanceRequirementLine.class);
        for (BalanceRequirementLine line : BalanceRequirementLine.values()) {
            boolean used = line.isTotal() || line == BalanceRequirementLine.RESULT
                    || f.toDate().amounts().containsKey(line) || forecast.amounts().containsKey(line);
            if (used) {
                Row row = new Row(labels.line(StatementKind.BALANCE_REQUIREMENT, line),
                        List.of(Cell.amount(f.toDate().amount(line)), Cell.amount(forecast.amount(line))),
                        line.isTotal() ? Row.Style.TOTAL : Row.Style.NORMAL);
                List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
                at.put(line, b.next());
                b.row(parts.isEmpty() ? row : row.withSum(se.balans.reports.table.Sum.of(parts)));
            }
        }
        String adjustments = labels.get(f.adjustmentsFollowed() ? "bkr.forecast.adjustments_followed"
                : "bkr.forecast.adjustments_note");
        b.note(f.ofRecord() ? adjustments + "\n" + labels.get("bkr.forecast.of_record") : adjustments);
        return b.build();
    }

    /** The deficits by year of origin: deadline, outstanding at the start, restored by the forecast, left at the end. */
    public Table restoration() {
        Table.Builder b = Table.builder(labels.format("bkr.forecast.restoration", f.year()), labels.get("bkr.forecast.col.origin"),
                List.of(labels.get("bkr.forecast.col.deadline"), labels.format("bkr.forecast.col.opening", f.year()),
                        labels.get("bkr.forecast.col.restored"), labels.format("bkr.forecast.col.closing", f.year()),
                        labels.get("bkr.forecast.col.status")));
        for (Map.Entry<Integer, Money> e : f.openingByOrigin().entrySet()) {
            int origin = e.getKey();
            b.row(String.valueOf(origin), List.of(Cell.text(String.valueOf(RestorationSchedule.deadline(origin))),
                    Cell.amount(e.getValue()), Cell.amount(f.forecast().restored().getOrDefault(origin, Money.ZERO)),
                    Cell.amount(f.forecast().unrestoredFrom(origin)), Cell.text(status(origin))));
        }
        if (f.forecastResult().isNegative()) {
            b.row(labels.format("bkr.forecast.new_deficit", f.year()), List.of(
                    Cell.text(String.valueOf(RestorationSchedule.deadline(f.year()))), Cell.amount(Money.ZERO),
                    Cell.amount(Money.ZERO), Cell.amount(f.forecast().unrestoredFrom(f.year())),
                    Cell.text(labels.get("bkr.forecast.status.new"))));
        }
        b.totalOfDetailRows(labels.get("bkr.forecast.total"), List.of(Cell.EMPTY, Cell.amount(f.openingUnrestored()),
                Cell.amount(Money.sum(f.forecast().restored().values())), Cell.amount(f.closingUnrestored()),
                Cell.EMPTY));
        b.row(labels.format("bkr.forecast.required", f.year()), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                Cell.amount(f.requiredResult()), Cell.EMPTY));
        return b.build();
    }

    private String status(int origin) {
        int deadline = RestorationSchedule.deadline(origin);
        if (f.forecast().unrestoredFrom(origin).isZero()) {
            return labels.get("bkr.forecast.status.restored");
        }
        if (deadline <= f.year()) {
            return labels.get("bkr.forecast.status.missed");
        }
        return labels.get("bkr.forecast.status.later");
    }

    /** What the year must deliver and whether the forecast does, in words. */
    public List<String> narrative(NumberStyle numbers) {
        List<String> out = new ArrayList<>();
        if (f.openingByOrigin().isEmpty()) {
            out.add(labels.format("bkr.forecast.text.none_outstanding", f.year()));
        } else {
            List<String> parts = new ArrayList<>();
            f.openingByOrigin().forEach((origin, amount) -> parts.add(labels.format("bkr.forecast.text.part",
                    numbers.mnkr(amount.negated(), 0), origin, RestorationSchedule.deadline(origin))));
            out.add(labels.format("bkr.forecast.text.outstanding", f.year(),
                    numbers.mnkr(f.openingUnrestored().negated(), 0), String.join(", ", parts)));
        }
        String forecast = numbers.mnkr(f.forecastResult(), 0);
        if (f.requiredResult().isPositive()) {
            out.add(labels.format(f.meetsDeadlines() ? "bkr.forecast.text.meets" : "bkr.forecast.text.misses",
                    f.year(), numbers.mnkr(f.requiredResult(), 0), forecast, numbers.mnkr(f.shortfall(), 0)));
        } else {
            out.add(labels.format(f.forecastResult().isNegative() ? "bkr.forecast.text.deficit" : "bkr.forecast.text.no_deadline",
                    f.year(), forecast));
        }
        return out;
    }

    /** The deficits by year of origin at the start of the year and at its end as forecast. */
    public Chart chart() {
        List<String> origins = new ArrayList<>();
        List<BigDecimal> opening = new ArrayList<>();
        List<BigDecimal> closing = new ArrayList<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(f.openingByOrigin().keySet());
        years.addAll(f.forecast().unrestoredByOrigin().keySet());
        for (int origin : years) {
            origins.add(String.valueOf(origin));
            opening.add(f.openingByOrigin().getOrDefault(origin, Money.ZERO).toMnkr());
            closing.add(f.forecast().unrestoredFrom(origin).toMnkr());
        }
        return Chart.bar(labels.get("bkr.forecast.chart"), labels.get("bkr.forecast.col.origin"),
                labels.get("label.mnkr"), origins,
                List.of(new Chart.Series(labels.format("bkr.forecast.col.opening", f.year()), opening),
                        new Chart.Series(labels.format("bkr.forecast.col.closing", f.year()), closing)));
    }
}
