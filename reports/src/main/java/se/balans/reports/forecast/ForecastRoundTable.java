package se.balans.reports.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.balans.engine.forecast.ForecastRound;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * A forecast round per committee: the frame, the mechanical proposal, the forecast of record (the
 * committee's own, else the proposal, marked), its deviation from the frame and how far the committee's
 * forecast is from the proposal, flagged where that is much. Net costs positive, deviations positive as
 * a surplus, and coloured so: green a surplus, red a deficit.
 */
public final class ForecastRoundTable {
    private ForecastRoundTable() {
    }

    /** @param names the committees' display names by code */
    public static Table of(ForecastRound round, Map<String, String> names, Labels labels) {
        Table.Builder t = Table.builder(labels.format("forecast.round.title", labels.get("month." + round.month()
                        .getMonthValue()), round.month().getYear()), labels.get("forecast.round.col.committee"),
                List.of(labels.get("forecast.round.col.frame"), labels.get("forecast.round.col.proposal"),
                        labels.get("forecast.round.col.forecast"), labels.get("forecast.round.col.deviation"),
                        labels.get("forecast.round.col.difference"), labels.get("forecast.round.col.status")));
        for (ForecastRound.Line l : round.committees()) {
            String status = l.submitted().isEmpty() ? labels.get("forecast.round.status.missing")
                    : l.flagged() ? labels.get("forecast.round.status.flagged") : labels.get("forecast.round.status.submitted");
            // Both are deviations as the committees report them, positive a surplus: good news for the
            // result. The difference from the proposal is positive when the committee expects better.
            List<Cell> cells = new ArrayList<>(List.of(Cell.amount(l.frame()), Cell.amount(l.proposal()),
                    Cell.amount(l.forecast()), Cell.favourableWhenPositive(l.deviation()),
                    l.differenceFromProposal().map(Cell::favourableWhenPositive).orElse(Cell.EMPTY), Cell.text(status)));
            t.row(names.getOrDefault(l.committee(), l.committee()), cells);
        }
        t.totalOfDetailRows(labels.get("forecast.round.total"), List.of(Cell.amount(round.totalFrame()),
                Cell.amount(round.totalProposal()), Cell.amount(round.totalForecast()),
                Cell.favourableWhenPositive(round.totalDeviation()), Cell.EMPTY, Cell.EMPTY));
        t.note(labels.format("forecast.round.note", round.flagShare().movePointRight(2).stripTrailingZeros()
                .toPlainString(), round.flagFloor().toMnkr().stripTrailingZeros().toPlainString()));
        return t.build();
    }
}
