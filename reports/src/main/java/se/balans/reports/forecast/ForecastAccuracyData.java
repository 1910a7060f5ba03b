package se.balans.reports.forecast;

import java.util.List;
import java.util.Optional;

import se.balans.engine.forecast.ForecastAccuracy;
import se.balans.engine.money.Money;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * A year's forecast accuracy for programs ({@code balans forecast accuracy --format csv|json}): the same
 * figures as {@link ForecastAccuracyTable}, each difference the outcome less the forecast as its effect on
 * the result (positive: the year ended better than forecast).
 */
public record ForecastAccuracyData(ForecastAccuracy accuracy) implements ReportData {

    /**
     * One record per round and subject: kind {@code result} (årets resultat) or {@code committee}, the round,
     * the committee (empty for the result), forecast, proposal, outcome, their differences and whether the
     * forecast was the committee's own.
     */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("forecast_accuracy", "kind", List.of("year", "round", "committee", "forecast",
                "proposal", "outcome", "difference", "proposal_difference", "submitted"));
        for (ForecastAccuracy.Round r : accuracy.rounds()) {
            t.keyed("result", cells(r, "", r.result()));
            for (String c : accuracy.committees()) {
                t.keyed("committee", cells(r, c, r.committees().get(c)));
            }
        }
        return t.build();
    }

    private List<Cell> cells(ForecastAccuracy.Round r, String committee, ForecastAccuracy.Estimate e) {
        return List.of(Cell.integer(accuracy.year()), Cell.text(r.month().toString()), Cell.text(committee),
                Cell.amount(e.forecast()), Cell.amount(e.proposal()), Cell.amount(e.outcome()),
                Cell.amount(e.difference()), Cell.amount(e.proposalDifference()),
                Cell.text(e.submitted() ? "yes" : "no"));
    }

    @Override
    public Data document() {
        return Data.object().number("year", accuracy.year()).amount("outcome_result", accuracy.outcomeResult())
                .put("mean_absolute_difference", mean(accuracy.meanAbsoluteResultDifference()))
                .put("mean_absolute_proposal_difference", mean(accuracy.meanAbsoluteProposalResultDifference()))
                .put("committees", Data.array(accuracy.committees(), c -> Data.object().text("committee", c)
                        .amount("outcome", accuracy.outcome().get(c))
                        .put("mean_absolute_difference", mean(accuracy.meanAbsoluteDifference(c)))
                        .put("mean_absolute_proposal_difference", mean(accuracy.meanAbsoluteProposalDifference(c)))
                        .build()))
                .put("rounds", Data.array(accuracy.rounds(), r -> Data.object().text("round", r.month().toString())
                        .put("result", estimate(r.result()))
                        .put("committees", Data.array(accuracy.committees(), c -> Data.object().text("committee", c)
                                .put("estimate", estimate(r.committees().get(c))).build()))
                        .build()))
                .build();
    }

    private static Data estimate(ForecastAccuracy.Estimate e) {
        return Data.object().amount("forecast", e.forecast()).amount("proposal", e.proposal())
                .amount("outcome", e.outcome()).amount("difference", e.difference())
                .amount("proposal_difference", e.proposalDifference()).bool("submitted", e.submitted()).build();
    }

    private static Data mean(Optional<Money> m) {
        return Data.orNull(m.map(Data::amount));
    }
}
