package se.balans.reports.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.money.Money;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The year's forecast accuracy (prognossäkerhet) as two tables: årets resultat per round — the forecast of
 * record and the computed proposal against the outcome — and per committee, each round's difference from
 * the outcome with the mean over the rounds. A difference is the outcome less the forecast, as its effect
 * on the result: positive when the year ended better than forecast.
 */
public final class ForecastAccuracyTable {
    private ForecastAccuracyTable() {
    }

    /** Årets resultat: each round's forecast and proposal, the outcome, and their differences. */
    public static Table result(ForecastAccuracy a, Labels labels) {
        Table.Builder t = Table.builder(labels.format("forecast.accuracy.result.title", a.year()),
                labels.get("forecast.accuracy.col.round"), List.of(labels.get("forecast.record.col.forecast"),
                        labels.get("forecast.record.col.proposal"), labels.get("forecast.accuracy.col.outcome"),
                        labels.get("forecast.accuracy.col.difference"),
                        labels.get("forecast.accuracy.col.proposal_difference")));
        for (ForecastAccuracy.Round r : a.rounds()) {
            t.row(round(r, labels), List.of(Cell.amount(r.result().forecast()), Cell.amount(r.result().proposal()),
                    Cell.amount(r.result().outcome()), Cell.amount(r.result().difference()),
                    Cell.amount(r.result().proposalDifference())));
        }
        t.total(labels.get("forecast.accuracy.mean"), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                amount(a.meanAbsoluteResultDifference()), amount(a.meanAbsoluteProposalResultDifference())));
        return t.note(labels.get("forecast.accuracy.note")).build();
    }

    /**
     * Per committee: the outcome's difference from each round's forecast of record (marked where the committee
     * had not submitted and the proposal stood), the mean absolute difference, and the proposal's beside it.
     *
     * @param names the committees' display names by code
     */
    public static Table committees(ForecastAccuracy a, Map<String, String> names, Labels labels) {
        List<String> columns = new ArrayList<>();
        a.rounds().forEach(r -> columns.add(labels.format("forecast.accuracy.col.after",
                labels.get("month." + r.month().getMonthValue()))));
        columns.add(labels.get("forecast.accuracy.col.mean"));
        columns.add(labels.get("forecast.accuracy.col.proposal_mean"));
        Table.Builder t = Table.builder(labels.format("forecast.accuracy.committees.title", a.year()),
                labels.get("forecast.round.col.committee"), columns);
        for (String c : a.committees()) {
            List<Cell> cells = new ArrayList<>();
            for (ForecastAccuracy.Round r : a.rounds()) {
                cells.add(Cell.amount(r.committees().get(c).difference()));
            }
            cells.add(amount(a.meanAbsoluteDifference(c)));
            cells.add(amount(a.meanAbsoluteProposalDifference(c)));
            boolean allOwn = a.rounds().stream().allMatch(r -> r.committees().get(c).submitted());
            String name = names.getOrDefault(c, c);
            t.row(allOwn ? name : labels.format("forecast.accuracy.partly_proposal", name), cells);
        }
        return t.note(labels.get("forecast.accuracy.committees.note")).build();
    }

    private static String round(ForecastAccuracy.Round r, Labels labels) {
        return labels.format("forecast.bridge.from", labels.get("month." + r.month().getMonthValue()));
    }

    private static Cell amount(Optional<Money> m) {
        return m.<Cell>map(Cell::amount).orElse(Cell.EMPTY);
    }

    /**
     * When every round erred the same way, that in words (too cautious, too optimistic) — the pattern a board
     * should know before it reads this year's forecast; else nothing.
     */
    public static Optional<String> bias(ForecastAccuracy a, Labels labels) {
        if (a.rounds().isEmpty()) {
            return Optional.empty();
        }
        if (a.rounds().stream().allMatch(r -> r.result().difference().isPositive())) {
            return Optional.of(labels.get("forecast.accuracy.cautious"));
        }
        if (a.rounds().stream().allMatch(r -> r.result().difference().isNegative())) {
            return Optional.of(labels.get("forecast.accuracy.optimistic"));
        }
        return Optional.empty();
    }
}
