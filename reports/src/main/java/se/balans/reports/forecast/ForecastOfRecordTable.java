package se.balans.reports.forecast;

import java.util.List;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The round's forecast for the region beside the computed proposal, line by line, with where each line
 * of record comes from: the committees' forecasts, the finance unit's central item (and its source), or
 * the proposal. The difference from the proposal is coloured by its effect on the result.
 */
public final class ForecastOfRecordTable {
    private ForecastOfRecordTable() {
    }

    public static Table of(ForecastOfRecord f, Labels labels) {
        Table.Builder t = Table.builder(labels.format("forecast.record.title", labels.get("month." + f.round().month()
                        .getMonthValue()), f.round().month().getYear()), labels.get("label.line"),
                List.of(labels.get("forecast.record.col.forecast"), labels.get("forecast.record.col.proposal"),
                        labels.get("forecast.record.col.difference"), labels.get("forecast.record.col.source")));
        java.util.Map<IncomeStatementLine, Integer> at = new java.util.EnumMap<>(IncomeStatementLine.class);
        for (IncomeStatementLine line : ForecastOfRecord.SHOWN) {
            // Every line is signed as the result statement prints it (costs negative) and sums into årets
            // resultat, so a positive difference is a better result on every line: more revenue, or a cost
            // less negative, i.e. lower.
            List<Cell> cells = List.of(Cell.amount(f.line(line)), Cell.amount(f.proposal().get(line)),
                    Cell.favourableWhenPositive(f.differenceFromProposal(line)), Cell.text(source(f, line, labels)));
            String label = labels.line(StatementKind.INCOME_STATEMENT, line);
            // The committees' net cost is a line of its own here, summed from the committee table below; a
            // total of lines shown here is their sum.
            List<Integer> parts = line.components().stream().filter(at::containsKey).map(at::get).toList();
            at.put(line, t.next());
            if (line.isTotal() && line != IncomeStatementLine.NET_OPERATING_COST) {
                if (parts.isEmpty()) {
                    t.total(label, cells);
                } else {
                    t.total(label, cells, se.balans.reports.table.Sum.of(parts));
                }
            } else {
                t.row(label, cells);
            }
        }
        // The central items' sources can be long (a loan register and its assumptions): under the table, where
        // they wrap, not in a column that would push the figures off the page.
        List<String> sources = new java.util.ArrayList<>();
        for (IncomeStatementLine line : ForecastOfRecord.SHOWN) {
            List<CentralItem> parts = f.central().get(line);
            if (parts != null) {
                sources.add(labels.line(StatementKind.INCOME_STATEMENT, line) + ": " + String.join("; ",
                        parts.stream().map(c -> {
                            String source = c.source().isBlank() ? labels.get("forecast.record.source.central")
                                    : c.source();
                            return c.part().isEmpty() ? source : part(c.part(), labels) + " – " + source;
                        }).toList()));
            }
        }
        String note = labels.get("forecast.record.note");
        return t.note(sources.isEmpty() ? note
                : note + " " + labels.format("forecast.record.sources", String.join("; ", sources))).build();
    }

    private static String source(ForecastOfRecord f, IncomeStatementLine line, Labels labels) {
        int missing = f.round().missing().size();
        return switch (f.source(line)) {
            case COMMITTEES -> missing == 0 ? labels.get("forecast.record.source.committees")
                    : labels.format("forecast.record.source.committees_missing", missing);
            case CENTRAL -> labels.get("forecast.record.source.central");
            case PROPOSAL -> labels.get("forecast.record.source.proposal");
            case SUM -> "";
        };
    }

    /** A part's name as the labels give it, else its code (a part of the finance unit's own). */
    public static String part(String code, Labels labels) {
        return labels.has("forecast.part." + code) ? labels.get("forecast.part." + code) : code;
    }
}
