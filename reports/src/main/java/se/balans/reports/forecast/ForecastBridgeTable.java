package se.balans.reports.forecast;

import java.util.List;
import java.util.Map;

import se.balans.engine.forecast.ForecastBridge;
import se.balans.engine.statement.IncomeStatementLine;
import se.balans.engine.statement.StatementKind;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/**
 * The forecast bridge (prognosbrygga) from the previous round: årets resultat then, each committee's and
 * each central item's effect, årets resultat now. Steps that changed nothing are left out; the total is the
 * bridge's own, which its steps sum to exactly. A step is coloured by its effect: green a better result; the
 * results themselves are amounts, not coloured.
 */
public final class ForecastBridgeTable {
    private ForecastBridgeTable() {
    }

    /** @param names the committees' display names by code */
    public static Table of(ForecastBridge b, Map<String, String> names, Labels labels) {
        Table.Builder t = Table.builder(labels.format("forecast.bridge.title", labels.get("month." + b.from()
                        .getMonthValue()), labels.get("month." + b.to().getMonthValue()), b.to().getYear()),
                labels.get("label.line"), List.of(labels.get("forecast.bridge.col.effect")));
        t.row(labels.format("forecast.bridge.from", labels.get("month." + b.from().getMonthValue())),
                List.of(Cell.amount(b.resultFrom())));
        for (ForecastBridge.Step s : b.steps()) {
            if (s.effect().isZero()) {
                continue;
            }
            String label = s.kind() == ForecastBridge.Kind.COMMITTEE ? names.getOrDefault(s.code(), s.code())
                    : IncomeStatementLine.fromCode(s.code()).map(l -> labels.line(StatementKind.INCOME_STATEMENT, l))
                            .orElse(s.code());
            // A step is its effect on årets resultat (a committee's higher net cost already negative).
            t.row(label, List.of(Cell.favourableWhenPositive(s.effect())));
        }
        t.totalOfDetailRows(labels.format("forecast.bridge.to", labels.get("month." + b.to().getMonthValue())),
                List.of(Cell.amount(b.resultTo())));
        return t.note(labels.get("forecast.bridge.note")).build();
    }
}
