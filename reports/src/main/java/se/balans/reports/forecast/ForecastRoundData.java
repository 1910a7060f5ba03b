package se.balans.reports.forecast;

import java.util.List;
import java.util.Optional;

import se.balans.engine.forecast.CentralItem;
import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRange;
import se.balans.engine.forecast.ForecastRound;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.output.Data;
import se.balans.reports.output.ReportData;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;

/**
 * A forecast round for programs ({@code balans forecast show --format csv|json}): the forecast for the region
 * line by line beside the proposal, the committees, the range and the bridge — the figures of the tables
 * {@link ForecastOfRecordTable}, {@link ForecastRoundTable} and {@link ForecastBridgeTable}, unrounded.
 */
public record ForecastRoundData(ForecastOfRecord forecast, Optional<ForecastRange> range,
                                Optional<ForecastBridge> bridge) implements ReportData {

    /**
     * One record per result line ({@code line}: forecast, proposal, difference), per committee
     * ({@code committee}: frame, proposal, forecast of record, deviation, whether submitted and flagged) and
     * per bridge step ({@code bridge}: its effect in the forecast column), in shared columns.
     */
    @Override
    public Table records() {
        Table.Builder t = Table.keyed("forecast_round", "kind", List.of("round", "code", "frame", "proposal",
                "forecast", "difference", "status"));
        String round = forecast.round().month().toString();
        for (IncomeStatementLine l : ForecastOfRecord.SHOWN) {
            t.keyed("line", List.of(Cell.text(round), Cell.text(l.code()), Cell.EMPTY,
                    Cell.amount(forecast.proposal().get(l)), Cell.amount(forecast.line(l)),
                    Cell.amount(forecast.differenceFromProposal(l)),
                    Cell.text(forecast.source(l).name().toLowerCase(java.util.Locale.ROOT))));
        }
        for (ForecastRound.Line c : forecast.round().committees()) {
            t.keyed("committee", List.of(Cell.text(round), Cell.text(c.committee()), Cell.amount(c.frame()),
                    Cell.amount(c.proposal()), Cell.amount(c.forecast()), Cell.amount(c.deviation()),
                    Cell.text(status(c))));
        }
        bridge.ifPresent(b -> b.steps().forEach(s -> t.keyed("bridge", List.of(Cell.text(round), Cell.text(s.code()),
                Cell.EMPTY, Cell.EMPTY, Cell.amount(s.effect()), Cell.EMPTY,
                Cell.text(s.kind().name().toLowerCase(java.util.Locale.ROOT))))));
        return t.build();
    }

    private static String status(ForecastRound.Line c) {
        return c.submitted().isEmpty() ? "missing" : c.flagged() ? "flagged" : "submitted";
    }

    @Override
    public Data document() {
        return Data.object().text("round", forecast.round().month().toString())
                .put("lines", Data.array(ForecastOfRecord.SHOWN, l -> Data.object().text("line", l.code())
                        .amount("forecast", forecast.line(l)).amount("proposal", forecast.proposal().get(l))
                        .amount("difference", forecast.differenceFromProposal(l))
                        .put("central", Data.array(forecast.central().getOrDefault(l, List.of()),
                                ForecastRoundData::central))
                        .build()))
                .amount("unrealised", forecast.unrealised())
                .put("range", Data.orNull(range.map(r -> Data.object().amount("low", r.low()).amount("high", r.high())
                        .amount("margin", r.margin()).number("backtest_year", r.backtestYear()).build())))
                .put("committees", Data.array(forecast.round().committees(), c -> Data.object()
                        .text("committee", c.committee()).amount("frame", c.frame()).amount("proposal", c.proposal())
                        .amount("forecast", c.forecast()).amount("deviation", c.deviation())
                        .text("status", status(c))
                        .put("comment", Data.orNull(c.submitted().map(s -> Data.text(s.comment()))))
                        .build()))
                .put("bridge", Data.orNull(bridge.map(b -> Data.object().text("from", b.from().toString())
                        .amount("result_from", b.resultFrom()).amount("result_to", b.resultTo())
                        .put("steps", Data.array(b.steps(), s -> Data.object().text("code", s.code())
                                .text("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
                                .amount("effect", s.effect()).build()))
                        .build())))
                .build();
    }

    private static Data central(CentralItem i) {
        return Data.object().text("part", i.part()).amount("amount", i.amount()).text("source", i.source())
                .text("note", i.note()).build();
    }
}
