package se.balans.reports.closing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import se.balans.engine.goal.GoalFollowUp;
import se.balans.engine.money.Money;
import se.balans.engine.plan.FinancialGoal;
import se.balans.engine.plan.GoalMetric;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.GoalText;
import se.balans.reports.text.Labels;

/**
 * Finansiella mål: uppföljning — each goal of the closing's year with its target, its value on the
 * outcome to date and on the forecast, and the outlook; the goals' own words below the table.
 */
public final class GoalFollowUpTable {
    private GoalFollowUpTable() {
    }

    public static Table of(List<GoalFollowUp> goals, int year, Labels labels) {
        Table.Builder b = Table.builder(labels.format("goals.followup.title", year), labels.get("label.goal"),
                List.of(labels.get("label.target"), labels.get("bkr.forecast.col.to_date"),
                        labels.get("bkr.forecast.col.forecast"), labels.get("goals.followup.col.outlook")));
        StringBuilder notes = new StringBuilder();
        for (GoalFollowUp f : goals) {
            FinancialGoal g = f.goal();
            b.row(labels.get("goal.metric." + g.metric().code()), List.of(
                    Cell.text(GoalText.target(g, labels)), cell(g.metric(), f.toDate(), labels),
                    cell(g.metric(), f.forecast(), labels), Cell.text(labels.get("goals.outlook." + f.outlook().name()))));
            notes.append(notes.length() == 0 ? "" : "\n").append(g.text());
            f.missing().ifPresent(need -> notes.append(" (").append(labels.get("goals.missing." + need.code()))
                    .append(')'));
        }
        b.note(notes.toString());
        return b.build();
    }

    /** How the outlook is judged, said above the table: the forecast rule, and the debt rule when a debt goal is there. */
    public static List<String> rules(List<GoalFollowUp> goals, Labels labels) {
        List<String> rules = new java.util.ArrayList<>(List.of(labels.get("goals.followup.rule")));
        if (goals.stream().anyMatch(f -> f.goal().metric() == GoalMetric.DEBT_SHARE
                || f.goal().metric() == GoalMetric.DEBT_CHANGE)) {
            rules.add(labels.get("goals.debt_rule"));
        }
        return rules;
    }

    private static Cell cell(GoalMetric metric, Optional<BigDecimal> v, Labels labels) {
        return v.map(x -> metric.unit() == GoalMetric.Unit.RATIO ? Cell.percent(x) : Cell.amount(Money.ofSek(x)))
                .orElse(Cell.EMPTY);
    }
}
