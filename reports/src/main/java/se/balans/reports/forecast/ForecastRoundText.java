package se.balans.reports.forecast;

import java.util.Optional;

import se.balans.engine.forecast.ForecastOfRecord;
import se.balans.engine.forecast.ForecastRange;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.reports.text.Labels;
import se.balans.reports.text.NumberStyle;

/** What a forecast round says in words beside its tables, the same in the terminal and the monthly report. */
public final class ForecastRoundText {
    private ForecastRoundText() {
    }

    /** An early round's forecast as a range, and why. */
    public static String range(ForecastRange r, Labels labels) {
        NumberStyle n = NumberStyle.of(labels.language());
        return labels.format("forecast.range.text", labels.get("month." + r.month().getMonthValue()),
                r.backtestYear(), n.mnkr(r.margin(), 0), n.mnkr(r.low(), 0), n.mnkr(r.high(), 0),
                n.mnkr(r.forecast(), 0));
    }

    /**
     * The pension fund's unrealised return in the forecast, kept apart: what the balanskravsresultat would be
     * without it — or nothing, when the finance unit forecasts none.
     */
    public static Optional<String> unrealised(ForecastOfRecord f, Labels labels) {
        if (f.unrealised().isZero()) {
            return Optional.empty();
        }
        NumberStyle n = NumberStyle.of(labels.language());
        return Optional.of(labels.format("forecast.unrealised.text", n.mnkr(f.unrealised(), 0),
                n.mnkr(f.line(IncomeStatementLine.RESULT_FOR_YEAR).minus(f.unrealised()), 0)));
    }

    /** How the figures Balans computed for the round were computed (the loans' interest), one sentence each. */
    public static java.util.List<String> notes(ForecastOfRecord f) {
        return f.central().values().stream().<se.balans.engine.forecast.CentralItem>flatMap(java.util.List::stream)
                .map(se.balans.engine.forecast.CentralItem::note).filter(n -> !n.isBlank()).toList();
    }
}
