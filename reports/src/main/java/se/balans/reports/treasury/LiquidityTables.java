package se.balans.reports.treasury;

import java.util.List;

import se.balans.engine.liquidity.CashVsPlan;
import se.balans.reports.table.Cell;
import se.balans.reports.table.Table;
import se.balans.reports.text.Labels;

/** Likviditet: month-end cash beside the plan's cash-flow budget for the year. */
public final class LiquidityTables {
    private final Labels labels;

    public LiquidityTables(Labels labels) {
        this.labels = labels;
    }

    public Table cashVsPlan(CashVsPlan c) {
        int year = c.actual().month().getYear();
        Table.Builder b = Table.builder(labels.format("cash.title", TreasuryDates.month(c.actual().month(), labels)),
                labels.get("label.mnkr"), List.of(labels.get("treasury.value")));
        b.total(labels.get("cash.actual"), List.of(Cell.amount(c.actual().cash())));
        c.plannedOpeningCash().ifPresent(m -> b.row(labels.format("cash.plan_opening", year), List.of(Cell.amount(m))));
        c.plannedClosingCash().ifPresent(m -> b.row(labels.format("cash.plan_closing", year), List.of(Cell.amount(m))));
        c.plannedAtMonthEnd().ifPresent(m -> b.row(labels.get("cash.plan_month_end"), List.of(Cell.amount(m))));
        c.deviationFromPeriodisedPlan().ifPresent(m -> b.row(labels.get("cash.deviation"), List.of(Cell.amount(m))));
        return b.note(labels.get("cash.note")).build();
    }
}
